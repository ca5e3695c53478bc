/// A word for where a score stands, so a candidate reads it at a glance.
public enum Band: String, Sendable, Equatable, Codable, CaseIterable {
    /// 80 and above.
    case strong = "Strong"
    /// 60 to under 80.
    case solid = "Solid"
    /// 40 to under 60.
    case developing = "Developing"
    /// Under 40.
    case needsWork = "Needs work"

    /// The band of a 0–100 score.
    public init(score: Double) {
        switch score {
        case 80...: self = .strong
        case 60..<80: self = .solid
        case 40..<60: self = .developing
        default: self = .needsWork
        }
    }
}
