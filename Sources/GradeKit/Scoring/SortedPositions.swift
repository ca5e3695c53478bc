/// A few positions of a unit, ascending and each once, searched by halving: what a match
/// covers, or a unit's written words. Cheaper than a `Set<Int>` for the handful a match
/// holds and the few dozen a unit does, which are built once and asked a few times.
struct SortedPositions: Sendable, Equatable {
    /// The positions, ascending, without repeats.
    private(set) var values: [Int]

    /// The positions of `values`, in any order, repeats allowed.
    init(_ values: [Int]) {
        var sorted = true
        for index in values.indices.dropFirst() where values[index - 1] >= values[index] {
            sorted = false
            break
        }
        // Written words and a match's tokens nearly always come in position order already.
        self.values = sorted ? values : Array(Set(values)).sorted()
    }

    /// Every position `tokens[i]` covers (``Token/position`` through ``Token/lastPosition``)
    /// for each of `indices`.
    init(covering indices: [Int], of tokens: [Token]) {
        var values: [Int] = []
        values.reserveCapacity(indices.count)
        // One by one: appending the range as a collection goes through its generic path.
        for index in indices {
            for position in tokens[index].position...tokens[index].lastPosition { values.append(position) }
        }
        self.init(values)
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

    /// How many of `positions` are not among these.
    func countOutside(_ positions: SortedPositions) -> Int {
        positions.values.count { !contains($0) }
    }
}
