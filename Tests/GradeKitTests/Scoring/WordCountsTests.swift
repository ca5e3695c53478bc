import Testing

@testable import GradeKit

@Suite struct WordCountsTests {
    @Test func wordsOutsideAMatchLessTitleWordsAndFillerAreSpecific() throws {
        // Written words: add, read, replicas, zone, team, quickly; "team" is filler.
        let tokens = Analyzer().tokens("Add read replicas in the zone for the team quickly")
        let words = SubstanceClassifier.WordSignals(tokens).words
        let counts = SubstanceClassifier.WordCounts(
            words: words, of: tokens, titleTerms: SubstanceClassifier.TitleTerms(["replica"]))
        let all = words.count
        var matched = SortedPositions([])
        #expect(counts.words(notIn: matched) == all)
        // Title word "replicas" and filler "team" are not specific.
        #expect(counts.specificWords(notIn: matched) == all - 2)
        matched.cover([try #require(tokens.firstIndex { $0.surface == "read" })], of: tokens)
        #expect(counts.words(notIn: matched) == all - 1)
        #expect(counts.specificWords(notIn: matched) == all - 3)
        // Positions of stop words, or past the unit, hold no word.
        #expect(counts.words(notIn: SortedPositions([3, 4, 99])) == all)
    }
}
