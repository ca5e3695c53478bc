import Testing

@testable import GradeKit

@Suite struct ConceptMatcherTests {
    let compiled = Grader(rubrics: DemoRubric.set).compile(DemoRubric.rubric)

    func matchedConcepts(_ markdown: String) -> [String] {
        let answer = compiled.analyzer.analyze(markdown: markdown)
        return ConceptMatcher().matches(in: answer, rubric: compiled).map { compiled.concepts[$0.concept].text }
    }

    @Test func phrasesMatchInAnyOrderWithinTheWindow() {
        #expect(matchedConcepts("Move heavy queries to replicas of the primary database.") == ["database replica"])
        #expect(matchedConcepts("Add a read replica.") == ["read replica"])
    }

    @Test func phrasesTooFarApartDoNotMatch() {
        #expect(matchedConcepts("The database is slow and after many hours of digging through dashboards we found one replica.").isEmpty)
    }

    @Test func phrasesDoNotMatchAcrossUnits() {
        #expect(matchedConcepts("The database is slow.\n\n- replica lag is fine").isEmpty)
    }

    @Test func synonymsAndCompoundsMatch() {
        #expect(matchedConcepts("Add a db replica.") == ["database replica"])
        #expect(matchedConcepts("Hold a postmortem.") == ["post-mortem"])
        #expect(matchedConcepts("Hold a post mortem.") == ["post-mortem"])
        #expect(matchedConcepts("We roll back.").contains("roll back"))
    }

    @Test func codeBlocksAreEvidence() {
        #expect(matchedConcepts("```\ngit revert the deploy commit\n```").contains("revert the deploy"))
    }

    @Test func tightestWindowPicksTheClosestPair() {
        let tokens = compiled.analyzer.tokens("replica far far far database replica")
        var occurrences: [String: [Int]] = [:]
        for (i, token) in tokens.enumerated() where !token.isStop { occurrences[token.term, default: []].append(i) }
        let window = ConceptMatcher().tightestWindow(["databas", "replica"], occurrences: occurrences, tokens: tokens)
        #expect(window?.map { tokens[$0].position } == [4, 5])
    }
}
