import Testing

@testable import GradeKit

/// "X, not Y": choosing one option over another, the terse form of a trade-off.
@Suite struct ContrastTests {
    func holds(_ text: String) -> Bool {
        Contrast.holds(Analyzer().tokens(text), text: text)
    }

    @Test(arguments: [
        "Target tracking on request count per target, not CPU (CPU lags by minutes).",
        "Observability: buy, don't run.",
        "Deactivate the key (not delete: reversible, and the key ID stays for forensics).",
        "Resize the primary a week out — never on the day.",
        "Page the DB on-call straight away, not in 30 minutes.",
    ])
    func aNegatedAlternativeAfterTheChoiceIsAContrast(_ text: String) {
        #expect(holds(text))
    }

    @Test(arguments: [
        "We would not roll back.",
        "No service catalog, no developer portal.",
        "Not in year one, anyway.",
        "I wouldn't rotate the keys, not yet.",
        "Rotate the keys and lock the bucket.",
        "Restore the snapshot, then verify it.",
        // Findings, not choices.
        "The errors are timeouts, not crashes (see the ALB logs).",
        "It's a people problem, not a tooling problem: the team never agreed who owns what.",
        "The bucket was public for three days, not three hours (per CloudTrail).",
        "Most of the spend is EC2, not S3.",
    ])
    func otherNegationsAreNot(_ text: String) {
        #expect(!holds(text))
    }

    @Test func aContrastWithAReasonIsATradeOffInSubstance() throws {
        func status(_ text: String) throws -> RuleStatus? {
            try BuiltinGrading.status(text, "scale", "general.trade-offs")
        }
        #expect(try status("Scale on ALB request count per target, not CPU, because CPU lags the traffic by minutes.") == .addressed)
        #expect(try status("Scale on ALB request count per target, not CPU.") == .mentioned)
        #expect(try status("Scale on ALB request count per target and CPU.") == .missing)
        // Hedged, it still weighs the options.
        #expect(try status("I'd probably scale on request count per target, not CPU, because CPU lags by minutes.") == .addressed)
        // A time or a citation is no reason.
        #expect(try status("Page the DB on-call, not the whole team, at 03:00.") == .mentioned)
        #expect(try status("Scale on request count per target, not CPU (see the AWS docs).") == .mentioned)
        #expect(try status("Scale on request count per target, not CPU (CPU lags by minutes).") == .addressed)
    }
}
