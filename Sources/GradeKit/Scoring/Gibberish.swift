/// Tells junk no reader would call an answer (a base64 blob, a hex dump, a wall of random
/// keys) from terse technical writing, so pasted noise earns nothing.
///
/// Random text still contains rubric words by chance: forty megabytes of base64 hold `RI`,
/// `S3` and `EC2` thousands of times, and a long unit of them looks detailed. A unit is
/// junk when most of its written words are long strings of letters and digits, which
/// English, jargon and identifiers almost never are (`pg_stat_activity` has no digit,
/// `p99` and `ec2` are short). Its matches are ignored.
enum Gibberish {
    /// The shortest written word that can look random.
    static let randomLength = 16

    /// Whether most of the unit's written words (four or more) look random.
    static func isJunk(_ tokens: [Token], text: String) -> Bool {
        var words = 0
        var random = 0
        var lastStart = -1
        text.utf8.withContiguousStorageIfAvailable { bytes in
            // By index: a loop over the tokens themselves would copy each one.
            for index in tokens.indices where tokens[index].origin == .word && tokens[index].start != lastStart {
                // Split parts of one written word share its offsets: count the word once.
                lastStart = tokens[index].start
                words += 1
                if looksRandom(bytes[tokens[index].start..<min(tokens[index].end, bytes.count)]) { random += 1 }
            }
        }
        return words >= 4 && random * 2 > words
    }

    /// A word of ``randomLength`` or more bytes with both letters and digits in it.
    static func looksRandom(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard word.count >= randomLength else { return false }
        var letters = false
        var digits = false
        for byte in word {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits = true
            } else if (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") {
                letters = true
            }
            if letters && digits { return true }
        }
        return false
    }
}
