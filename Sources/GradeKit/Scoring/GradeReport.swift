/// The result of grading one answer against one scenario.
public struct GradeReport: Sendable, Equatable {
    /// The answer's path as given by the user (`-` for standard input).
    public var file: String
    /// The scenario's id.
    public var scenario: String
    /// The scenario's title.
    public var scenarioTitle: String
    /// Weighted credit over total weight, 0–100, rounded to one decimal.
    public var score: Double
    /// Every rule of the scenario, general rules included, in rubric order.
    public var rules: [RuleVerdict]
    /// Number of words in the answer.
    public var wordCount: Int
    /// Notes on the grading itself (an empty answer, a lossy read …).
    public var notes: [String]
    /// The scenario the answer turned out to answer instead, when it is off topic
    /// (``TopicCheck``).
    public var offTopic: OffTopic?

    /// Creates a report.
    public init(
        file: String, scenario: String, scenarioTitle: String, score: Double, rules: [RuleVerdict], wordCount: Int,
        notes: [String], offTopic: OffTopic? = nil
    ) {
        self.file = file
        self.scenario = scenario
        self.scenarioTitle = scenarioTitle
        self.score = score
        self.rules = rules
        self.wordCount = wordCount
        self.notes = notes
        self.offTopic = offTopic
    }

    /// The score's band.
    public var band: Band { Band(score: score) }

    /// Rules not fully addressed, the ones worth most points first (ties in rubric order).
    public var gaps: [RuleVerdict] {
        rules.enumerated()
            .filter { $0.element.status != .addressed }
            .sorted { ($1.element.pointsToGain, $0.offset) < ($0.element.pointsToGain, $1.offset) }
            .map(\.element)
    }

    /// Sum of all rule weights.
    public var totalWeight: Double { rules.reduce(0) { $0 + $1.rule.weight } }

    /// How many score points (0–100 scale) fully addressing `verdict` would add.
    public func scoreGain(_ verdict: RuleVerdict) -> Double {
        let total = totalWeight
        return total > 0 ? verdict.pointsToGain / total * 100 : 0
    }

    /// Rule count per status.
    public func count(_ status: RuleStatus) -> Int {
        rules.filter { $0.status == status }.count
    }
}
