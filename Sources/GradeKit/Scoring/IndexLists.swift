/// Lists of integers stored end to end in one array: list `i` holds the items at
/// ``range(of:)`` of ``items``. Reading a list touches two flat arrays, where an array of
/// arrays retains and releases the inner array at every read, which the concept matcher
/// does for every candidate concept of every unit.
struct IndexLists: Sendable {
    /// Every list's items, list after list.
    let items: [Int]
    /// Where each list starts in ``items``, and one extra entry marking the end.
    private let starts: [Int]

    /// The lists of `lists`, in order.
    init(_ lists: [[Int]]) {
        var items: [Int] = []
        var starts: [Int] = []
        items.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        starts.reserveCapacity(lists.count + 1)
        for list in lists {
            starts.append(items.count)
            items.append(contentsOf: list)
        }
        starts.append(items.count)
        self.items = items
        self.starts = starts
    }

    /// How many lists there are.
    var count: Int { starts.count - 1 }

    /// Where list `list` lies in ``items``.
    func range(of list: Int) -> Range<Int> {
        starts[list]..<starts[list + 1]
    }
}
