/// How often the answers of a batch missed one rule, for the "rules most often missed" table
/// of the cohort index.
struct MissedRule: Sendable, Equatable {
    /// The rule's id (`migration.strangler-fig`; general rules are shared by every scenario).
    var id: String
    /// The rule's title.
    var title: String
    /// The scenario the rule belongs to, or `nil` for a general rule every scenario has.
    var scenario: String?
    /// Answers that missed it.
    var missing: Int
    /// Answers that only mentioned it.
    var mentioned: Int
    /// Answers graded against a rubric with this rule.
    var answers: Int

    /// Share of those answers that missed it, 0–1.
    var share: Double { answers > 0 ? Double(missing) / Double(answers) : 0 }

    /// The rules missed by at least one graded answer, the most often missed first (then the
    /// higher share of its answers, the most often only mentioned, then by id), at most `limit`.
    static func ranking(_ result: BatchResult, limit: Int = 10) -> [MissedRule] {
        var rules: [String: MissedRule] = [:]
        for item in result.graded {
            guard let report = item.report else { continue }
            for verdict in report.rules {
                let scenario = verdict.rule.id.hasPrefix(report.scenario + ".") ? report.scenario : nil
                var entry = rules[verdict.rule.id] ?? MissedRule(
                    id: verdict.rule.id, title: verdict.rule.title, scenario: scenario, missing: 0, mentioned: 0, answers: 0)
                entry.answers += 1
                if verdict.status == .missing { entry.missing += 1 }
                if verdict.status == .mentioned { entry.mentioned += 1 }
                rules[verdict.rule.id] = entry
            }
        }
        return rules.values.filter { $0.missing > 0 }
            .sorted { ($1.missing, $1.share, $1.mentioned, $0.id) < ($0.missing, $0.share, $0.mentioned, $1.id) }
            .prefix(limit).map { $0 }
    }
}
