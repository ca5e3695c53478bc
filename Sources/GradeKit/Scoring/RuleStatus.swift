/// How well an answer covers one rule.
public enum RuleStatus: String, Sendable, Equatable, Codable, CaseIterable, Comparable {
    /// Dealt with in substance: what, how or why.
    case addressed
    /// Named only: a bare keyword, a list item or heading with no substance.
    case mentioned
    /// Absent, or only negated or rejected.
    case missing

    /// Order from best to worst coverage, for sorting.
    var rank: Int {
        switch self {
        case .addressed: return 2
        case .mentioned: return 1
        case .missing: return 0
        }
    }

    /// Orders missing < mentioned < addressed.
    public static func < (lhs: RuleStatus, rhs: RuleStatus) -> Bool { lhs.rank < rhs.rank }
}
