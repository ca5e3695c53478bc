import Foundation

/// The grader measured against hand labels: agreement overall, per scenario and per rule,
/// the rank correlation of scores with the hand ratings, and every disagreement.
public struct Calibration: Sendable {
    /// One graded fixture.
    public struct Item: Sendable {
        /// The labelled answer.
        public var answer: LabelledAnswer
        /// The grader's report on it.
        public var report: GradeReport
    }

    /// One rule where the grader and the label differ.
    public struct Disagreement: Sendable, Equatable {
        /// The answer file.
        public var file: String
        /// The scenario.
        public var scenario: String
        /// The rule.
        public var rule: Rule
        /// What the label says.
        public var label: RuleStatus
        /// What the grader said.
        public var predicted: RuleStatus
        /// The grader's evidence.
        public var evidence: [Evidence]
    }

    /// Every graded fixture, in path order.
    public let items: [Item]

    /// Grades every labelled answer with `grader`. A label naming a rule the rubric lacks, or
    /// a rubric rule without a label, is an error: labels must cover the rubric exactly.
    public init(answers: [LabelledAnswer], grader: Grader) throws(RubricError) {
        var compiled: [String: CompiledRubric] = [:]
        var items: [Item] = []
        for answer in answers {
            let rubric: Rubric
            do {
                rubric = try grader.rubrics.scenario(named: answer.scenario)
            } catch {
                throw RubricError(file: answer.labelsPath, location: nil, message: error.description)
            }
            let ready = compiled[rubric.id] ?? grader.compile(rubric)
            compiled[rubric.id] = ready
            let titles = Set(ready.rules.map(\.title))
            if let stray = answer.labels.keys.sorted().first(where: { !titles.contains($0) }) {
                throw RubricError(file: answer.labelsPath, location: nil, message: "label for unknown rule '\(stray)'")
            }
            if let unlabelled = ready.rules.first(where: { answer.labels[$0.title] == nil }) {
                throw RubricError(file: answer.labelsPath, location: nil, message: "no label for rule '\(unlabelled.title)'")
            }
            guard let data = FileManager.default.contents(atPath: answer.answerPath) else {
                throw RubricError(file: answer.answerPath, location: nil, message: "cannot read file")
            }
            let text = String(decoding: data, as: UTF8.self)
            items.append(Item(answer: answer, report: grader.grade(text, file: answer.answerPath, rubric: ready)))
        }
        self.items = items
    }

    /// Agreement over every rule of every fixture.
    public var overall: AgreementStatistics {
        statistics { _, _ in true }
    }

    /// Agreement per scenario id.
    public var byScenario: [(scenario: String, statistics: AgreementStatistics)] {
        let ids = items.map(\.report.scenario).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return ids.map { id in (id, statistics { item, _ in item.report.scenario == id }) }
    }

    /// Agreement per rule id, in first-seen order.
    public var byRule: [(rule: Rule, statistics: AgreementStatistics)] {
        var order: [Rule] = []
        for item in items {
            for verdict in item.report.rules where !order.contains(where: { $0.id == verdict.rule.id }) { order.append(verdict.rule) }
        }
        return order.map { rule in (rule, statistics { _, verdict in verdict.rule.id == rule.id }) }
    }

    /// Spearman correlation of the grader's scores with the hand ratings.
    public var scoreRatingCorrelation: Double {
        AgreementStatistics.spearman(items.map(\.report.score), items.map { Double($0.answer.rating) })
    }

    /// Every rule where verdict and label differ, in fixture then rubric order.
    public var disagreements: [Disagreement] {
        items.flatMap { item in
            item.report.rules.compactMap { verdict in
                guard let label = item.answer.labels[verdict.rule.title], label != verdict.status else { return nil }
                return Disagreement(
                    file: item.answer.answerPath, scenario: item.report.scenario, rule: verdict.rule, label: label,
                    predicted: verdict.status, evidence: verdict.evidence)
            }
        }
    }

    private func statistics(_ include: (Item, RuleVerdict) -> Bool) -> AgreementStatistics {
        var stats = AgreementStatistics()
        for item in items {
            for verdict in item.report.rules where include(item, verdict) {
                if let label = item.answer.labels[verdict.rule.title] { stats.add(label: label, predicted: verdict.status) }
            }
        }
        return stats
    }
}
