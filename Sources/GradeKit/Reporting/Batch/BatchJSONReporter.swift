/// Writes a batch as JSON for machines: one document (`--format json`) or one line per
/// answer (`--format jsonl`).
///
/// The document is `{"summary": {…}, "answers": [ … ], "skipped": [ … ]}`. Each answer is
/// either `{"file", "scenario", "scenarioSource", "confidence" (only when the scenario was
/// detected with a confidence), "passed", "failureReasons", "result"}`, where `result` is
/// exactly what ``JSONReporter`` writes for that answer alone, or `{"file", "error"}` for an
/// answer that could not be graded. Field order is fixed, answers and skipped paths keep the
/// batch's order (by path), and mean score and pass rate are rounded to one decimal, so the
/// same batch always gives the same bytes.
public struct BatchJSONReporter: Sendable {
    /// Creates the reporter.
    public init() {}

    /// The whole batch as one pretty-printed JSON document, ending in a newline.
    public func render(_ result: BatchResult) -> String {
        JSONWriter.write(Self.value(of: result)) + "\n"
    }

    /// JSON Lines: one compact object per answer, each ending in a newline (empty text for
    /// an empty batch). Each line is the same object as in `answers` of ``render(_:)``;
    /// the summary and skipped paths are left out so every line has the same shape.
    public func renderLines(_ result: BatchResult) -> String {
        result.items.map { JSONWriter.write(Self.value(of: $0), pretty: false) + "\n" }.joined()
    }

    /// The batch as an ordered JSON value, for embedding in larger documents.
    public static func value(of result: BatchResult) -> JSONOutput {
        .object([
            ("summary", summary(of: result)),
            ("answers", .array(result.items.map(value(of:)))),
            (
                "skipped",
                .array(result.skipped.map { .object([("path", .string($0.path)), ("reason", .string($0.reason))]) })
            ),
        ])
    }

    /// One answer as an ordered JSON value: the object of a `jsonl` line.
    public static func value(of item: BatchItem) -> JSONOutput {
        switch item.outcome {
        case .failed(let message):
            return .object([("file", .string(item.path)), ("error", .string(message))])
        case .graded(let report, let source, let confidence):
            var members: [(String, JSONOutput)] = [
                ("file", .string(item.path)),
                ("scenario", .string(report.scenario)),
                ("scenarioSource", .string(source.rawValue)),
            ]
            if let confidence { members.append(("confidence", .number(confidence))) }
            members += [
                ("passed", .bool(item.passed)),
                ("failureReasons", .array(item.failureReasons.map { .string($0) })),
                ("result", JSONReporter.value(of: report)),
            ]
            return .object(members)
        }
    }

    private static func summary(of result: BatchResult) -> JSONOutput {
        .object([
            ("answers", .int(result.items.count)),
            ("graded", .int(result.graded.count)),
            ("passed", .int(result.passing.count)),
            ("failed", .int(result.failing.count)),
            ("errors", .int(result.errors.count)),
            ("skipped", .int(result.skipped.count)),
            ("meanScore", .number(BatchFigures.rounded(result.meanScore))),
            ("passRate", .number(BatchFigures.rounded(result.passRate))),
            ("meetsGates", .bool(result.meetsGates)),
            (
                "gates",
                .object([
                    ("failUnder", result.gates.failUnder.map { .number($0) } ?? .null),
                    ("minPassRate", result.gates.minPassRate.map { .number($0) } ?? .null),
                ])
            ),
            ("bands", .object(result.bandCounts.map { ($0.band.rawValue, .int($0.count)) })),
        ])
    }
}
