/// A few positions of a unit, ascending and each once, searched by halving: what a match
/// covers, or a unit's concrete details. Cheaper than a `Set<Int>` for the handful a match
/// holds and the few dozen a unit does, which are built once and asked a few times.
struct SortedPositions: Sendable, Equatable {
    /// The positions, ascending, without repeats.
    private(set) var values: [Int]

    /// The positions of `values`, in any order, repeats allowed.
    init(_ values: [Int]) {
        self.values = values
        order()
    }

    /// Makes these every position `tokens[i]` covers (``Token/position`` through
    /// ``Token/lastPosition``) for each of `indices`, in the room the previous positions
    /// took: the classifier covers one match after another with one value
    /// (``SubstanceClassifier/UnitProfile``), so a match allocates nothing.
    mutating func cover(_ indices: [Int], of tokens: [Token]) {
        values.removeAll(keepingCapacity: true)
        values.reserveCapacity(indices.count)
        // One by one: appending the range as a collection goes through its generic path.
        for index in indices {
            for position in tokens[index].position...tokens[index].lastPosition { values.append(position) }
        }
        order()
    }

    /// Sorts ``values`` and drops repeats, unless they are in order already.
    private mutating func order() {
        // Written words and a match's tokens nearly always come in position order already.
        for index in values.indices.dropFirst() where values[index - 1] >= values[index] {
            values = Array(Set(values)).sorted()
            return
        }
    }

    /// How many positions there are.
    var count: Int { values.count }

    /// The lowest position, if any.
    var first: Int? { values.first }

    /// The highest position, if any.
    var last: Int? { values.last }

    /// Whether `position` is one of them.
    func contains(_ position: Int) -> Bool {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low < values.count && values[low] == position
    }
}
