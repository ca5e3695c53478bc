/// What `grade lint` found: every problem of every file checked, in a stable order.
public struct LintResult: Sendable, Equatable {
    /// The files checked, in the order they were checked.
    public var files: [String]
    /// Every problem, by file (in ``files`` order), then line and column, errors before
    /// warnings at the same place.
    public var diagnostics: [RubricDiagnostic]

    /// Creates a result, putting `diagnostics` in the documented order.
    public init(files: [String], diagnostics: [RubricDiagnostic]) {
        self.files = files
        let rank = Dictionary(files.enumerated().map { ($0.element, $0.offset) }) { first, _ in first }
        self.diagnostics = diagnostics.enumerated().sorted { a, b in
            let left = (rank[a.element.file] ?? files.count, a.element.location.line, a.element.location.column)
            let right = (rank[b.element.file] ?? files.count, b.element.location.line, b.element.location.column)
            if left != right { return left < right }
            if a.element.file != b.element.file { return a.element.file < b.element.file }
            if a.element.severity != b.element.severity { return a.element.severity < b.element.severity }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// How many errors were found.
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    /// How many warnings were found.
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
