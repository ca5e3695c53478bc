import Testing

@testable import GradeKit

@Suite struct ConceptMatcherTests {
    let compiled = Grader(rubrics: DemoRubric.set).compile(DemoRubric.rubric)

    func matchedConcepts(_ markdown: String) -> [String] {
        let answer = compiled.analyzer.analyze(markdown: markdown)
        return ConceptMatcher().matches(in: answer, rubric: compiled).map { compiled.concepts[$0.concept].text }
    }

    @Test func buffersKeptFromUnitToUnitMatchAsFreshOnes() {
        // Units that share terms, lack them, and hold more of them than the one before: a
        // buffer left over from one unit must not leak into the next.
        let units = [
            "Move heavy queries to replicas of the primary database, then add a read replica.",
            "Nothing here.",
            "Add a read replica.",
            "The database is slow; hold a post mortem and roll back the replica of the database.",
            "",
            "Add a db replica.",
        ]
        let matcher = ConceptMatcher()
        var kept = ConceptMatcher.Scratch()
        var matched = 0
        for (index, text) in units.enumerated() {
            // Straight from the rubric's analyzer, so stored term ids are read, as in grading.
            let tokens = compiled.analyzer.tokens(text)
            let reused = matcher.matches(unit: index, tokens: tokens, rubric: compiled, fromRubricAnalyzer: true, scratch: &kept)
            var fresh = ConceptMatcher.Scratch()
            let expected = matcher.matches(unit: index, tokens: tokens, rubric: compiled, fromRubricAnalyzer: true, scratch: &fresh)
            #expect(reused == expected, "unit \(index): \(text)")
            #expect(matcher.matches(unit: index, tokens: tokens, rubric: compiled) == expected, "ids looked up, unit \(index)")
            matched += expected.isEmpty ? 0 : 1
        }
        #expect(matched == 4)
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
