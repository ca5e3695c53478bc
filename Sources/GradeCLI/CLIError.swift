/// An error a command reports as one line on standard error before exiting with status 2.
public struct CLIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The message, naming the file or option and the problem.
    public var message: String
    /// Whether to point the user at `--help`.
    public var showHelpHint: Bool

    /// Creates an error.
    public init(_ message: String, showHelpHint: Bool = false) {
        self.message = message
        self.showHelpHint = showHelpHint
    }

    /// The message.
    public var description: String { message }
}
