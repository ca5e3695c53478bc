/// Tells an answer to another scenario from a weak answer to this one.
///
/// Scenarios share a domain, so an answer to the cost scenario ("turn on the Cost and Usage
/// Report", "S3 lifecycle rules") brushes against items of the outage scenario (tools, logs).
/// Graded against the wrong scenario, such an answer collects mentions and the odd addressed
/// item that no reader would credit. The check runs in two steps, and only for an answer that
/// covers little of its scenario (below ``lowCoverage``), so a real answer never pays for it:
///
/// 1. ``candidate(for:scenario:)`` picks the scenario whose vocabulary the answer uses most:
///    per scenario, the weighted share of its own rules (general rules left out) with a
///    concept whose terms all occur somewhere in the answer. Word order, negation and
///    substance play no part; this step is cheap and only chooses what to grade against.
/// 2. The grader grades the answer against that candidate. The answer is off topic when the
///    candidate's coverage is at least ``minimumOther`` and ``ratio`` times this scenario's.
///
/// On the fixtures the margin is wide: answers to another scenario cover 3–11% of the scenario
/// they are graded against and 65–100% of their own (a ratio of 8 or more), while the closest
/// on-topic answer to another scenario has a ratio of 1.1.
public struct TopicCheck: Sendable {
    /// One scenario's vocabulary: per own rule, its weight and its concepts' terms.
    struct Vocabulary: Sendable {
        var id: String
        var rules: [(weight: Double, concepts: [[String]])]
        var totalWeight: Double
    }

    /// Coverage (0–100, own rules only) below which the answer is checked.
    public static let lowCoverage = 20.0
    /// Coverage (0–100) the other scenario must reach.
    public static let minimumOther = 40.0
    /// How many times this scenario's coverage the other's must be.
    public static let ratio = 3.0

    let vocabularies: [Vocabulary]

    /// The vocabularies of every scenario in `rubrics`, analysed with `synonyms`.
    init(rubrics: RubricSet, synonyms: SynonymMap) {
        let analyzer = Analyzer(synonyms: synonyms, vocabulary: [])
        vocabularies = rubrics.scenarios.map { rubric in
            let rules = rubric.rules.map { rule in
                (weight: rule.weight, concepts: rule.concepts.map(analyzer.conceptTerms).filter { !$0.isEmpty })
            }
            return Vocabulary(id: rubric.id, rules: rules, totalWeight: rules.reduce(0) { $0 + $1.weight })
        }
    }

    /// Whether a report's coverage of its own scenario is low enough to check the topic.
    static func needsCheck(coverage: Double) -> Bool {
        coverage < lowCoverage
    }

    /// The other scenario whose vocabulary the answer's `terms` use most, if it uses it more
    /// than `scenario`'s.
    func candidate(for terms: Set<String>, scenario: String) -> String? {
        var own = 0.0
        var best: (id: String, share: Double)?
        for vocabulary in vocabularies where vocabulary.totalWeight > 0 {
            let touched = vocabulary.rules.reduce(0.0) { sum, rule in
                rule.concepts.contains { $0.allSatisfy(terms.contains) } ? sum + rule.weight : sum
            }
            let share = touched / vocabulary.totalWeight
            if vocabulary.id == scenario {
                own = share
            } else if share > best?.share ?? 0 {
                best = (vocabulary.id, share)
            }
        }
        guard let best, best.share > own else { return nil }
        return best.id
    }

    /// Whether coverage `other` of another scenario, against `own` of the graded one, makes
    /// the answer one to the other scenario.
    static func isOffTopic(own: Double, other: Double) -> Bool {
        other >= minimumOther && other >= own * ratio
    }
}

/// The scenario an answer turned out to be about.
public struct OffTopic: Sendable, Equatable {
    /// The other scenario's id.
    public var scenario: String
    /// Its title.
    public var title: String
    /// The answer's coverage of the other scenario's own rules, 0–100.
    public var coverage: Double
    /// Its coverage of the graded scenario's own rules, 0–100.
    public var ownCoverage: Double

    /// The note the report carries.
    var note: String {
        "off topic: this reads as an answer to the \(title) scenario (\(scenario)): it covers \(coverage.oneDecimal)% of "
            + "that scenario's items and \(ownCoverage.oneDecimal)% of this one's, so no rule is credited; "
            + "if that is the question it answers, grade it with --scenario \(scenario)"
    }
}
