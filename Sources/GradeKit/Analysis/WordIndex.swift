/// Written words → a value, keyed by their UTF-8 bytes in an open-addressing table hashed
/// with FNV-1a, for ``ConceptReader``: a lookup makes no `String` and runs no SipHash.
///
/// Unlike ``WordTable`` it has no lock, no capacity and no limit on a word's length: its
/// owner serialises access, and holds only the words of rubric phrases.
struct WordIndex<Value> {
    /// Every key's bytes, end to end.
    private var keyBytes: [UInt8] = []
    /// Per entry, where its key lies in ``keyBytes``, its hash and its value.
    private var entries: [(start: Int, count: Int, hash: UInt64, value: Value)] = []
    /// Entry index + 1 per slot, 0 for an empty slot; a power of two long, at most half full.
    private var slots: [Int32] = Array(repeating: 0, count: 1 << 13)

    /// Where a word was looked for: its value if it is there, else where to add it.
    struct Lookup {
        var value: Value?
        fileprivate var hash: UInt64
        fileprivate var slot: Int
    }

    /// The value of `string`, if it is there.
    func value(of string: String) -> Value? {
        var string = string
        return string.withUTF8 { lookup($0).value }
    }

    /// Looks `word` up.
    func lookup(_ word: UnsafeBufferPointer<UInt8>) -> Lookup {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if entries[index].hash == hash && matches(index, word) { return Lookup(value: entries[index].value, hash: hash, slot: slot) }
            slot = (slot + 1) & mask
        }
        return Lookup(value: nil, hash: hash, slot: slot)
    }

    /// Adds `word`, which `lookup` (the index's last change since) did not find, with `value`.
    mutating func add(_ word: UnsafeBufferPointer<UInt8>, _ value: Value, at lookup: Lookup) {
        entries.append((keyBytes.count, word.count, lookup.hash, value))
        keyBytes.append(contentsOf: word)
        if entries.count * 2 > slots.count {
            slots = Array(repeating: 0, count: slots.count * 2)
            for index in entries.indices { place(index) }
        } else {
            slots[lookup.slot] = Int32(entries.count)
        }
    }

    private func matches(_ index: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let entry = entries[index]
        guard entry.count == word.count else { return false }
        for offset in 0..<word.count where keyBytes[entry.start + offset] != word[offset] { return false }
        return true
    }

    /// Puts entry `index` in the first free slot of its probe sequence.
    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }
}

extension WordIndex: Sendable where Value: Sendable {}
