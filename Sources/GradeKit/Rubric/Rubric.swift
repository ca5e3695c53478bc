/// A scenario's rubric: its prompt and the rules an answer is graded against.
public struct Rubric: Sendable, Equatable {
    /// Short id used on the command line (`migration`).
    public var id: String
    /// The scenario's number in the source document (1–8 for the built-in set).
    public var number: Int
    /// Human title (`Migration Project`).
    public var title: String
    /// The situation text, as in the source document.
    public var situation: String
    /// The "Your Task" items, verbatim.
    public var tasks: [String]
    /// The scenario's own rules (general rules are added by ``RubricSet``).
    public var rules: [Rule]

    /// Creates a rubric.
    public init(id: String, number: Int, title: String, situation: String, tasks: [String], rules: [Rule]) {
        self.id = id
        self.number = number
        self.title = title
        self.situation = situation
        self.tasks = tasks
        self.rules = rules
    }
}
