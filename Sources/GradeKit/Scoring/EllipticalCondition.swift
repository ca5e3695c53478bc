/// A short condition on a matched word: "(if enabled)", "if it's turned on,", "where
/// available." The writer states a condition on something that may or may not be so; they
/// do not do it. "S3 server access logs (if enabled)" reads the logs if someone enabled
/// them, which is not enabling logging.
///
/// Only the elliptical form counts: a condition word, at most two words such as "it's" or
/// "already", the matched word, and then the end of the phrase (`)`, `,`, `;`, `.`, `:` or
/// the end of the unit). "When we enable logging across accounts, …" goes on with an object
/// and is the writer's own action.
enum EllipticalCondition {
    /// Words that open a condition.
    static let openers: Set<String> = ["if", "unless", "where", "when", "once"]
    /// Words that may stand between the opener and the matched word.
    static let fillers: Set<String> = [
        "it", "it's", "its", "they", "they're", "is", "are", "was", "were", "been", "being", "already", "still",
    ]
    /// Bytes that end the condition's phrase.
    private static let closers: Set<UInt8> = [
        UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: ":"),
    ]

    /// The condition ("if enabled") that holds a matched word of `match`, if any; `text` is
    /// the unit's text, which the tokens' offsets index. A stacked token ("turn on" read as
    /// "enable") is looked at through the words it covers.
    static func find(in match: ConceptMatch, words: UnitWords, text: String) -> String? {
        guard words.hasConditionOpener else { return nil }
        // Words by index, their fields read in place: a copy of a token retains its strings.
        let tokens = words.tokens
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
            for index in match.tokens {
                let position = tokens[index].position
                guard let last = words.index(at: tokens[index].lastPosition) else { continue }
                // The end of the phrase first: a byte, where the words before take lookups.
                var end = tokens[last].end
                while end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
                guard end == bytes.count || closers.contains(bytes[end]) else { continue }
                var before = position - 1
                while let filler = words.index(at: before), fillers.contains(tokens[filler].surface), position - before <= 2 {
                    before -= 1
                }
                guard let opener = words.index(at: before), openers.contains(tokens[opener].surface) else { continue }
                return String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[tokens[opener].start..<tokens[last].end]), as: UTF8.self)
            }
            return nil
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(scan)
    }
}
