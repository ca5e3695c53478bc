/// The result of grading a batch: every answer in a stable order, what was skipped, and the
/// gates it was held to.
public struct BatchResult: Sendable, Equatable {
    /// A path that was not graded at all and why (not Markdown, listed twice, a link loop …).
    public struct Skipped: Sendable, Equatable {
        /// The path.
        public var path: String
        /// Why it was skipped.
        public var reason: String

        /// Creates a skipped entry.
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// The gates answers are held to.
    public struct Gates: Sendable, Equatable {
        /// An answer scoring below this fails (`--fail-under`).
        public var failUnder: Double?
        /// The share of answers (0–100) that must pass (`--min-pass-rate`).
        public var minPassRate: Double?

        /// Creates gates.
        public init(failUnder: Double? = nil, minPassRate: Double? = nil) {
            self.failUnder = failUnder
            self.minPassRate = minPassRate
        }
    }

    /// Every answer, sorted by path.
    public var items: [BatchItem]
    /// Paths passed over, sorted by path.
    public var skipped: [Skipped]
    /// The gates.
    public var gates: Gates

    /// Creates a result.
    public init(items: [BatchItem], skipped: [Skipped], gates: Gates) {
        self.items = items
        self.skipped = skipped
        self.gates = gates
    }

    /// Answers graded.
    public var graded: [BatchItem] { items.filter { $0.report != nil } }
    /// Answers that could not be graded.
    public var errors: [BatchItem] { items.filter { $0.error != nil } }
    /// Graded answers that pass the gates.
    public var passing: [BatchItem] { items.filter(\.passed) }
    /// Graded answers that fail a gate.
    public var failing: [BatchItem] { graded.filter { !$0.passed } }

    /// Share of graded answers that pass, 0–100 (100 when none were graded).
    public var passRate: Double {
        let count = graded.count
        return count == 0 ? 100 : Double(passing.count) / Double(count) * 100
    }

    /// Whether the batch as a whole meets its gates: the pass rate when `--min-pass-rate`
    /// is given, otherwise every graded answer passing.
    public var meetsGates: Bool {
        if let minimum = gates.minPassRate { return passRate >= minimum }
        return failing.isEmpty
    }

    /// Mean score of the graded answers (0 when none).
    public var meanScore: Double {
        let scores = graded.compactMap { $0.report?.score }
        return scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)
    }

    /// Graded answers per band, in band order.
    public var bandCounts: [(band: Band, count: Int)] {
        Band.allCases.map { band in (band, graded.filter { $0.report?.band == band }.count) }
    }
}
