/// Reads the terms of an analysed phrase as a sequence, the way a rubric author means it.
enum TermPath {
    /// Content terms in order, taking the joined form of a compound (`post-mortem` →
    /// `postmortem`) and skipping stop words.
    static func primary(_ tokens: [Token]) -> [String] {
        path(tokens, preferCatenation: true)
    }

    /// Content terms in order, taking a compound's parts (`post-mortem` → `post`, `mortem`).
    static func parts(_ tokens: [Token]) -> [String] {
        path(tokens, preferCatenation: false)
    }

    private static func path(_ tokens: [Token], preferCatenation: Bool) -> [String] {
        var terms: [String] = []
        var skipUntil = -1
        for token in tokens where token.position > skipUntil {
            switch token.origin {
            case .catenation:
                if preferCatenation {
                    terms.append(token.term)
                    skipUntil = token.lastPosition
                }
            case .word:
                if !token.isStop { terms.append(token.term) }
            case .synonym, .marker, .correction:
                continue
            }
        }
        return terms
    }
}
