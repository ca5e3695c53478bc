import Foundation

/// A table of computed values shared by every thread that analyses with one analyzer, so
/// each distinct word is folded, split, stemmed or spell-checked once rather than at every
/// occurrence, across all the answers of a batch.
///
/// The table stops growing at ``capacity`` entries; past that, values are computed and not
/// kept, so an answer of millions of distinct words cannot exhaust memory.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    // Every access to `table` is under `lock`, which is what makes the class Sendable, and
    // what makes the accesses exclusive: the runtime's check of each (a class's stored
    // property is checked dynamically), a cost on every lookup, is left out
    // (`@exclusivity(unchecked)`): an access added outside the lock would be a data race
    // that nothing catches at run time.
    private let lock = NSLock()
    @exclusivity(unchecked) private var table: [Key: Value] = [:]
    /// The most entries kept.
    let capacity: Int

    /// An empty table keeping at most `capacity` entries.
    init(capacity: Int = 1 << 16) {
        self.capacity = capacity
    }

    /// The value for `key`, computed by `compute` the first time (outside the lock: two
    /// threads may both compute a value, and they compute the same one).
    func value(for key: Key, compute: (Key) -> Value) -> Value {
        lock.lock()
        let found = table[key]
        lock.unlock()
        if let found { return found }
        let value = compute(key)
        lock.lock()
        if table.count < capacity { table[key] = value }
        lock.unlock()
        return value
    }
}
