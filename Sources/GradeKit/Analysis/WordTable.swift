import Foundation

/// Written words → the elements worked out from the word alone (for the analyzer, its
/// tokens), shared by every thread that analyses with one analyzer, so each distinct word is
/// folded, split and stemmed once across all the answers of a batch.
///
/// Words are keyed by their UTF-8 bytes in an open-addressing table of our own, hashed with
/// FNV-1a: a lookup makes no `String` and runs no SipHash. Every entry's elements lie end to
/// end with the others' in one array, and are copied from there straight into the caller's
/// array: a lookup makes no array of its own. The words of a unit are looked up under one
/// acquisition of a reader-writer lock held for reading, so threads look words up side by
/// side; it is let go only to compute the elements of a word missing from the table (two
/// threads may both compute them; they compute the same ones) and to insert them, which
/// holds it for writing. Keys are bytes,
/// not `String`s compared by canonical equivalence, so a precomposed and a decomposed
/// spelling of a word are two entries, each analysed as written.
///
/// The table stops growing at ``capacity`` entries, and never keeps a word longer than
/// ``longestKept`` bytes; past that, elements are computed and not kept, so an answer of
/// millions of distinct words, or of megabyte-long "words", cannot exhaust memory.
final class WordTable<Element: Sendable>: @unchecked Sendable {
    // Every access to `storage` is under `lock` (reads for reading, inserts for writing),
    // which is what makes the class Sendable.
    private let lock = ReadWriteLock()
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

    /// Appends the elements of each of `words` (ranges of `bytes`) to `elements` in order,
    /// computing with `compute` those of the words the table does not hold yet, and calls
    /// `placed` with each word's index and the range its elements took in `elements`, as soon
    /// as they are there. For a word the table held, `placed` runs under the lock (held for
    /// reading), so it must only move the elements to their occurrence, never call back into
    /// the table.
    func append<Words: RandomAccessCollection<Range<Int>>>(
        elementsOf words: Words, in bytes: UnsafeBufferPointer<UInt8>, to elements: inout [Element],
        compute: (UnsafeBufferPointer<UInt8>) -> [Element], placed: (Int, Range<Int>, inout [Element]) -> Void
    ) where Words.Index == Int {
        var next = words.startIndex
        // Held for reading while known words are copied, so threads copy side by side; an
        // insert waits for them and holds it alone.
        lock.lockForReading()
        while true {
            // One call per run of known words: reading a class's stored property word by
            // word would check exclusive access at every read.
            next = storage.append(elementsOf: words, from: next, in: bytes, to: &elements, placed: placed)
            guard next < words.endIndex else { break }
            lock.unlock()
            let word = UnsafeBufferPointer(rebasing: bytes[words[next]])
            let computed = compute(word)
            let first = elements.count
            elements.append(contentsOf: computed)
            placed(next, first..<elements.count, &elements)
            if word.count <= Self.longestKept {
                lock.lockForWriting()
                if storage.count < capacity { storage.insert(word, computed) }
                lock.unlock()
            }
            lock.lockForReading()
            next += 1
        }
        lock.unlock()
    }

    /// The table itself.
    private struct Storage {
        /// Every key's bytes, end to end.
        private var keyBytes: [UInt8] = []
        /// Per entry, where its key lies in ``keyBytes``, its hash and where its elements lie
        /// in ``values``.
        private var keys: [Key] = []
        /// Every entry's elements, end to end.
        private var values: [Element] = []
        /// Entry index + 1 per slot, 0 for an empty slot; a power of two long, at most half full.
        private var slots: [Int32] = Array(repeating: 0, count: 1024)

        private struct Key {
            var start: Int
            var count: Int
            var hash: UInt64
            var values: Range<Int>
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

        /// Appends the elements of `words[from...]` to `elements`, calling `placed` for each
        /// word as ``WordTable/append(elementsOf:in:to:compute:placed:)`` does, up to the first
        /// word not stored; returns its index, or `words.endIndex` when every word was stored.
        func append<Words: RandomAccessCollection<Range<Int>>>(
            elementsOf words: Words, from: Int, in bytes: UnsafeBufferPointer<UInt8>, to elements: inout [Element],
            placed: (Int, Range<Int>, inout [Element]) -> Void
        ) -> Int where Words.Index == Int {
            var index = from
            while index < words.endIndex {
                let word = UnsafeBufferPointer(rebasing: bytes[words[index]])
                guard let entry = entry(for: word, hash: Self.hash(word)) else { return index }
                let first = elements.count
                for value in keys[entry].values { elements.append(values[value]) }
                placed(index, first..<elements.count, &elements)
                index += 1
            }
            return index
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

        /// Adds `word` and its elements unless it is there already.
        mutating func insert(_ word: UnsafeBufferPointer<UInt8>, _ elements: [Element]) {
            let hash = Self.hash(word)
            guard entry(for: word, hash: hash) == nil else { return }
            keys.append(
                Key(start: keyBytes.count, count: word.count, hash: hash, values: values.count..<(values.count + elements.count)))
            keyBytes.append(contentsOf: word)
            values.append(contentsOf: elements)
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
