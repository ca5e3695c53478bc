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
}
