import Testing

@testable import GradeKit

@Suite struct AnalyzerTests {
    static let groups = [
        ["kubernetes", "k8s", "kube"],
        ["database", "db"],
        ["one-on-one", "1:1", "1-on-1", "one on one"],
        ["point-in-time recovery", "pitr"],
        ["rollback", "roll back"],
        ["optimize", "optimise"],
    ]
    let synonyms = Analyzer.compileSynonyms(AnalyzerTests.groups)

    @Test func stopWordsStayForPositionsButNegationsAreNotStopWords() {
        let tokens = Analyzer().baseTokens("We would not roll back without a plan")
        #expect(tokens.filter { !$0.isStop }.map(\.term) == ["not", "roll", "back", "without", "plan"])
        #expect(tokens.map(\.position) == Array(0..<8))
    }

    @Test func conceptTermsAreStemmedAndCanonical() {
        let analyzer = Analyzer(synonyms: synonyms, vocabulary: [])
        #expect(analyzer.conceptTerms("Replicas of the DB") == ["replica", "databas"])
        #expect(analyzer.conceptTerms("k8s clusters") == ["kubernet", "cluster"])
        #expect(analyzer.conceptTerms("the post-mortem") == ["postmortem"])
        #expect(analyzer.conceptTerms("1:1 meetings") == analyzer.conceptTerms("one on one meeting"))
        #expect(analyzer.conceptTerms("of the and") == [])
    }

    @Test(arguments: ["1:1", "one-on-one", "one on one", "1-on-1", "One-On-One"])
    func synonymSpellingsMeetOnOneTerm(_ spelling: String) {
        let analyzer = Analyzer(synonyms: synonyms, vocabulary: [])
        let canonical = analyzer.conceptTerms("one-on-one")
        #expect(canonical.count == 1)
        let terms = analyzer.tokens("weekly \(spelling) chats").map(\.term)
        #expect(terms.contains(canonical[0]))
    }

    @Test func stopWordsInsideAnEntryMustMatchToo() {
        let analyzer = Analyzer(synonyms: synonyms, vocabulary: [])
        let canonical = analyzer.conceptTerms("one-on-one")[0]
        #expect(!analyzer.tokens("we migrate them one by one").map(\.term).contains(canonical))
        #expect(analyzer.tokens("a weekly one on one").map(\.term).contains(canonical))
    }

    @Test func multiWordSynonymsStackOverTheirWords() {
        let analyzer = Analyzer(synonyms: synonyms, vocabulary: [])
        let tokens = analyzer.tokens("enable point in time recovery now")
        let canonical = tokens.first { $0.origin == .synonym }
        #expect(canonical?.term == analyzer.conceptTerms("PITR").first)
        #expect(canonical?.position == 1)
        #expect(canonical?.span == 4)
    }

    @Test func adjacentWordsJoinOnlyIntoKnownTerms() {
        let analyzer = Analyzer(synonyms: SynonymMap(), vocabulary: ["postmortem", "databas"])
        let terms = analyzer.tokens("a post mortem on the data base and a web site").map(\.term)
        #expect(terms.contains("postmortem"))
        #expect(terms.contains("databas"))
        #expect(!terms.contains("websit"))
        let overtime = Analyzer(synonyms: SynonymMap(), vocabulary: ["overtim"]).tokens("over time the team improves").map(\.term)
        #expect(!overtime.contains("overtim"), "'over time' is not 'overtime'")
    }

    @Test func britishAndAmericanSpellingsMeet() {
        let analyzer = Analyzer(synonyms: synonyms, vocabulary: [])
        let concept = analyzer.conceptTerms("optimize")
        #expect(analyzer.tokens("we optimise spend").map(\.term).contains(concept[0]))
    }

    @Test func analyzesAWholeAnswer() {
        let answer = Analyzer().analyze(markdown: "# Plan\n\nFirst, page. Then fix it.\n- item one\n")
        #expect(answer.units.map(\.text) == ["Plan", "First, page.", "Then fix it.", "item one"])
        #expect(answer.units.map(\.line) == [1, 3, 3, 4])
        #expect(answer.wordCount == 8)
    }
}
