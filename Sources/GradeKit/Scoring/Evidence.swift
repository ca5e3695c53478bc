/// One place in the answer that bears on a rule, so a person can check the verdict.
public struct Evidence: Sendable, Equatable {
    /// How the match counted.
    public enum Role: String, Sendable, Equatable, Codable {
        /// The unit deals with the concept in substance.
        case substance
        /// The concept is only named (bare keyword, heading, list of terms).
        case mention
        /// The concept is negated or rejected here and earns nothing.
        case negated
    }

    /// 1-based source line of the match.
    public var line: Int
    /// The sentence, list item, heading, table row or code line the match is in.
    public var text: String
    /// The rubric concept that matched.
    public var concept: String
    /// The words of the answer that matched it.
    public var matched: String
    /// How the match counted.
    public var role: Role
    /// Why it counted that way, in a few words (shown by `--explain`).
    public var reason: String

    /// Creates evidence.
    public init(line: Int, text: String, concept: String, matched: String, role: Role, reason: String) {
        self.line = line
        self.text = text
        self.concept = concept
        self.matched = matched
        self.role = role
        self.reason = reason
    }
}
