import Foundation

/// Pairs of small ids → a value worked out once, shared like ``Memo`` by every thread that
/// analyses with one analyzer: the catenation filter's joins, looked up for every adjacent
/// pair of content words.
///
/// A `Dictionary` hashes each key with SipHash, which cost more than the rest of such a
/// lookup; this is an open-addressing table of our own that hashes a pair with one
/// multiplication. It stops growing at ``capacity`` entries, like ``Memo``; past that,
/// values are computed and not kept.
final class PairMemo<Value: Sendable>: @unchecked Sendable {
    // Every access to the table is under `lock`, which is what makes the class Sendable and
    // the accesses exclusive, so the runtime's checks of them are left out
    // (`@exclusivity(unchecked)`): an access added outside the lock would be a data race
    // that nothing catches at run time.
    private let lock = NSLock()
    /// Per slot, the pair it holds plus one (so 0 marks an empty slot); a power of two long,
    /// at most half full.
    @exclusivity(unchecked) private var keys = [UInt64](repeating: 0, count: 1024)
    /// Per slot, the value of its pair.
    @exclusivity(unchecked) private var values = [Value?](repeating: nil, count: 1024)
    @exclusivity(unchecked) private var count = 0
    /// The most entries kept.
    let capacity: Int

    /// An empty table keeping at most `capacity` entries.
    init(capacity: Int = 1 << 16) {
        self.capacity = capacity
    }

    /// The value for the pair of `first` and `second` (each below 2³²), computed by `compute`
    /// the first time (outside the lock: two threads may both compute a value, and they
    /// compute the same one).
    func value(for first: Int, _ second: Int, compute: () -> Value) -> Value {
        assert((0..<1 << 32).contains(first) && (0..<1 << 32).contains(second), "ids of 32 bits")
        let key = (UInt64(truncatingIfNeeded: first) << 32 | UInt64(truncatingIfNeeded: second)) &+ 1
        lock.lock()
        let index = slot(of: key)
        let found = keys[index] == key ? values[index] : nil
        lock.unlock()
        if let found { return found }
        let value = compute()
        lock.lock()
        insert(key, value)
        lock.unlock()
        return value
    }

    /// The slot holding `key`, or the empty slot where it would go.
    private func slot(of key: UInt64) -> Int {
        let mask = keys.count - 1
        // Fibonacci hashing: the top bits of the product by 2⁶⁴/φ depend on every bit of the
        // key, so they pick the slot (the table is 2^k slots long, k ≥ 10).
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - keys.count.trailingZeroBitCount))
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    /// Adds `key` with `value` unless it is there already or the table is full, doubling the
    /// slots when they are half taken.
    private func insert(_ key: UInt64, _ value: Value) {
        guard count < capacity, keys[slot(of: key)] != key else { return }
        if (count + 1) * 2 > keys.count {
            let old = zip(keys, values).filter { $0.0 != 0 }
            keys = [UInt64](repeating: 0, count: keys.count * 2)
            values = [Value?](repeating: nil, count: keys.count)
            for (oldKey, oldValue) in old {
                let index = slot(of: oldKey)
                keys[index] = oldKey
                values[index] = oldValue
            }
        }
        let index = slot(of: key)
        keys[index] = key
        values[index] = value
        count += 1
    }
}
