/// One weighted rubric rule: an item of the scenario the answer should deal with.
public struct Rule: Sendable, Equatable {
    /// Stable id, `<scenario>.<slug>` (`migration.strangler-fig`).
    public var id: String
    /// The source item's text, verbatim. Tools match rules by title.
    public var title: String
    /// The list the item came from (`Your Task`, `Approach Elements`, `During the Mock` …).
    public var section: String
    /// Relative importance; the score is weighted credit over total weight.
    public var weight: Double
    /// Phrases that evidence the rule (see the README's rubric format for how they match).
    public var concepts: [String]
    /// General words that show the answer touches the item but never its substance: a match
    /// of one of these makes the rule `mentioned` at most.
    public var mentions: [String]
    /// What the good practice avoids ("big-bang rewrite"): rejecting one in the answer ("we
    /// would not do a big-bang rewrite") is evidence for the rule; naming one is not.
    public var antipatterns: [String]
    /// Advice shown when the rule is missing or only mentioned.
    public var feedback: String
    /// Different concepts that must match for the rule to count as addressed.
    public var minConcepts: Int
    /// Whether an answer missing this rule fails a batch whatever its score.
    public var required: Bool

    /// Creates a rule.
    public init(
        id: String, title: String, section: String, weight: Double, concepts: [String], feedback: String,
        minConcepts: Int = 1, mentions: [String] = [], antipatterns: [String] = [], required: Bool = false
    ) {
        self.id = id
        self.title = title
        self.section = section
        self.weight = weight
        self.concepts = concepts
        self.feedback = feedback
        self.minConcepts = minConcepts
        self.mentions = mentions
        self.antipatterns = antipatterns
        self.required = required
    }
}
