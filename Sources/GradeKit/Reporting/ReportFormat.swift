/// The output formats for one graded answer.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// A report for people reading a terminal (``TextReporter``).
    case text
    /// The stable JSON contract for machines (``JSONReporter``).
    case json
    /// GitHub-flavoured Markdown, for a pull request comment or notes (``MarkdownReporter``).
    case markdown
    /// One self-contained HTML page with charts, to open or print (``HTMLReporter``).
    case html

    /// The names accepted on the command line.
    public static var names: [String] { allCases.map(\.rawValue) }
}
