import Testing

@testable import GradeKit

@Suite struct SortedPositionsTests {
    @Test func valuesAreSortedWithoutRepeats() {
        #expect(SortedPositions([5, 1, 3, 1]).values == [1, 3, 5])
        #expect(SortedPositions([1, 2, 4]).values == [1, 2, 4])
    }

    @Test func coverTakesEveryPositionOfEachTokenAndForgetsThePreviousMatch() {
        // "auto-scaling group": the catenation `autoscaling` covers positions 0 and 1.
        let tokens = [
            Token(term: "auto", start: 0, end: 4, position: 0), Token(term: "scale", start: 5, end: 12, position: 1),
            Token(term: "autoscal", start: 0, end: 12, position: 0, span: 2, origin: .catenation),
            Token(term: "group", start: 13, end: 18, position: 2),
        ]
        var positions = SortedPositions([7, 8, 9, 10])
        positions.cover([2, 3], of: tokens)
        #expect(positions.values == [0, 1, 2])
        positions.cover([3, 0], of: tokens)
        #expect(positions.values == [0, 2])
        #expect(positions.contains(2) && !positions.contains(1))
    }
}
