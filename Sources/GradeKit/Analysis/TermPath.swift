/// Reads the terms of an analysed phrase as a sequence, the way a rubric author means it.
enum TermPath {
    /// One term of a path and whether it is a stop word.
    struct Step: Hashable {
        var term: String
        var isStop: Bool
    }

    /// Terms in order, taking the joined form of a compound (`post-mortem` → `postmortem`).
    static func primary(_ tokens: [Token]) -> [Step] {
        path(tokens, preferCatenation: true)
    }

    /// Terms in order, taking a compound's parts (`post-mortem` → `post`, `mortem`).
    static func parts(_ tokens: [Token]) -> [Step] {
        path(tokens, preferCatenation: false)
    }

    /// The content terms of a path, stop words left out.
    static func content(_ steps: [Step]) -> [String] {
        steps.filter { !$0.isStop }.map(\.term)
    }

    private static func path(_ tokens: [Token], preferCatenation: Bool) -> [Step] {
        var steps: [Step] = []
        var skipUntil = -1
        for token in tokens where token.position > skipUntil {
            switch token.origin {
            case .catenation:
                if preferCatenation {
                    steps.append(Step(term: token.term, isStop: false))
                    skipUntil = token.lastPosition
                }
            case .word:
                steps.append(Step(term: token.term, isStop: token.isStop))
            case .synonym, .marker, .correction:
                continue
            }
        }
        return steps
    }
}
