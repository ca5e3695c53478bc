/// Renders a ``LintResult``: one `file:line:column: severity: message` line per problem for
/// people, editors and CI annotations, or one JSON document for tools.
public struct LintReporter: Sendable {
    /// Creates a reporter.
    public init() {}

    /// One line per problem, in the result's order; nothing when there is none. Control
    /// characters a rubric may hold are made harmless.
    public func text(_ result: LintResult) -> String {
        result.diagnostics.map { TerminalEscaping.line($0.description) + "\n" }.joined()
    }

    /// `{"files": [...], "errors": n, "warnings": n, "diagnostics": [{"file", "line",
    /// "column", "severity", "message"}]}`, deterministic, with a final newline.
    public func json(_ result: LintResult) -> String {
        let diagnostics = result.diagnostics.map { diagnostic -> JSONOutput in
            .object([
                ("file", .string(diagnostic.file)), ("line", .int(diagnostic.location.line)),
                ("column", .int(diagnostic.location.column)), ("severity", .string(diagnostic.severity.rawValue)),
                ("message", .string(diagnostic.message)),
            ])
        }
        let document = JSONOutput.object([
            ("files", .array(result.files.map(JSONOutput.string))), ("errors", .int(result.errorCount)),
            ("warnings", .int(result.warningCount)), ("diagnostics", .array(diagnostics)),
        ])
        return JSONWriter.write(document) + "\n"
    }

    /// `3 files: 1 error, 2 warnings`, for standard error.
    public func summary(_ result: LintResult) -> String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        let problems = result.diagnostics.isEmpty ? "no problems" : "\(count(result.errorCount, "error")), \(count(result.warningCount, "warning"))"
        return "\(count(result.files.count, "file")) checked: \(problems)"
    }
}
