/// Writes a batch as a GitHub-flavoured Markdown summary, for `$GITHUB_STEP_SUMMARY`, a pull
/// request comment or a coach's notes.
///
/// A heading, a totals line, a table of every answer (file, scenario, score, band, result, top
/// gaps), tables of why answers failed, of errors and of skipped paths, and the distribution of
/// scores. Everything taken from an answer, a path or a rubric goes through
/// ``MarkdownEscaping`` and sits in a table cell, so it shows as text: it cannot become HTML,
/// a link, an image or a new row.
public struct BatchMarkdownReporter: Sendable {
    /// How many gaps the answers table shows per answer.
    public var topGaps: Int

    /// Creates the reporter.
    public init(topGaps: Int = 2) {
        self.topGaps = topGaps
    }

    /// The Markdown text, ending in a newline.
    public func render(_ result: BatchResult) -> String {
        var out = "## grade: batch results\n\n"
        out += totals(result) + "\n"

        if result.items.isEmpty {
            out += "\nNo answers were graded.\n"
        } else {
            out += "\n| File | Scenario | Score | Band | Result | Top gaps |\n"
            out += "| --- | --- | ---: | --- | --- | --- |\n"
            for item in result.items {
                if let report = item.report {
                    out += row([
                        item.path, report.scenario, BatchFigures.oneDecimal(report.score), report.band.rawValue,
                        resultLabel(item), item.topGapTitles(topGaps).joined(separator: "; "),
                    ])
                } else {
                    out += row([item.path, "", "", "", resultLabel(item), ""])
                }
            }
        }

        let failing = result.failing
        if !failing.isEmpty {
            out += "\n### Failed (\(failing.count))\n\n| File | Why |\n| --- | --- |\n"
            for item in failing { out += row([item.path, item.failureSummary()]) }
        }
        let errors = result.errors
        if !errors.isEmpty {
            out += "\n### Errors (\(errors.count))\n\n| File | Error |\n| --- | --- |\n"
            for item in errors { out += row([item.path, item.error ?? ""]) }
        }
        if !result.skipped.isEmpty {
            out += "\n### Skipped (\(result.skipped.count))\n\n| Path | Reason |\n| --- | --- |\n"
            for skipped in result.skipped { out += row([skipped.path, skipped.reason]) }
        }
        if !result.graded.isEmpty {
            let buckets = result.scoreBuckets
            let largest = buckets.map(\.count).max() ?? 0
            out += "\n### Score distribution\n\n| Score | Answers | |\n| --- | ---: | --- |\n"
            for bucket in buckets { out += row([bucket.label, String(bucket.count), bucket.bar(largest: largest)]) }
        }
        return out
    }

    private func totals(_ result: BatchResult) -> String {
        let bands = result.bandCounts.map { "\($0.band.rawValue) \($0.count)" }.joined(separator: ", ")
        let parts = [
            "**\(result.items.count) \(result.items.count == 1 ? "answer" : "answers")**", "passed \(result.passing.count)", "failed \(result.failing.count)",
            "errors \(result.errors.count)", "skipped \(result.skipped.count)",
            "mean score \(BatchFigures.oneDecimal(result.meanScore))", "pass rate \(BatchFigures.percent(result.passRate))",
            "gates: \(MarkdownEscaping.escape(result.gatesVerdict))", "bands: \(bands)",
        ]
        return parts.joined(separator: " · ")
    }

    private func resultLabel(_ item: BatchItem) -> String {
        switch item.resultLabel {
        case "pass": return "✅ pass"
        case "fail": return "❌ fail"
        default: return "⚠️ error"
        }
    }

    private func row(_ cells: [String]) -> String {
        "| " + cells.map(MarkdownEscaping.escape).joined(separator: " | ") + " |\n"
    }
}
