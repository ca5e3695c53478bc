/// Stacks each synonym group's canonical term over the words of an answer that spell it.
///
/// It walks the token graph, so an entry matches through any stacked token: `one-on-one`
/// (joined), `one on one` (parts, stop word and all) and `1:1` all gain the same canonical
/// token. The original tokens stay, so concepts written with a specific spelling still match.
public struct SynonymFilter: Sendable {
    /// The compiled groups.
    public let map: SynonymMap

    /// Creates the filter over `map`.
    public init(map: SynonymMap) {
        self.map = map
    }

    /// Adds a canonical token for the longest synonym entry starting at each token.
    public func apply(_ tokens: inout [Token]) {
        apply(&tokens, rootsResolved: false)
    }

    /// ``apply(_:)``; with `rootsResolved`, tokens whose ``Token/synonymRoot`` is resolved
    /// (by the analyzer this filter belongs to, against ``map``) are not looked up again.
    func apply(_ tokens: inout [Token], rootsResolved: Bool) {
        guard !map.isEmpty, !tokens.isEmpty else { return }
        // Most units hold no synonym at all: index them only once an entry starts.
        var index: PositionIndex?
        var added: [Token] = []
        // By index: most tokens start no entry, and are not copied.
        for i in tokens.indices where tokens[i].origin != .synonym && tokens[i].origin != .marker {
            let root =
                rootsResolved
                ? Token.id(tokens[i].synonymRoot) { map.child(of: 0, term: tokens[i].term) } : map.child(of: 0, term: tokens[i].term)
            guard let first = root else { continue }
            let token = tokens[i]
            let byPosition = index ?? PositionIndex(tokens)
            index = byPosition
            var best: (token: Token, last: Token)?
            walk(from: first, last: token, byPosition: byPosition, tokens: tokens) { canonical, last in
                if best == nil || last.lastPosition > best?.last.lastPosition ?? -1 {
                    best = (
                        Token(
                            term: canonical, surface: canonical, start: token.start, end: last.end,
                            position: token.position, span: last.lastPosition - token.position + 1,
                            clause: token.clause, phrase: token.phrase, origin: .synonym, negation: token.negation),
                        last
                    )
                }
            }
            if let best, best.token.term != token.term || best.token.span != token.span {
                added.append(best.token)
            }
        }
        guard !added.isEmpty else { return }
        tokens.append(contentsOf: added)
        tokens.sort { ($0.position, $0.origin == .word ? 1 : 0) < ($1.position, $1.origin == .word ? 1 : 0) }
    }

    private func walk(
        from node: Int, last: Token, byPosition: PositionIndex, tokens: [Token], depth: Int = 0,
        found: (String, Token) -> Void
    ) {
        if let canonical = map.canonical(at: node) { found(canonical, last) }
        guard depth < 8 else { return }
        let position = last.lastPosition + 1
        guard position < byPosition.positions else { return }
        for index in byPosition[position] where tokens[index].origin != .synonym {
            if let next = map.child(of: node, term: tokens[index].term) {
                walk(from: next, last: tokens[index], byPosition: byPosition, tokens: tokens, depth: depth + 1, found: found)
            }
        }
    }

    /// Token indices by starting position, in two flat arrays rather than an array per
    /// position: the tokens starting at position `p` are `order[starts[p]..<starts[p + 1]]`,
    /// in token order.
    struct PositionIndex {
        /// One more than the last position any token covers.
        let positions: Int
        private var starts: [Int]
        private var order: [Int]

        init(_ tokens: [Token]) {
            // By index throughout: a loop over the tokens themselves would copy each one.
            var last = -1
            for i in tokens.indices { last = max(last, tokens[i].lastPosition) }
            positions = last + 1
            // Count the tokens at each position, then place each after those before it.
            var starts = Array(repeating: 0, count: positions + 1)
            for i in tokens.indices { starts[tokens[i].position + 1] += 1 }
            for p in 0..<positions { starts[p + 1] += starts[p] }
            var next = starts
            var order = Array(repeating: 0, count: tokens.count)
            for i in tokens.indices {
                let position = tokens[i].position
                order[next[position]] = i
                next[position] += 1
            }
            self.starts = starts
            self.order = order
        }

        /// The indices of the tokens starting at `position`, in token order.
        subscript(position: Int) -> ArraySlice<Int> {
            order[starts[position]..<starts[position + 1]]
        }
    }
}
