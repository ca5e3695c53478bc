/// A baseline (`--baseline previous.json`) that cannot be compared with: unreadable, not
/// JSON, not a `grade --format json` result, or a result for another scenario.
public struct BaselineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The baseline file, as the user named it.
    public var file: String
    /// Where in the file, when the problem has a place.
    public var location: SourceLocation?
    /// What is wrong and what to do.
    public var message: String

    /// Creates an error.
    public init(file: String, location: SourceLocation? = nil, message: String) {
        self.file = file
        self.location = location
        self.message = message
    }

    /// `file:line:column: message`, or `file: message` without a location; one line.
    public var description: String {
        if let location { return "\(file):\(location.line):\(location.column): \(message)" }
        return "\(file): \(message)"
    }
}
