/// Writes a batch for GitHub Actions: workflow commands that annotate failing answers in the
/// run and on the pull request, and a Markdown summary for the job page.
///
/// ``render(_:)`` gives one line per command, for standard output:
///
/// - `::error file=<path>,line=1,title=grade: <scenario> <score>/100::<why>` for every graded
///   answer that fails the gates (line 1: the verdict is about the whole answer);
/// - `::error file=<path>,title=grade: could not grade::<message>` for every answer that
///   could not be graded;
/// - `::error title=grade::pass rate … below the minimum …` when `--min-pass-rate` is not met;
/// - a last `::notice title=grade::…` line with the totals.
///
/// Values go through ``WorkflowCommandEscaping``, so no line holds a raw line break and
/// nothing in an answer can start a command of its own. GitHub shows at most 10 error
/// annotations per step; every line still appears in the log.
public struct GitHubReporter: Sendable {
    /// Creates the reporter.
    public init() {}

    /// The workflow-command lines, each ending in a newline.
    public func render(_ result: BatchResult) -> String {
        var lines: [String] = []
        for item in result.items {
            if let report = item.report {
                guard !item.passed else { continue }
                let title = "grade: \(report.scenario) \(BatchFigures.oneDecimal(report.score))/100"
                lines.append(
                    command("error", ["file": item.path, "line": "1", "title": title], item.failureSummary()))
            } else {
                lines.append(
                    command("error", ["file": item.path, "title": "grade: could not grade"], item.error ?? ""))
            }
        }
        if let minimum = result.gates.minPassRate, !result.meetsGates {
            let message = "pass rate \(BatchFigures.percent(result.passRate)) below the minimum \(JSONWriter.format(minimum))%"
            lines.append(command("error", ["title": "grade"], message))
        }
        lines.append(command("notice", ["title": "grade"], summary(result)))
        return lines.map { $0 + "\n" }.joined()
    }

    /// The Markdown to append to `$GITHUB_STEP_SUMMARY`: the same as ``BatchMarkdownReporter``.
    public func summaryMarkdown(_ result: BatchResult) -> String {
        BatchMarkdownReporter().render(result)
    }

    /// `::name key=value,…::message`, properties in a fixed order (file, line, title).
    private func command(_ name: String, _ properties: [String: String], _ message: String) -> String {
        let order = ["file", "line", "title"]
        let list = order.compactMap { key in properties[key].map { "\(key)=\(WorkflowCommandEscaping.property($0))" } }
        let head = list.isEmpty ? name : name + " " + list.joined(separator: ",")
        return "::\(head)::\(WorkflowCommandEscaping.data(message))"
    }

    private func summary(_ result: BatchResult) -> String {
        let counts = [
            "answers \(result.items.count)", "graded \(result.graded.count)", "passed \(result.passing.count)",
            "failed \(result.failing.count)", "errors \(result.errors.count)", "skipped \(result.skipped.count)",
        ]
        return [
            counts.joined(separator: ", "), "mean score \(BatchFigures.oneDecimal(result.meanScore))",
            "pass rate \(BatchFigures.percent(result.passRate))", "gates: \(result.gatesVerdict)",
        ].joined(separator: "; ")
    }
}
