/// Splits a unit's text into word tokens, working on UTF-8 bytes.
///
/// A token is a run of letters and digits, joined across `-`, `/`, `:`, `.`, `_` and
/// apostrophes when a letter or digit follows, so `CI/CD`, `1:1`, `1-on-1`, `e-commerce`,
/// `v1.2.3`, `pg_stat_activity`, `don't` and `team's` each stay one token for the filters
/// after it. Any non-ASCII letter (including combining marks) counts as a letter. `;`, `)`,
/// `—` and a spaced `-` start a new clause, which bounds negation later on; commas, colons and
/// free-standing separators (` / `, `|`, `•`) start a new phrase.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// One written word: where it is in the text and which clause and phrase it is in.
    struct WrittenWord {
        /// UTF-8 offset of the word's first byte.
        var start: Int
        /// UTF-8 offset just past the word's last byte.
        var end: Int
        var clause: Int
        var phrase: Int
    }

    /// The tokens of `text`, with raw surface text and consecutive positions.
    public func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in
            words(in: bytes).enumerated().map { position, word in
                Token(
                    term: String(decoding: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]), as: UTF8.self),
                    start: word.start, end: word.end, position: position, clause: word.clause, phrase: word.phrase)
            }
        }
    }

    /// The written words of the UTF-8 text `bytes`, in order, without making a string of
    /// any: the analyzer looks most words up by their bytes.
    func words(in bytes: UnsafeBufferPointer<UInt8>) -> [WrittenWord] {
        var words: [WrittenWord] = []
        // A word and the space after it take more than four bytes but in the densest texts.
        words.reserveCapacity(bytes.count / 4)
        var clause = 0
        var phrase = 0
        var i = 0
        while i < bytes.count {
            let (scalar, length) = Self.decode(bytes, at: i)
            if Self.isWordScalar(scalar) {
                let start = i
                var end = i + length
                while end < bytes.count {
                    let (next, nextLength) = Self.decode(bytes, at: end)
                    if Self.isWordScalar(next) {
                        end += nextLength
                    } else if Self.isJoiner(next), end + nextLength < bytes.count,
                        Self.isWordScalar(Self.decode(bytes, at: end + nextLength).scalar)
                    {
                        end += nextLength
                    } else {
                        break
                    }
                }
                words.append(WrittenWord(start: start, end: end, clause: clause, phrase: phrase))
                i = end
            } else {
                if Self.isClauseBreak(scalar, bytes: bytes, at: i, length: length) {
                    clause += 1
                    phrase += 1
                } else if Self.isPhraseBreak(scalar) {
                    phrase += 1
                }
                i += length
            }
        }
        return words
    }

    /// Decodes the scalar at `i`; an invalid byte decodes as U+FFFD of length 1.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF:
            length = 2
            value = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            length = 3
            value = UInt32(lead & 0x0F)
        case 0xF0...0xF4:
            length = 4
            value = UInt32(lead & 0x07)
        default: return ("\u{FFFD}", 1)
        }
        guard i + length <= bytes.count else { return ("\u{FFFD}", 1) }
        for k in 1..<length {
            let byte = bytes[i + k]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        if c == "\u{FFFD}" { return false }
        let properties = c.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark
    }

    static func isJoiner(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "-", "/", ":", ".", "_", "'", "\u{2019}", "\u{2010}", "\u{2011}": return true
        default: return false
        }
    }

    /// Commas, colons and free-standing list separators (`/`, `|`, bullets) between words.
    private static func isPhraseBreak(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ",", ":", "/", "|", "\u{2022}", "\u{00B7}": return true
        default: return false
        }
    }

    private static func isClauseBreak(_ c: Unicode.Scalar, bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Bool {
        switch c {
        case ";", ")", "\u{2014}": return true
        case "\u{2013}":
            // An en dash between digits is a range ("5–8"); spaced, it separates clauses.
            let before = i > 0 ? bytes[i - 1] : UInt8(ascii: " ")
            return before == UInt8(ascii: " ") || before < UInt8(ascii: "0") || before > UInt8(ascii: "9")
        case "-":
            // A free-standing dash (" - ") separates clauses; a hyphen inside a word never gets here.
            let before = i > 0 ? bytes[i - 1] : UInt8(ascii: " ")
            let after = i + 1 < bytes.count ? bytes[i + 1] : UInt8(ascii: " ")
            return before == UInt8(ascii: " ") && after == UInt8(ascii: " ")
        default: return false
        }
    }
}
