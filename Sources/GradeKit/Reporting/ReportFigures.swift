/// Number and wording formats the single-answer reporters share, so a score, a gain or a
/// change reads the same in text, Markdown and HTML.
enum ReportFigures {
    /// One decimal at most, as people write a score: `72.5`, `70`, `0`.
    static func score(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        let rounded = (value * 10).rounded() / 10 + 0  // + 0: never "-0"
        return rounded.formatted
    }

    /// A change in points with its sign: `+23.4`, `-5`, `±0`.
    static func signed(_ value: Double) -> String {
        let text = score(value)
        if text == "0" { return "±0" }
        return value > 0 ? "+" + text : text
    }

    /// A 0–1 share as a whole percentage: `69%`.
    static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "-" }
        return String(Int((share * 100).rounded())) + "%"
    }

    /// What a rule change says after the rule's title: `mentioned → addressed`,
    /// `new: addressed`, `removed (was mentioned)`.
    static func movement(_ change: BaselineComparison.RuleChange) -> String {
        switch (change.before, change.after) {
        case (let before?, let after?): return "\(before.rawValue) → \(after.rawValue)"
        case (nil, let after?): return "new: \(after.rawValue)"
        case (let before?, nil): return "removed (was \(before.rawValue))"
        case (nil, nil): return ""
        }
    }

    /// The sections of a report in rubric order, each once.
    static func sections(of report: GradeReport) -> [String] {
        var seen: [String] = []
        for verdict in report.rules where !seen.contains(verdict.rule.section) { seen.append(verdict.rule.section) }
        return seen
    }
}

extension ReportFigures {
    /// The evidence a report shows for a rule: what counted (substance and mentions), or,
    /// when nothing counted, the negated matches, so a reader sees why the rule earned
    /// nothing. With `explain`, everything.
    static func evidence(for verdict: RuleVerdict, explain: Bool) -> [Evidence] {
        if explain { return verdict.evidence }
        let counted = verdict.evidence.filter { $0.role != .negated }
        return counted.isEmpty ? verdict.evidence : counted
    }

    /// The mentioned rules, by the points fully addressing each would add, each with the
    /// first place the answer named it: where to expand.
    static func toExpand(_ report: GradeReport) -> [(verdict: RuleVerdict, named: Evidence?)] {
        report.gaps.filter { $0.status == .mentioned }.map { ($0, $0.evidence.first { $0.role == .mention }) }
    }
}
