/// What the batch reporters show for one answer, decided once so every format agrees.
extension BatchItem {
    /// `pass`, `fail` or `error`: the answer's result in every batch format.
    var resultLabel: String {
        if error != nil { return "error" }
        return passed ? "pass" : "fail"
    }

    /// How the scenario was chosen and how sure detection was, when graded.
    var scenarioChoice: (source: ScenarioSource, confidence: Double?)? {
        if case .graded(_, let source, let confidence) = outcome { return (source, confidence) }
        return nil
    }

    /// Titles of the `limit` gaps worth most points, heaviest first (none when not graded);
    /// for an answer to another scenario, which scenario that is instead, since every rule
    /// is a gap.
    func topGapTitles(_ limit: Int) -> [String] {
        guard let report else { return [] }
        if let offTopic = report.offTopic { return [offTopic.summary] }
        return report.gaps.prefix(limit).map(\.rule.title)
    }

    /// One line saying why a graded answer failed: its failure reasons, then up to `limit`
    /// missing rules, heaviest first, e.g. `score 42.5 below 60; missing: A, B and 3 more`.
    func failureSummary(missingLimit limit: Int = 3) -> String {
        var parts = failureReasons
        if parts.isEmpty { parts.append("does not pass the batch's gates") }
        if let offTopic = report?.offTopic { return (parts + [offTopic.summary]).joined(separator: "; ") }
        let missing = report?.gaps.filter { $0.status == .missing }.map(\.rule.title) ?? []
        if !missing.isEmpty {
            var list = missing.prefix(limit).joined(separator: ", ")
            if missing.count > limit { list += " and \(missing.count - limit) more" }
            parts.append("missing: " + list)
        }
        return parts.joined(separator: "; ")
    }
}
