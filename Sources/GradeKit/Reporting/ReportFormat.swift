/// The output formats for one graded answer.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// A report for people reading a terminal.
    case text
    /// The stable JSON contract for machines.
    case json

    /// The names accepted on the command line.
    public static var names: [String] { allCases.map(\.rawValue) }
}
