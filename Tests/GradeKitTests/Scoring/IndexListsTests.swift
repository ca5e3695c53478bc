import Testing

@testable import GradeKit

@Suite struct IndexListsTests {
    /// List `list` of `lists`, read the way the matcher reads it.
    func list(_ lists: IndexLists, _ list: Int) -> [Int] {
        lists.range(of: list).map { lists.items[$0] }
    }

    @Test func listsReadBackInOrderEmptyOnesIncluded() {
        let lists = IndexLists([[3, 1], [], [7], [], [2, 2, 9]])
        #expect(lists.count == 5)
        #expect(list(lists, 0) == [3, 1])
        #expect(list(lists, 1).isEmpty)
        #expect(list(lists, 2) == [7])
        #expect(list(lists, 3).isEmpty)
        #expect(list(lists, 4) == [2, 2, 9])
        #expect(lists.items == [3, 1, 7, 2, 2, 9])
    }

    @Test func noListsHoldNothing() {
        let lists = IndexLists([])
        #expect(lists.count == 0)
        #expect(lists.items.isEmpty)
    }

    @Test func compiledRubricKeepsEveryConceptsTerms() throws {
        let compiled = Grader(rubrics: DemoRubric.set).compile(DemoRubric.rubric)
        #expect(compiled.conceptTermIDs.count == compiled.concepts.count)
        for (index, concept) in compiled.concepts.enumerated() {
            let ids = try concept.terms.map { try #require(compiled.termIDs[$0]) }
            #expect(list(compiled.conceptTermIDs, index) == ids)
        }
    }
}
