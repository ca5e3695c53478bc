import Foundation

/// Strings → dense integer ids, append-only and shared by every thread that analyses with
/// one analyzer, so a filter can key what it remembers by small integers instead of hashing
/// and comparing the strings each time.
///
/// The lexicon stops growing at ``capacity`` strings; past that a new string has no id, and
/// the caller works without one, so an answer of millions of distinct words cannot exhaust
/// memory.
final class Lexicon: @unchecked Sendable {
    // Every access to `ids` is under `lock`, which is what makes the class Sendable.
    private let lock = NSLock()
    private var ids: [String: Int32] = [:]
    /// The most strings kept.
    let capacity: Int

    /// A lexicon keeping at most `capacity` strings, whose first ids go to the distinct
    /// strings of `seed` in order (`seed` fits in `capacity`).
    init(capacity: Int = 1 << 16, seed: [String] = []) {
        self.capacity = min(capacity, Int(Int32.max))
        for string in seed { _ = id(for: string) }
    }

    /// The id of `string`, given it now if it has none; nil when the lexicon is full.
    func id(for string: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if let id = ids[string] { return Int(id) }
        guard ids.count < capacity else { return nil }
        let id = Int32(ids.count)
        ids[string] = id
        return Int(id)
    }
}
