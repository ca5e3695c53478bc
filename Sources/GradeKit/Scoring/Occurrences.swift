/// The token indices of each concept term in one unit, grouped by term id: a sorted list
/// of `(term id, token index)` pairs searched by binary search, so matching hashes each
/// token's term once and never builds a dictionary per unit.
struct Occurrences {
    /// The distinct term ids found, ascending.
    private(set) var terms: [Int] = []
    /// Where each of ``terms`` starts in ``tokens``; one extra entry marks the end.
    private var starts: [Int] = []
    /// Token indices, grouped by term and ascending within a group.
    private var tokens: [Int] = []

    /// Groups the content tokens whose terms some concept uses. With `idsResolved` (tokens
    /// straight from the rubric's own analyzer), a token's ``Token/termID`` is taken as it
    /// is; otherwise every term is looked up in `termIDs`.
    init(_ unit: [Token], termIDs: [String: Int], idsResolved: Bool = false) {
        var pairs: [(term: Int, token: Int)] = []
        for (i, token) in unit.enumerated() where !token.isStop {
            let id = idsResolved ? Token.id(token.termID) { termIDs[token.term] } : termIDs[token.term]
            if let id { pairs.append((id, i)) }
        }
        pairs.sort { ($0.term, $0.token) < ($1.term, $1.token) }
        tokens.reserveCapacity(pairs.count)
        for pair in pairs {
            if pair.term != terms.last {
                terms.append(pair.term)
                starts.append(tokens.count)
            }
            tokens.append(pair.token)
        }
        starts.append(tokens.count)
    }

    /// Whether no token's term is used by any concept.
    var isEmpty: Bool { terms.isEmpty }

    /// The token indices of term `id`, ascending; nil when the unit lacks it.
    subscript(id: Int) -> ArraySlice<Int>? {
        var low = 0
        var high = terms.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if terms[middle] == id { return tokens[starts[middle]..<starts[middle + 1]] }
            if terms[middle] < id { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }
}
