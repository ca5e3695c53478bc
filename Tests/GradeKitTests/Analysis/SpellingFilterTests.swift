import Testing

@testable import GradeKit

@Suite struct SpellingFilterTests {
    let filter = SpellingFilter(spellings: [
        "kubernetes": "kubernet", "replicas": "replica", "postmortem": "postmortem", "scale": "scale",
        "strangler": "strangler", "sqs": "sqs", "ec2": "ec2", "observability": "observ", "failover": "failov",
        "failback": "failback",
    ])

    func corrected(_ word: String) -> String? {
        var tokens = Analyzer().baseTokens(word)
        guard tokens.count == 1 else { return nil }
        filter.apply(&tokens)
        return tokens.first { $0.origin == .correction }?.term
    }

    @Test(arguments: [
        ("kuberentes", "kubernet"), ("replcias", "replica"), ("postmortum", "postmortem"), ("stranglr", "strangler"),
        ("obervability", "observ"), ("kubernettes", "kubernet"),
    ])
    func correctsSmallMisspellingsOfRubricWords(_ typo: String, _ expected: String) {
        #expect(corrected(typo) == expected)
    }

    @Test(arguments: [
        "stale",  // a real English word, one edit from "scale"
        "sns",  // short: never corrected towards sqs
        "ecs",  // short, and has no letters-only rival
        "kubernetes",  // already a rubric word
        "replicator",  // two edits from "replicas", but under nine letters allows one
    ])
    func leavesRealWordsShortTokensAndDistantWordsAlone(_ word: String) {
        #expect(corrected(word) == nil, "\(word)")
    }

    @Test func ambiguousCorrectionsAreNotMade() {
        // "deployz" is one edit from two different terms: no guess.
        let twoWay = SpellingFilter(spellings: ["deploys": "deploy", "deploya": "deploya"])
        var tokens = Analyzer().baseTokens("deployz")
        twoWay.apply(&tokens)
        #expect(!tokens.contains { $0.origin == .correction })
    }

    @Test func correctionsShowInTheEvidence() {
        let report = DemoRubric.grade("We would move heavy reads to a read replcia so the primary stops melting, because CPU is at 100%.")
        let replicas = report.rules[1]
        #expect(replicas.status == .addressed)
        #expect(replicas.evidence.first?.reason.contains("read 'replcia' as 'replica'") == true)
    }

    @Test func optimalStringAlignmentCountsTranspositionsOnce() {
        #expect(EditDistance.optimalStringAlignment(Array("replcia".utf8), Array("replica".utf8), limit: 2) == 1)
        #expect(EditDistance.optimalStringAlignment(Array("kitten".utf8), Array("sitting".utf8), limit: 3) == 3)
        #expect(EditDistance.optimalStringAlignment(Array("kitten".utf8), Array("sitting".utf8), limit: 2) == nil)
        #expect(EditDistance.optimalStringAlignment([], Array("ab".utf8), limit: 2) == 2)
        #expect(EditDistance.levenshtein("migratoin", "migration") == 2)
    }
}
