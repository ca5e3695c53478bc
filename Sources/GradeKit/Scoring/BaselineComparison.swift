/// What changed between an earlier attempt (a ``Baseline``) and a new report of the same
/// scenario: the score and, rule by rule, what improved or regressed.
public struct BaselineComparison: Sendable, Equatable {
    /// How one rule moved.
    public enum Change: String, Sendable, Equatable, CaseIterable {
        /// A better status than before (missing → mentioned → addressed).
        case improved
        /// A worse status than before.
        case regressed
        /// The same status.
        case unchanged
        /// A rule the baseline did not have (the rubric gained it since).
        case added = "new"
        /// A baseline rule the rubric no longer has.
        case removed
    }

    /// One rule then and now.
    public struct RuleChange: Sendable, Equatable {
        /// The rule's id (the report's, or the baseline's for a removed rule).
        public var id: String
        /// The rule's title.
        public var title: String
        /// The status in the baseline; `nil` for a new rule.
        public var before: RuleStatus?
        /// The status now; `nil` for a removed rule.
        public var after: RuleStatus?

        /// Creates a rule change.
        public init(id: String, title: String, before: RuleStatus?, after: RuleStatus?) {
            self.id = id
            self.title = title
            self.before = before
            self.after = after
        }

        /// How the rule moved.
        public var change: Change {
            guard let before else { return .added }
            guard let after else { return .removed }
            if after > before { return .improved }
            if after < before { return .regressed }
            return .unchanged
        }
    }

    /// The earlier attempt.
    public var baseline: Baseline
    /// The new score minus the baseline's, rounded to one decimal.
    public var scoreDelta: Double
    /// Every rule of the report in rubric order, then any baseline rule the report lacks.
    public var rules: [RuleChange]

    /// Compares `report` with `baseline`, matching rules by title (tools match rules by title)
    /// and then by id, so a rule whose title was corrected is still followed.
    ///
    /// Throws when the baseline is for another scenario: the rules would not line up.
    public init(report: GradeReport, baseline: Baseline) throws(BaselineError) {
        guard baseline.scenario == report.scenario else {
            throw BaselineError(
                file: baseline.source,
                message: "the baseline is a result for scenario '\(baseline.scenario)', not '\(report.scenario)'; compare attempts at the same scenario")
        }
        var unused = Array(baseline.rules.indices)
        func take(_ matches: (Baseline.RuleResult) -> Bool) -> Baseline.RuleResult? {
            guard let position = unused.firstIndex(where: { matches(baseline.rules[$0]) }) else { return nil }
            return baseline.rules[unused.remove(at: position)]
        }
        var rules: [RuleChange] = []
        var unmatched: [Int] = []
        for (index, verdict) in report.rules.enumerated() {
            if let earlier = take({ $0.title == verdict.rule.title }) {
                rules.append(RuleChange(id: verdict.rule.id, title: verdict.rule.title, before: earlier.status, after: verdict.status))
            } else {
                rules.append(RuleChange(id: verdict.rule.id, title: verdict.rule.title, before: nil, after: verdict.status))
                unmatched.append(index)
            }
        }
        // Titles first for every rule, then ids, so a renamed rule cannot take the baseline
        // entry of a rule that kept its title.
        for index in unmatched {
            let verdict = report.rules[index]
            if let earlier = take({ $0.id == verdict.rule.id }) { rules[index].before = earlier.status }
        }
        for index in unused {
            let earlier = baseline.rules[index]
            rules.append(RuleChange(id: earlier.id, title: earlier.title, before: earlier.status, after: nil))
        }
        self.baseline = baseline
        self.scoreDelta = ((report.score - baseline.score) * 10).rounded() / 10 + 0  // + 0: no "-0"
        self.rules = rules
    }

    /// The rules that moved, improved or regressed (and new or removed ones), in order.
    public var changed: [RuleChange] { rules.filter { $0.change != .unchanged } }

    /// How many rules moved the given way.
    public func count(_ change: Change) -> Int {
        rules.filter { $0.change == change }.count
    }
}
