import Foundation

/// Written words → a value worked out from the word alone, shared by every thread that
/// analyses with one analyzer, so each distinct word is folded, split and stemmed once
/// across all the answers of a batch.
///
/// Words are keyed by their UTF-8 bytes in an open-addressing table of our own, hashed with
/// FNV-1a: a lookup makes no `String` and runs no SipHash. The words of a unit are looked up
/// under one acquisition of the lock rather than one per word, and values missing from the
/// table are computed outside it (two threads may both compute a value; they compute the same
/// one). Keys are bytes, not `String`s compared by canonical equivalence, so a precomposed
/// and a decomposed spelling of a word are two entries, each analysed as written.
///
/// The table stops growing at ``capacity`` entries, and never keeps a word longer than
/// ``longestKept`` bytes; past that, values are computed and not kept, so an answer of
/// millions of distinct words, or of megabyte-long "words", cannot exhaust memory.
final class WordTable<Value: Sendable>: @unchecked Sendable {
    // Every access to `storage` is under `lock`, which is what makes the class Sendable.
    private let lock = NSLock()
    private var storage = Storage()
    /// The most entries kept.
    let capacity: Int
    /// The longest word kept, in bytes: longer ones are identifiers, hashes or noise, rare
    /// enough to analyse each time.
    static var longestKept: Int { 64 }

    /// An empty table keeping at most `capacity` entries.
    init(capacity: Int = 1 << 16) {
        self.capacity = min(capacity, Int(Int32.max) - 1)
    }

    /// Calls `body` with the index and value of each of `words` (ranges of `bytes`) in
    /// order, computing with `compute` the values the table does not hold yet.
    func forEachValue(
        of words: some Collection<Range<Int>>, in bytes: UnsafeBufferPointer<UInt8>,
        compute: (UnsafeBufferPointer<UInt8>) -> Value, _ body: (Int, Value) -> Void
    ) {
        lock.lock()
        // One call for the whole unit: reading a class's stored property word by word would
        // check exclusive access at every read.
        let found = storage.values(of: words, in: bytes)
        lock.unlock()
        var computed: [(range: Range<Int>, value: Value)] = []
        for (index, range) in words.enumerated() {
            if let value = found[index] {
                body(index, value)
            } else {
                let value = compute(UnsafeBufferPointer(rebasing: bytes[range]))
                if range.count <= Self.longestKept { computed.append((range, value)) }
                body(index, value)
            }
        }
        guard !computed.isEmpty else { return }
        lock.lock()
        for (range, value) in computed where storage.count < capacity {
            storage.insert(UnsafeBufferPointer(rebasing: bytes[range]), value)
        }
        lock.unlock()
    }

    /// The table itself.
    private struct Storage {
        /// Every key's bytes, end to end.
        private var keyBytes: [UInt8] = []
        /// Per entry, where its key lies in ``keyBytes`` and its hash.
        private var keys: [Key] = []
        /// Per entry, its value.
        private var values: [Value] = []
        /// Entry index + 1 per slot, 0 for an empty slot; a power of two long, at most half full.
        private var slots: [Int32] = Array(repeating: 0, count: 1024)

        private struct Key {
            var start: Int
            var count: Int
            var hash: UInt64
        }

        /// How many entries the table holds.
        var count: Int { keys.count }

        /// FNV-1a over the word's bytes.
        private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in word {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return hash
        }

        /// The value stored for each of `words` (ranges of `bytes`), nil for those not stored.
        func values(of words: some Collection<Range<Int>>, in bytes: UnsafeBufferPointer<UInt8>) -> [Value?] {
            var found: [Value?] = []
            found.reserveCapacity(words.count)
            for range in words {
                let word = UnsafeBufferPointer(rebasing: bytes[range])
                found.append(entry(for: word, hash: Self.hash(word)).map { values[$0] })
            }
            return found
        }

        /// The entry holding `word`, if any.
        private func entry(for word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                let index = Int(slots[slot]) - 1
                if keys[index].hash == hash && matches(keys[index], word) { return index }
                slot = (slot + 1) & mask
            }
            return nil
        }

        private func matches(_ key: Key, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
            guard key.count == word.count else { return false }
            return keyBytes.withUnsafeBufferPointer { stored in
                guard let storedBase = stored.baseAddress, let wordBase = word.baseAddress else { return key.count == 0 }
                return memcmp(storedBase + key.start, wordBase, key.count) == 0
            }
        }

        /// Adds `word` unless it is there already.
        mutating func insert(_ word: UnsafeBufferPointer<UInt8>, _ value: Value) {
            let hash = Self.hash(word)
            guard entry(for: word, hash: hash) == nil else { return }
            keys.append(Key(start: keyBytes.count, count: word.count, hash: hash))
            keyBytes.append(contentsOf: word)
            values.append(value)
            if keys.count * 2 > slots.count {
                slots = Array(repeating: 0, count: slots.count * 2)
                for index in keys.indices { place(index) }
            } else {
                place(keys.count - 1)
            }
        }

        /// Puts entry `index` in the first free slot of its probe sequence.
        private mutating func place(_ index: Int) {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: keys[index].hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}
