/// The rubrics of an imported document and every problem found, sorted by line.
public struct ImportResult: Sendable, Equatable {
    /// One rubric per scenario that could be made.
    public var rubrics: [Rubric]
    /// Errors (nothing should be written) and warnings (parts of the document not imported).
    public var diagnostics: [RubricDiagnostic]

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
