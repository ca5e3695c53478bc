/// Collects the diagnostics of one rubric file in the order they are found.
///
/// The decoder reports through a log instead of throwing so that `grade lint` can show
/// every problem at once; the loader throws the first error, which is the one the
/// decoder would have stopped at.
struct DiagnosticLog {
    /// The file the diagnostics are about.
    let file: String
    /// Everything found so far, in discovery order.
    private(set) var diagnostics: [RubricDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// Whether any error (not just warnings) was found.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The first error found, as the loader reports it.
    var firstError: RubricError? { diagnostics.first { $0.severity == .error }?.error }

    mutating func error(_ message: String, at location: SourceLocation?) {
        diagnostics.append(RubricDiagnostic(RubricError(file: file, location: location, message: message)))
    }

    mutating func warning(_ message: String, at location: SourceLocation) {
        diagnostics.append(RubricDiagnostic(.warning, file: file, location: location, message: message))
    }

    mutating func record(_ error: RubricError) {
        diagnostics.append(RubricDiagnostic(error))
    }

    mutating func record(_ errors: [RubricError]) {
        for error in errors { record(error) }
    }

    mutating func append(_ other: [RubricDiagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    /// Runs one throwing read; its error is logged and the read yields nil, so decoding goes
    /// on to find the next problem.
    mutating func attempt<T>(_ read: () throws(RubricError) -> T) -> T? {
        do {
            return try read()
        } catch {
            record(error)
            return nil
        }
    }
}
