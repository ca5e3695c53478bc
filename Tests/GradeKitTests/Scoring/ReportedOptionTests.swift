import Testing

@testable import GradeKit

/// What others do, reported and then turned down by the next sentence, is rejected.
@Suite struct ReportedOptionTests {
    func status(_ text: String, _ scenario: String, _ rule: String) throws -> RuleStatus? {
        try BuiltinGrading.status(text, scenario, rule)
    }

    @Test(arguments: [
        ("Some people like to do the whole recognition thing, shout-outs in the all-hands, awards. I'm not really into that, it feels forced.",
         "leadership", "leadership.recognition"),
        ("Many teams reach for a service mesh like Istio at this point to get mTLS and retries. I wouldn't.",
         "migration", "migration.service-mesh"),
        ("A lot of teams would add read replicas for the catalog reads before an event like this. Not for us.",
         "scale", "scale.read-replicas"),
        ("A lot of advice on this topic tells you to set up a recognition programme: kudos bots, shout-outs in the all-hands. I'd skip all of it with a team in this state.",
         "leadership", "leadership.recognition"),
        ("A lot of advice says to set up a recognition programme with kudos bots and awards. I'd skip all of this.",
         "leadership", "leadership.recognition"),
    ])
    func aReportedOptionTurnedDownIsRejected(_ text: String, _ scenario: String, _ rule: String) throws {
        #expect(try status(text, scenario, rule) == .missing)
    }

    @Test(arguments: [
        // The writer's own practice, then a limit on it.
        ("We shift 5% of traffic to the canary and roll back automatically when the error rate breaches the SLO. I wouldn't go higher than that in the first hour.",
         "migration", "migration.progressive-rollout"),
        // A reported option the writer agrees with.
        ("Many teams add read replicas for catalog reads before an event like this, because reads dominate. I'd do that too.",
         "scale", "scale.read-replicas"),
        // Twice negated, or put off until a condition holds.
        ("Most advice says to hold weekly one-on-ones. I never skip them, even in a crunch week, because that's where people tell me they're burning out.",
         "leadership", "leadership.one-on-ones"),
        ("A lot of advice tells you to buy reserved instances on day one. I'd avoid that until we've right-sized, because otherwise you commit to the waste; then a one-year Compute Savings Plan covering 60% of the steady baseline.",
         "cost", "cost.reserved-instances"),
        // A rejection of something else named in the next sentence.
        ("Some teams add read replicas for catalog reads before an event like this, because reads dominate. I wouldn't shard the primary though.",
         "scale", "scale.read-replicas"),
    ])
    func otherwiseTheReportedSentenceKeepsItsItems(_ text: String, _ scenario: String, _ rule: String) throws {
        #expect(try status(text, scenario, rule) == .addressed)
    }

    @Test func turningDownNeedsAPointerOrNothingNamed() {
        func turnsDown(_ text: String) -> Bool { ReportedOption.turnsDown(Analyzer().tokens(text)) != nil }
        #expect(turnsDown("I'm not really into that."))
        #expect(turnsDown("I wouldn't do that here."))
        #expect(turnsDown("I wouldn't."))
        #expect(turnsDown("Not for us."))
        #expect(!turnsDown("I wouldn't shard the primary though."))
        #expect(!turnsDown("I'd do that too."))
    }
}
