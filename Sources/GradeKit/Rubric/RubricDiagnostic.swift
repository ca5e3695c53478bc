/// One problem found in a rubric file: where it is, how serious, and what to do about it.
///
/// The loader stops at the first error; `grade lint` collects every diagnostic of every
/// file so an author can fix them all in one pass.
public struct RubricDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Equatable, Comparable {
        /// The file cannot be used as written: it does not load, or a rule can never match.
        case error
        /// The file loads, but something in it is probably not what the author meant.
        case warning

        /// Errors sort before warnings.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// How serious the problem is.
    public var severity: Severity
    /// The file, as the user named it.
    public var file: String
    /// Where in the file; problems with the whole file point at its first character.
    public var location: SourceLocation
    /// What is wrong and, where possible, what to do.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, file: String, location: SourceLocation, message: String) {
        self.severity = severity
        self.file = file
        self.location = location
        self.message = message
    }

    /// An error diagnostic from a loader error; a problem without a location points at 1:1.
    public init(_ error: RubricError) {
        self.init(.error, file: error.file, location: error.location ?? SourceLocation(line: 1, column: 1), message: error.message)
    }

    /// `file:line:column: error|warning: message`, the form editors and CI annotations understand.
    public var description: String {
        "\(file):\(location.line):\(location.column): \(severity.rawValue): \(message)"
    }

    /// The diagnostic as the error the loader throws.
    public var error: RubricError {
        RubricError(file: file, location: location, message: message)
    }
}
