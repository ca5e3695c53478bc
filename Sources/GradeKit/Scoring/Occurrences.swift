/// The token indices of each concept term in one unit, grouped by term id: a sorted list
/// of `(term id, token index)` pairs, and per term id where its group lies, so matching
/// hashes each token's term once, never builds a dictionary per unit and finds a term in
/// one read. One value is refilled unit after unit (``read(_:termIDs:idsResolved:)``), its
/// buffers kept, so a unit allocates none.
struct Occurrences {
    /// The distinct term ids found, ascending.
    private(set) var terms: [Int] = []
    /// Where each of ``terms`` starts in ``tokens``, and one extra entry marking the end;
    /// empty, like ``terms``, when the unit uses no concept term.
    private var starts: [Int] = []
    /// Token indices, grouped by term and ascending within a group (while ``read`` runs, the
    /// packed pairs it sorts).
    private var tokens: [Int] = []
    /// Per term id, where the term is among ``terms``, or -1: as long as the highest term id
    /// met so far (a rubric's vocabulary at most), and reset term by term for the next unit.
    private var slots: [Int] = []

    /// Groups the content tokens of `unit` whose terms some concept uses, in place of the
    /// previous unit's. With `idsResolved` (tokens straight from the rubric's own analyzer),
    /// a token's ``Token/termID`` is taken as it is; otherwise every term is looked up in
    /// `termIDs`.
    mutating func read(_ unit: [Token], termIDs: [String: Int], idsResolved: Bool = false) {
        for term in terms { slots[term] = -1 }
        terms.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        tokens.removeAll(keepingCapacity: true)
        // Each (term id, token index) pair packed into one integer, term id in the high bits,
        // so sorting plain integers orders the pairs by term, then token. By index: a loop
        // over the tokens themselves would copy each one.
        for i in unit.indices where !unit[i].isStop {
            let id = idsResolved ? Token.id(unit[i].termID) { termIDs[unit[i].term] } : termIDs[unit[i].term]
            if let id { tokens.append(id << Self.tokenBits | i) }
        }
        guard !tokens.isEmpty else { return }
        tokens.sort()
        // Each pair unpacked in place: the sorted pairs become the token indices.
        for index in tokens.indices {
            let term = tokens[index] >> Self.tokenBits
            if term != terms.last {
                if term >= slots.count { slots.append(contentsOf: repeatElement(-1, count: term + 1 - slots.count)) }
                slots[term] = terms.count
                terms.append(term)
                starts.append(index)
            }
            tokens[index] &= 1 << Self.tokenBits - 1
        }
        starts.append(tokens.count)
    }

    /// Bits of a packed pair that hold the token index: a unit never holds 2³² tokens, and
    /// a rubric never 2³¹ terms.
    private static let tokenBits = 32

    /// Whether no token's term is used by any concept.
    var isEmpty: Bool { terms.isEmpty }

    /// The token indices of term `id`, ascending; nil when the unit lacks it.
    subscript(id: Int) -> ArraySlice<Int>? {
        termIndex(of: id).map { tokens[starts[$0]..<starts[$0 + 1]] }
    }

    /// Whether the unit holds term `id`.
    func contains(_ id: Int) -> Bool {
        termIndex(of: id) != nil
    }

    /// Where term `id` is among ``terms``; nil when the unit lacks it (or `id` is no term id).
    private func termIndex(of id: Int) -> Int? {
        id >= 0 && id < slots.count && slots[id] >= 0 ? slots[id] : nil
    }
}
