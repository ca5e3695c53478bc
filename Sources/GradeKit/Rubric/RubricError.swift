/// A problem with a rubric file, located as precisely as the problem allows.
public struct RubricError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file the problem is in, as the user named it.
    public var file: String
    /// Where in the file, when known.
    public var location: SourceLocation?
    /// What is wrong and, where possible, what was expected.
    public var message: String

    /// Creates an error.
    public init(file: String, location: SourceLocation?, message: String) {
        self.file = file
        self.location = location
        self.message = message
    }

    /// `file:line:column: message`, the form editors and CI annotations understand.
    public var description: String {
        if let location { return "\(file):\(location.line):\(location.column): \(message)" }
        return "\(file): \(message)"
    }
}
