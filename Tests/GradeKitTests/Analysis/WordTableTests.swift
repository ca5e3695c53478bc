import Dispatch
import Testing

@testable import GradeKit

/// The per-analyzer word table computes a word's value once, and never keeps long words.
@Suite struct WordTableTests {
    /// How many times `compute` ran on the second of two look-ups of `words`.
    static func computations(_ words: [String], table: WordTable<Int>) -> Int {
        var calls = 0
        for pass in 0..<2 {
            if pass == 1 { calls = 0 }
            let text = words.joined(separator: " ")
            var ranges: [Range<Int>] = []
            var start = 0
            for word in words {
                ranges.append(start..<(start + word.utf8.count))
                start += word.utf8.count + 1
            }
            var elements: [Int] = []
            var placed: [Int] = []
            Array(text.utf8).withUnsafeBufferPointer { bytes in
                table.append(
                    elementsOf: ranges, in: bytes, to: &elements,
                    compute: { calls += 1; return [$0.count, -$0.count] }
                ) { index, range, elements in
                    #expect(Array(elements[range]) == [words[index].utf8.count, -words[index].utf8.count])
                    placed.append(index)
                }
            }
            #expect(placed == Array(words.indices))
            #expect(elements == words.flatMap { [$0.utf8.count, -$0.utf8.count] })
        }
        return calls
    }

    @Test func aWordIsComputedOnce() {
        #expect(Self.computations(["replica", "lag", "replica"], table: WordTable()) == 0)
    }

    @Test func longWordsAreNeverKept() {
        let long = String(repeating: "a1", count: WordTable<Int>.longestKept)
        #expect(Self.computations([long, "lag"], table: WordTable()) == 1)
    }

    @Test func theTableStopsGrowingAtItsCapacity() {
        #expect(Self.computations(["one", "two", "three"], table: WordTable(capacity: 1)) == 2)
    }

    /// Threads reading side by side while others insert: every thread gets every word's own
    /// elements, and the table ends up holding each word once.
    @Test func threadsReadAndInsertTogether() {
        let table = WordTable<Int>()
        let words = (0..<2_000).map { "w\($0 % 700)x\($0 % 13)" }
        let bytes = Array(words.joined(separator: " ").utf8)
        var offset = 0
        let ranges: [Range<Int>] = words.map { word in
            defer { offset += word.utf8.count + 1 }
            return offset..<(offset + word.utf8.count)
        }
        let results = LockedBox([Bool]())
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            // Each thread walks the words from another starting point, so some insert what
            // others are reading.
            let shift = thread * 250
            let order = Array(ranges[shift...]) + Array(ranges[..<shift])
            let expected: [Int] = order.flatMap { Self.elements(bytes[$0]) }
            var elements: [Int] = []
            bytes.withUnsafeBufferPointer { buffer in
                table.append(elementsOf: order, in: buffer, to: &elements, compute: { Self.elements($0) }) { _, _, _ in }
            }
            results.with { $0.append(elements == expected) }
        }
        #expect(results.with { $0 } == Array(repeating: true, count: 8))
        // Every word is in the table now: reading them all again computes nothing.
        var computed = 0
        var elements: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            table.append(elementsOf: ranges, in: buffer, to: &elements, compute: { computed += 1; return Self.elements($0) }) { _, _, _ in }
        }
        #expect(computed == 0)
        #expect(elements == ranges.flatMap { Self.elements(bytes[$0]) })
    }

    /// What the concurrent test's table keeps for a word: its length and a hash of its bytes.
    static func elements(_ word: some Collection<UInt8>) -> [Int] {
        [word.count, word.reduce(0) { $0 &* 31 &+ Int($1) }]
    }
}
