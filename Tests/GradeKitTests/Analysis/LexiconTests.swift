import Testing

@testable import GradeKit

/// The lexicon gives each string one dense id, and stops giving ids at its capacity.
@Suite struct LexiconTests {
    @Test func aStringKeepsItsId() {
        let lexicon = Lexicon()
        #expect(lexicon.id(for: "roll") == 0)
        #expect(lexicon.id(for: "back") == 1)
        #expect(lexicon.id(for: "roll") == 0)
    }

    @Test func theLexiconStopsGrowingAtItsCapacity() {
        let lexicon = Lexicon(capacity: 1)
        #expect(lexicon.id(for: "roll") == 0)
        #expect(lexicon.id(for: "back") == nil)
        #expect(lexicon.id(for: "roll") == 0)
    }

    @Test func tokensMadeByHandAreJoinedByTheirSurfaces() {
        // No analyzer resolved these tokens' surface ids: the filter looks them up itself.
        var tokens = Tokenizer().tokenize("we roll back")
        CaseFolder().apply(&tokens)
        let filter = CatenationFilter(vocabulary: ["rollback"])
        filter.apply(&tokens)
        #expect(tokens.filter { $0.origin == .catenation }.map(\.term) == ["rollback"])
        // The second time through, the pair is remembered.
        var again = Tokenizer().tokenize("roll back")
        CaseFolder().apply(&again)
        filter.apply(&again)
        #expect(again.filter { $0.origin == .catenation }.map(\.term) == ["rollback"])
    }
}
