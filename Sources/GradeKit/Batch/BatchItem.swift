/// One answer of a batch and what became of it.
public struct BatchItem: Sendable, Equatable {
    /// How the answer's scenario was decided.
    public enum ScenarioSource: String, Sendable, Equatable {
        /// `--scenario <id>` for the whole batch.
        case option
        /// A `scenario:` key in the answer's front matter.
        case frontMatter = "front-matter"
        /// A directory or file name that is a scenario id (`answers/migration/alice.md`).
        case path
        /// Detected from the content (`--scenario auto`).
        case detected
    }

    /// What happened to the answer.
    public enum Outcome: Sendable, Equatable {
        /// Graded.
        case graded(GradeReport, source: ScenarioSource, confidence: Double?)
        /// Could not be read or graded; the message says why.
        case failed(String)
    }

    /// The answer's path as given or found (relative paths stay relative).
    public var path: String
    /// What happened to it.
    public var outcome: Outcome
    /// Whether it passes the batch's gates (false for failures).
    public var passed: Bool
    /// Why it did not pass, when graded but failing: below the threshold, required rules missing.
    public var failureReasons: [String]

    /// Creates an item.
    public init(path: String, outcome: Outcome, passed: Bool, failureReasons: [String]) {
        self.path = path
        self.outcome = outcome
        self.passed = passed
        self.failureReasons = failureReasons
    }

    /// The report, when graded.
    public var report: GradeReport? {
        if case .graded(let report, _, _) = outcome { return report }
        return nil
    }

    /// The error message, when the answer could not be graded.
    public var error: String? {
        if case .failed(let message) = outcome { return message }
        return nil
    }
}
