import Testing

@testable import GradeKit

@Suite struct OccurrencesTests {
    let termIDs = ["replica": 0, "databas": 1, "lag": 7]

    @Test func termsAreFoundWithTheirTokensInOrder() {
        var occurrences = Occurrences()
        occurrences.read(Analyzer().tokens("replica lag, then replica of the database"), termIDs: termIDs)
        #expect(occurrences.terms == [0, 1, 7])
        #expect(occurrences[0].map(Array.init) == [0, 3])
        #expect(occurrences[7].map(Array.init) == [1])
        #expect(occurrences.contains(1) && !occurrences.contains(2) && !occurrences.contains(99))
        // Token.absent and Token.unresolved are no term ids.
        #expect(!occurrences.contains(-1) && occurrences[-2] == nil)
    }

    @Test func refillingForgetsThePreviousUnit() {
        var occurrences = Occurrences()
        occurrences.read(Analyzer().tokens("replica lag"), termIDs: termIDs)
        occurrences.read(Analyzer().tokens("the database"), termIDs: termIDs)
        #expect(occurrences.terms == [1])
        #expect(!occurrences.contains(0) && !occurrences.contains(7) && occurrences[0] == nil)
        occurrences.read(Analyzer().tokens("nothing here"), termIDs: termIDs)
        #expect(occurrences.isEmpty && !occurrences.contains(1))
    }
}
