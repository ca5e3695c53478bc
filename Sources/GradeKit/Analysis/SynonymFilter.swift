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
        // Most units hold no synonym at all, and most entries are one word long: index the
        // tokens by position only once an entry goes on past its first word.
        var index: PositionIndex?
        var added: [Token] = []
        // By index, and the walk by index too: most tokens start no entry, and none is copied.
        for i in tokens.indices where tokens[i].origin != .synonym && tokens[i].origin != .marker {
            let root =
                rootsResolved
                ? Token.id(tokens[i].synonymRoot) { map.child(of: 0, term: tokens[i].term) } : map.child(of: 0, term: tokens[i].term)
            guard let first = root else { continue }
            var best: (canonical: String, last: Int)?
            walk(from: first, last: i, index: &index, tokens: tokens) { canonical, last in
                if best == nil || tokens[last].lastPosition > best.map({ tokens[$0.last].lastPosition }) ?? -1 {
                    best = (canonical, last)
                }
            }
            guard let best else { continue }
            let span = tokens[best.last].lastPosition - tokens[i].position + 1
            if best.canonical != tokens[i].term || span != tokens[i].span {
                added.append(
                    Token(
                        term: best.canonical, surface: best.canonical, start: tokens[i].start, end: tokens[best.last].end,
                        position: tokens[i].position, span: span, clause: tokens[i].clause, phrase: tokens[i].phrase,
                        origin: .synonym, negation: tokens[i].negation))
            }
        }
        guard !added.isEmpty else { return }
        tokens.append(contentsOf: added)
        tokens.sort { ($0.position, $0.origin == .word ? 1 : 0) < ($1.position, $1.origin == .word ? 1 : 0) }
    }

    /// Walks the map from `node` over the tokens that follow token `last`, handing each
    /// canonical term reached, and the index of the token that reached it, to `found`.
    /// `index` is made on the first step past one token.
    private func walk(
        from node: Int, last: Int, index: inout PositionIndex?, tokens: [Token], depth: Int = 0,
        found: (String, Int) -> Void
    ) {
        if let canonical = map.canonical(at: node) { found(canonical, last) }
        guard depth < 8, map.hasChildren(node) else { return }
        let byPosition = index ?? PositionIndex(tokens)
        index = byPosition
        byPosition.forEachToken(startingAt: tokens[last].lastPosition + 1, in: tokens) { next in
            guard tokens[next].origin != .synonym, let child = map.child(of: node, term: tokens[next].term) else { return }
            walk(from: child, last: next, index: &index, tokens: tokens, depth: depth + 1, found: found)
        }
    }

    /// Token indices by starting position. Tokens in position order (as the analyzer's chain
    /// keeps them) are searched in place; others are indexed in two flat arrays rather than
    /// an array per position: the tokens starting at position `p` are
    /// `order[starts[p]..<starts[p + 1]]`, in token order.
    struct PositionIndex {
        /// Whether the tokens are in position order, so nothing is indexed.
        private let inOrder: Bool
        /// One more than the last position any token covers (0 when in order).
        private let positions: Int
        private var starts: [Int] = []
        private var order: [Int] = []

        init(_ tokens: [Token]) {
            // By index throughout: a loop over the tokens themselves would copy each one.
            inOrder = !tokens.indices.dropFirst().contains { tokens[$0 - 1].position > tokens[$0].position }
            guard !inOrder else {
                positions = 0
                return
            }
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

        /// Hands `body` the index of each of `tokens` (those the index was made from) that
        /// starts at `position`, in token order.
        func forEachToken(startingAt position: Int, in tokens: [Token], _ body: (Int) -> Void) {
            guard inOrder else {
                guard position < positions else { return }
                for index in order[starts[position]..<starts[position + 1]] { body(index) }
                return
            }
            // In position order, the tokens at `position` are one run, found by halving.
            var low = 0
            var high = tokens.count
            while low < high {
                let middle = (low + high) / 2
                if tokens[middle].position < position { low = middle + 1 } else { high = middle }
            }
            while low < tokens.count, tokens[low].position == position {
                body(low)
                low += 1
            }
        }
    }
}
