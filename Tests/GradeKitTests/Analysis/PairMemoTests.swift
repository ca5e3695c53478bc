import Foundation
import Testing

@testable import GradeKit

/// The pair memo computes a pair's value once, keeps every pair as it grows, and stops
/// keeping new ones at its capacity.
@Suite struct PairMemoTests {
    /// How many of `pairs` are computed when looked up in `memo`, checking each value.
    static func computations(_ pairs: [(Int, Int)], in memo: PairMemo<Int?>) -> Int {
        var computed = 0
        for (first, second) in pairs {
            let value = memo.value(for: first, second) {
                computed += 1
                return first == second ? nil : first * 100_000 + second
            }
            #expect(value == (first == second ? nil : first * 100_000 + second))
        }
        return computed
    }

    @Test func aPairIsComputedOnceAcrossGrowth() {
        let memo = PairMemo<Int?>()
        // Enough pairs to double the table several times; (b, a) is another pair than (a, b),
        // and a nil value is remembered like any other.
        let pairs = (0..<3_000).map { ($0 % 61, $0 / 61) } + [(99, 99)]
        #expect(Self.computations(pairs, in: memo) == pairs.count)
        #expect(Self.computations(pairs, in: memo) == 0)
        // The reversed pairs not among the first ones: (a, b) with b ≥ 61 or a ≥ 50 (the
        // first pairs stop at (10, 49)), less (99, 99), which is its own reverse.
        let reversed = pairs.map { ($0.1, $0.0) }.filter { $0.0 >= 61 || $0.1 >= 50 }
        #expect(Self.computations(reversed, in: memo) == reversed.count - 1)
    }

    @Test func threadsShareOneMemo() {
        let memo = PairMemo<Int?>()
        let pairs = (0..<2_000).map { ($0 % 37, $0 / 37) }
        // Eight threads look up and insert the same pairs in different orders while the
        // table doubles under them.
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for (first, second) in pairs.shuffled() {
                #expect(memo.value(for: first, second) { first * 1_000 + second } == first * 1_000 + second)
            }
        }
        // Every pair was kept: none is computed again.
        for (first, second) in pairs {
            #expect(memo.value(for: first, second) { -1 } == first * 1_000 + second)
        }
    }

    @Test func theMemoStopsGrowingAtItsCapacity() {
        let memo = PairMemo<Int?>(capacity: 2)
        #expect(Self.computations([(1, 2), (2, 3), (3, 4)], in: memo) == 3)
        #expect(Self.computations([(1, 2), (2, 3), (3, 4)], in: memo) == 1)
    }
}
