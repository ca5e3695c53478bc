/// A unit's written words by position, for looking beside a match: built once per unit
/// and shared by every match in it, so no check builds its own lookup.
struct UnitWords {
    /// The unit's tokens.
    let tokens: [Token]
    /// Per position, the index in `tokens` of the written word there, or -1.
    private let byPosition: [Int]
    /// Whether some written word opens a condition (``EllipticalCondition/openers``).
    let hasConditionOpener: Bool
    /// Per position, whether the word there stands inside parentheses; empty when the unit
    /// has none.
    private let asides: [Bool]

    /// The words of `tokens`, the analysis of `text` (when at hand, parenthesised asides are known).
    init(_ tokens: [Token], text: String? = nil) {
        self.tokens = tokens
        // By index, and openers by flag: a loop over the tokens would copy each one, and a
        // set lookup would hash every word.
        var positions = 0
        for index in tokens.indices { positions = max(positions, tokens[index].lastPosition + 1) }
        var byPosition = [Int](repeating: -1, count: positions)
        var opener = false
        for index in tokens.indices where tokens[index].origin == .word {
            byPosition[tokens[index].position] = index
            if tokens[index].flags.contains(.conditionOpener) { opener = true }
        }
        self.byPosition = byPosition
        self.hasConditionOpener = opener
        var asides: [Bool] = []
        // Most units hold no bracket: one pass over the bytes in place shows it (the UTF-8
        // view's own search takes several times longer).
        if let text, text.utf8.withContiguousStorageIfAvailable({ $0.contains(UInt8(ascii: "(")) }) ?? text.utf8.contains(UInt8(ascii: "(")) {
            let positions = byPosition.indices.filter { byPosition[$0] >= 0 }
            let spans = positions.map { (start: tokens[byPosition[$0]].start, end: tokens[byPosition[$0]].end) }
            if let found = Parentheses(spans, in: text) {
                asides = [Bool](repeating: false, count: byPosition.count)
                for (k, position) in positions.enumerated() { asides[position] = found.inside[k] }
            }
        }
        self.asides = asides
    }

    /// Whether the word at `position` stands inside parentheses (an aside).
    func isAside(_ position: Int) -> Bool {
        position >= 0 && position < asides.count && asides[position]
    }

    /// The written word at `position`, if any.
    subscript(position: Int) -> Token? {
        index(at: position).map { tokens[$0] }
    }

    /// The index in ``tokens`` of the written word at `position`, if any: the checks run per
    /// match read the word's fields there, where the subscript copies the whole token.
    func index(at position: Int) -> Int? {
        guard position >= 0, position < byPosition.count, byPosition[position] >= 0 else { return nil }
        return byPosition[position]
    }

    /// The first and last positions `match` covers (a stacked token covers the words under it).
    func span(of match: ConceptMatch) -> (first: Int, last: Int)? {
        guard let head = match.tokens.first else { return nil }
        var first = tokens[head].position
        var last = tokens[head].lastPosition
        for index in match.tokens {
            first = min(first, tokens[index].position)
            last = max(last, tokens[index].lastPosition)
        }
        return (first, last)
    }

    /// The negation over `match`, if a word of it is negated.
    func negation(of match: ConceptMatch) -> Negation? {
        match.tokens.lazy.compactMap { tokens[$0].negation }.first
    }
}
