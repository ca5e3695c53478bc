/// Splits contractions, drops possessives and breaks compounds, then renumbers positions.
///
/// - `don't` → `do` `not`, `can't` → `can` `not`, `won't` → `will` `not`, `cannot` → `can`
///   `not`: the `not` must survive for negation.
/// - `team's` → `team`, `teams'` → `teams`, `we'd` → `we`, `it's` → `it`.
/// - `post-mortem`, `CI/CD`, `1-on-1`, `pg_stat_activity`: the parts at consecutive positions
///   plus the joined form (`postmortem`, `cicd`, `1on1`) stacked over all of them, so joined,
///   spaced and hyphenated spellings meet.
/// Dots and colons stay inside tokens (`v1.2.3`, `node.js`, `1:1`).
public struct WordSplitter: Sendable {
    /// Creates the filter.
    public init() {}

    /// Returns the split tokens with positions renumbered from 0.
    public func apply(_ tokens: [Token]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(tokens.count + tokens.count / 4)
        var position = 0
        for token in tokens {
            for word in Self.words(of: token.surface) {
                let parts = Self.compoundParts(word)
                if parts.count > 1 {
                    let joined = parts.joined()
                    out.append(
                        Token(
                            term: joined, start: token.start, end: token.end, position: position,
                            span: parts.count, clause: token.clause, phrase: token.phrase, origin: .catenation))
                    for part in parts {
                        out.append(
                            Token(
                                term: part, start: token.start, end: token.end, position: position, clause: token.clause,
                                phrase: token.phrase, isCompoundPart: true))
                        position += 1
                    }
                } else if let only = parts.first {
                    out.append(
                        Token(
                            term: only, start: token.start, end: token.end, position: position, clause: token.clause,
                            phrase: token.phrase))
                    position += 1
                }
            }
        }
        return out
    }

    /// Contractions and possessives: the words a token stands for.
    static func words(of surface: String) -> [String] {
        if surface == "cannot" { return ["can", "not"] }
        guard surface.utf8.contains(UInt8(ascii: "'")) else { return [surface] }
        if surface.hasSuffix("n't") {
            let base = String(surface.dropLast(3))
            switch base {
            case "ca": return ["can", "not"]
            case "wo": return ["will", "not"]
            case "sha": return ["shall", "not"]
            case "": return ["not"]
            default: return [base, "not"]
            }
        }
        for suffix in ["'s", "'d", "'ll", "'re", "'ve", "'m"] where surface.hasSuffix(suffix) {
            return [String(surface.dropLast(suffix.count))]
        }
        let cleaned = surface.filter { $0 != "'" }
        return cleaned.isEmpty ? [] : [cleaned]
    }

    /// The parts of a `-`, `/` or `_` compound (one part when it is not one).
    static func compoundParts(_ word: String) -> [String] {
        func isSeparator(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "_")
        }
        guard word.utf8.contains(where: isSeparator) else { return [word] }
        return word.utf8.split(whereSeparator: isSeparator).map { String(decoding: $0, as: UTF8.self) }
    }
}
