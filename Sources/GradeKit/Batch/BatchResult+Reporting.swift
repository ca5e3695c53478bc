/// Figures the batch reporters share, computed one way for every format.
extension BatchResult {
    /// The scenario ids of the graded answers, sorted, each once.
    var scenarioIDs: [String] {
        Array(Set(graded.compactMap { $0.report?.scenario })).sorted()
    }

    /// Graded answers per 10-point score bucket, highest bucket first; the top bucket
    /// (90–100) includes 100.
    var scoreBuckets: [ScoreBucket] {
        var counts = Array(repeating: 0, count: 10)
        for item in graded {
            guard let score = item.report?.score, score.isFinite else { continue }
            counts[min(9, max(0, Int(score / 10)))] += 1
        }
        return (0..<10).reversed().map { ScoreBucket(lower: $0 * 10, upper: $0 == 9 ? 100 : $0 * 10 + 9, count: counts[$0]) }
    }

    /// The gates in words, e.g. `fail under 60, min pass rate 80%`, or `none`.
    var gatesDescription: String {
        var parts: [String] = []
        if let failUnder = gates.failUnder { parts.append("fail under \(JSONWriter.format(failUnder))") }
        if let minimum = gates.minPassRate { parts.append("min pass rate \(JSONWriter.format(minimum))%") }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }
}

extension BatchResult {
    /// Whether any gate is set (`--fail-under` or `--min-pass-rate`).
    var hasGates: Bool { gates.failUnder != nil || gates.minPassRate != nil }

    /// The gates and whether the batch meets them: `fail under 60 (not met)`, or `none`.
    var gatesVerdict: String {
        hasGates ? gatesDescription + (meetsGates ? " (met)" : " (not met)") : gatesDescription
    }
}
