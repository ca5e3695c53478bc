/// The Snowball English (Porter2) stemmer, following the current official algorithm
/// (snowballstem.org, `english.sbl` including the 2023 and 2025 revisions).
///
/// It reduces an inflected or derived English word to a stem that is shared by its
/// relatives: `replication` and `replicated` both become `replic`, `monitoring` becomes
/// `monitor`. Stems are matching keys, not dictionary words.
///
/// Input is expected to be one lower-case word, as a tokenizer would produce it. Upper-case
/// letters, digits and other ASCII symbols are treated as consonants, exactly as the
/// reference implementation treats characters outside its letter groups. Non-ASCII
/// characters are treated as single consonants and are never altered or removed, so the
/// result matches the reference implementation, which works on code points rather than bytes.
///
/// The stemmer holds no state; one instance can be shared freely across tasks.
public struct EnglishStemmer: Sendable {
    /// Creates a stemmer. It holds no state, so one shared instance is as good as many.
    public init() {}

    /// Stems one lower-case word.
    ///
    /// Words of fewer than three characters are returned unchanged, as the algorithm says.
    /// - Parameter word: A single word, ideally lower-case.
    /// - Returns: The Porter2 stem of `word`.
    public func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { input in
            // The stem is never longer than the word, so a buffer of the word's size
            // suffices; a temporary (usually stack) allocation keeps the hot path free
            // of heap traffic for typical short words.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(input.count, 1)) { buffer in
                let length = Self.stem(input, into: buffer)
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<length]), as: UTF8.self)
            }
        }
    }

    /// Stems one word given as UTF-8 bytes; the hot-path variant for tokenizers that
    /// already work on bytes.
    ///
    /// Lower-case ASCII is expected. Every other byte is treated as a consonant that the
    /// algorithm never alters: a multi-byte UTF-8 sequence counts as one character (so
    /// results equal the `String` overload on the decoded string), and a stray byte that
    /// is not valid UTF-8 counts as one character on its own and passes through unchanged.
    /// - Parameter word: The word's bytes, e.g. a `String.UTF8View`, an `ArraySlice<UInt8>`
    ///   or an `UnsafeBufferPointer<UInt8>`.
    /// - Returns: The stem's bytes.
    @inlinable
    public func stem(_ word: some Collection<UInt8>) -> [UInt8] {
        if let result = word.withContiguousStorageIfAvailable({ Self.stemToArray($0) }) {
            return result
        }
        return Array(word).withUnsafeBufferPointer { Self.stemToArray($0) }
    }

    // Not generic, so the inlinable entry point above specialises in the caller's module
    // while the algorithm itself stays private to this one.
    @usableFromInline
    static func stemToArray(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: input.count) { buffer, count in
            count = stem(input, into: buffer)
        }
    }

    /// Writes the stem of `input` into `output` (at least `input.count` bytes) and
    /// returns its length in bytes.
    static func stem(_ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        // The algorithm counts characters, not bytes (the three-character minimum,
        // `hop 2` in step 1a, the short-syllable test). Collapsing each multi-byte
        // sequence to one placeholder byte lets the byte-level steps count correctly.
        var length = 0
        var nonASCIIBytes = 0
        var placeholders = 0
        var previousWasNonASCII = false
        for byte in input {
            if byte < 0x80 {
                output[length] = byte
                length += 1
                previousWasNonASCII = false
            } else {
                nonASCIIBytes += 1
                // A continuation byte after a non-ASCII byte belongs to the same
                // character; anything else starts a new one.
                if byte >= 0xC0 || !previousWasNonASCII {
                    output[length] = UTF8Placeholder.byte
                    length += 1
                    placeholders += 1
                }
                previousWasNonASCII = true
            }
        }

        if length < 3 {
            // Too short to stem: the word is returned exactly as given.
            for index in input.indices { output[index] = input[index] }
            return input.count
        }

        var word = Porter2Word(buffer: output, count: length)
        word.stem()
        guard placeholders > 0 else { return word.count }
        return UTF8Placeholder.expand(output, count: word.count, from: input, extraBytes: nonASCIIBytes - placeholders)
    }
}

/// Non-ASCII characters are carried through stemming as one placeholder byte each.
///
/// The algorithm only ever deletes or rewrites ASCII text (literal suffixes, a leading
/// apostrophe, the last letter of a doubled consonant), so every placeholder survives and
/// the n-th placeholder of the stem stands for the n-th non-ASCII character of the input.
enum UTF8Placeholder {
    /// Outside every letter group of the algorithm, so it behaves as a consonant.
    static let byte: UInt8 = 0x80

    /// Replaces the placeholders in `buffer[0..<count]` with the original byte sequences
    /// from `input`, working back to front so the expansion can happen in place, and
    /// returns the expanded length.
    static func expand(
        _ buffer: UnsafeMutableBufferPointer<UInt8>,
        count: Int,
        from input: UnsafeBufferPointer<UInt8>,
        extraBytes: Int
    ) -> Int {
        let expandedCount = count + extraBytes
        var read = count - 1
        var write = expandedCount - 1
        var sequenceEnd = input.count - 1
        while read >= 0 {
            let byte = buffer[read]
            read -= 1
            if byte != Self.byte {
                buffer[write] = byte
                write -= 1
                continue
            }
            // Find the last not-yet-used non-ASCII sequence in the input.
            while sequenceEnd >= 0 && input[sequenceEnd] < 0x80 { sequenceEnd -= 1 }
            var sequenceStart = sequenceEnd
            while sequenceStart > 0 && input[sequenceStart] < 0xC0 && input[sequenceStart - 1] >= 0x80 {
                sequenceStart -= 1
            }
            var index = sequenceEnd
            while index >= sequenceStart {
                buffer[write] = input[index]
                write -= 1
                index -= 1
            }
            sequenceEnd = sequenceStart - 1
        }
        return expandedCount
    }
}
