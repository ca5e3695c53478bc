/// The numbers that turn verdicts into a score.
public struct ScoringPolicy: Sendable, Equatable {
    /// Credit for an addressed rule.
    public var addressedCredit: Double
    /// Credit for a rule that is only mentioned. Kept low so a list of buzzwords cannot pass
    /// for an answer: a keyword dump earns about a quarter of what the same rules addressed earn.
    public var mentionedCredit: Double
    /// Evidence items kept per rule.
    public var evidenceLimit: Int

    /// Creates a policy.
    public init(addressedCredit: Double = 1, mentionedCredit: Double = 0.25, evidenceLimit: Int = 3) {
        self.addressedCredit = addressedCredit
        self.mentionedCredit = mentionedCredit
        self.evidenceLimit = evidenceLimit
    }

    /// The default policy.
    public static let standard = ScoringPolicy()

    /// Credit for a status.
    public func credit(for status: RuleStatus) -> Double {
        switch status {
        case .addressed: return addressedCredit
        case .mentioned: return mentionedCredit
        case .missing: return 0
        }
    }
}
