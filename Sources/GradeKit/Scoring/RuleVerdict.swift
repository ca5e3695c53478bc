/// The verdict on one rule: its status, the credit it earns and the evidence behind it.
public struct RuleVerdict: Sendable, Equatable {
    /// The rule judged.
    public var rule: Rule
    /// Addressed, mentioned or missing.
    public var status: RuleStatus
    /// Share of the rule's weight earned, 0–1.
    public var credit: Double
    /// Where the answer touches the rule, best first.
    public var evidence: [Evidence]

    /// Creates a verdict.
    public init(rule: Rule, status: RuleStatus, credit: Double, evidence: [Evidence]) {
        self.rule = rule
        self.status = status
        self.credit = credit
        self.evidence = evidence
    }

    /// Weighted points earned.
    public var points: Double { rule.weight * credit }

    /// Weighted points the answer would gain by addressing the rule fully.
    public var pointsToGain: Double { rule.weight * (1 - credit) }
}
