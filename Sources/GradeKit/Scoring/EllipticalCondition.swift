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
    /// the unit's text, which the tokens' offsets index.
    static func find(in match: ConceptMatch, tokens: [Token], text: String) -> String? {
        var words: [Int: Token] = [:]
        for token in tokens where token.origin == .word { words[token.position] = token }
        let bytes = Array(text.utf8)
        for index in match.tokens where tokens[index].origin == .word {
            let word = tokens[index]
            var before = word.position - 1
            while let filler = words[before], fillers.contains(filler.surface), word.position - before <= 2 { before -= 1 }
            guard let opener = words[before], openers.contains(opener.surface) else { continue }
            var end = word.end
            while end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
            guard end == bytes.count || closers.contains(bytes[end]) else { continue }
            return String(decoding: bytes[opener.start..<word.end], as: UTF8.self)
        }
        return nil
    }
}
