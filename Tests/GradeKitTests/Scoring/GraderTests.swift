import Testing

@testable import GradeKit

@Suite struct GraderTests {
    @Test func everyRuleGetsAVerdictInRubricOrder() {
        let report = DemoRubric.grade("")
        #expect(report.rules.map(\.rule.id) == ["demo.rollback", "demo.replicas", "demo.postmortem", "general.trade-offs", "general.depth"])
        #expect(report.rules.allSatisfy { $0.status == .missing && $0.credit == 0 && $0.evidence.isEmpty })
        #expect(report.score == 0)
        #expect(report.notes.contains { $0.contains("empty") })
    }

    @Test func substanceIsAddressedWithEvidence() {
        let report = DemoRubric.grade(
            "# Plan\n\nIf the deploy is the cause, I would roll back to the previous version using the pipeline.\n")
        let rollback = report.rules[0]
        #expect(rollback.status == .addressed)
        #expect(rollback.credit == 1)
        #expect(rollback.evidence.first?.line == 3)
        #expect(rollback.evidence.first?.role == .substance)
        #expect(rollback.evidence.first?.text.hasPrefix("If the deploy") == true)
    }

    @Test func bareKeywordsAndHeadingsAreMentions() {
        let report = DemoRubric.grade("## Rollback\n\n- read replicas\n")
        #expect(report.rules[0].status == .mentioned)
        #expect(report.rules[0].evidence.first?.reason == "named in a heading")
        #expect(report.rules[1].status == .mentioned)
        #expect(report.rules[1].credit == ScoringPolicy.standard.mentionedCredit)
    }

    @Test func aRunOfTermsIsAMention() {
        let report = DemoRubric.grade("Rollback, read replicas, post-mortem, trade-offs.")
        #expect(report.rules.prefix(4).allSatisfy { $0.status == .mentioned }, "\(report.rules.map(\.status))")
    }

    @Test func minConceptsNeedsSeveralDifferentConcepts() {
        let one = DemoRubric.grade("I would check pg_stat_activity for long running queries on the primary.")
        #expect(one.rules[4].status == .mentioned)
        let two = DemoRubric.grade(
            "I would check pg_stat_activity for long running queries and put PgBouncer in front to pool connections.")
        #expect(two.rules[4].status == .addressed)
    }

    @Test func aBroadRuleIsShownNotNamed() {
        // Technical depth (minConcepts 2) from a list of tools: nothing shown, not even a mention.
        let list = DemoRubric.grade("pg_stat_activity, PgBouncer, EXPLAIN ANALYZE, read replicas")
        #expect(list.rules[4].status == .missing, "\(list.rules[4].evidence.map(\.reason))")
        let heading = DemoRubric.grade("## pg_stat_activity and PgBouncer")
        #expect(heading.rules[4].status == .missing)
        // One sentence that says something about a tool is a mention of depth.
        let said = DemoRubric.grade("I would check pg_stat_activity for long running queries on the primary.")
        #expect(said.rules[4].status == .mentioned)
    }

    @Test func scoreIsWeightedCreditOverTotalWeight() {
        // rollback (2) addressed + replicas (3) addressed = 5 of 10 weight.
        let report = DemoRubric.grade(
            "First I would roll back the release to the previous version.\n\nThen add read replicas so reporting queries stop hitting the primary.")
        #expect(report.rules[0].status == .addressed)
        #expect(report.rules[1].status == .addressed)
        #expect(report.score == 50)
        #expect(report.band == .developing)
    }

    @Test func gapsAreOrderedByPointsToGain() {
        let report = DemoRubric.grade("We would roll back the release to the previous version quickly.")
        #expect(report.gaps.map(\.rule.id) == ["demo.replicas", "demo.postmortem", "general.trade-offs", "general.depth"])
    }

    @Test func gradingIsDeterministic() {
        let text = "Roll back first. Then read replicas for the reporting load; a post-mortem after, with kubectl and pgbouncer."
        #expect(DemoRubric.grade(text) == DemoRubric.grade(text))
    }

    @Test(arguments: [80.0, 79.9, 60, 59.9, 40, 39.9, 0])
    func bands(_ score: Double) {
        let expected: Band = score >= 80 ? .strong : score >= 60 ? .solid : score >= 40 ? .developing : .needsWork
        #expect(Band(score: score) == expected)
    }
}
