/// A hand-labelled answer: the expected status of every rule and an overall rating, written
/// by a person before the grader was tuned.
public struct LabelledAnswer: Sendable, Equatable {
    /// Path of the answer's Markdown file.
    public var answerPath: String
    /// Path of the labels file.
    public var labelsPath: String
    /// Scenario id the labels refer to.
    public var scenario: String
    /// Overall rating 1–5 a fair senior interviewer would give.
    public var rating: Int
    /// Expected status by rule title.
    public var labels: [String: RuleStatus]

    /// Creates a labelled answer.
    public init(answerPath: String, labelsPath: String, scenario: String, rating: Int, labels: [String: RuleStatus]) {
        self.answerPath = answerPath
        self.labelsPath = labelsPath
        self.scenario = scenario
        self.rating = rating
        self.labels = labels
    }

    /// Decodes a `*.labels.json` file: `{"scenario": "…", "rating": 1-5, "labels": {"<rule title>": "addressed|mentioned|missing"}}`.
    public static func decode(_ bytes: [UInt8], labelsPath: String, answerPath: String) throws(RubricError) -> LabelledAnswer {
        let root = try RubricDecoder.parse(bytes, file: labelsPath)
        let object = try JSONObjectReader(root, file: labelsPath, what: "the labels file")
        try object.checkKeys(["scenario", "rating", "labels", "notes"])
        let scenario = try object.string("scenario")
        guard let (rating, location) = try object.optionalInteger("rating") else {
            throw RubricError(file: labelsPath, location: root.location, message: "the labels file is missing required key 'rating'")
        }
        guard (1...5).contains(rating) else {
            throw RubricError(file: labelsPath, location: location, message: "'rating' must be 1 to 5")
        }
        let labelsNode = try object.required("labels")
        guard case .object(let members) = labelsNode.value else {
            throw object.typeError("labels", "an object", labelsNode)
        }
        var labels: [String: RuleStatus] = [:]
        for member in members {
            guard case .string(let text) = member.value.value, let status = RuleStatus(rawValue: text) else {
                throw RubricError(
                    file: labelsPath, location: member.value.location,
                    message: "label of '\(member.key)' must be \"addressed\", \"mentioned\" or \"missing\"")
            }
            labels[member.key] = status
        }
        return LabelledAnswer(answerPath: answerPath, labelsPath: labelsPath, scenario: scenario, rating: rating, labels: labels)
    }
}
