/// The output formats for a batch of graded answers (`grade batch --format <name>`).
public enum BatchFormat: String, CaseIterable, Sendable {
    /// A summary table and totals for people reading a terminal (``BatchTextReporter``).
    case text
    /// One JSON document: summary, every answer, skipped paths (``BatchJSONReporter/render(_:)``).
    case json
    /// One compact JSON object per answer per line (``BatchJSONReporter/renderLines(_:)``).
    case jsonl
    /// One row per answer with a column per rule, for spreadsheets (``BatchCSVReporter``).
    case csv
    /// JUnit XML for CI test-report viewers (``JUnitReporter``).
    case junit
    /// GitHub Actions workflow commands that annotate failing answers (``GitHubReporter``).
    case github
    /// A GitHub-flavoured Markdown summary, e.g. for `$GITHUB_STEP_SUMMARY` (``BatchMarkdownReporter``).
    case markdown

    /// The names accepted on the command line, in declaration order.
    public static var names: [String] { allCases.map(\.rawValue) }
}
