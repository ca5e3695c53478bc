/// Writes a graded answer as the stable JSON contract of PRODUCT.md.
///
/// Field order is fixed and numbers are written in their shortest form, so the same input
/// always gives the same bytes. Fields beyond the contract (`band`, `summary`, `offTopic`,
/// evidence `concept`, `matched` and `role`, and `baseline` when compared with an earlier
/// attempt) are additions a consumer may ignore.
public struct JSONReporter: Sendable {
    /// Creates the reporter.
    public init() {}

    /// The JSON document, ending in a newline; with `comparison`, a last member `baseline`
    /// says what changed since the earlier attempt.
    public func render(_ report: GradeReport, comparison: BaselineComparison? = nil) -> String {
        var value = Self.value(of: report)
        if let comparison, case .object(var members) = value {
            members.append(("baseline", Self.value(of: comparison)))
            value = .object(members)
        }
        return JSONWriter.write(value) + "\n"
    }

    /// The report as an ordered JSON value, for embedding in larger documents.
    public static func value(of report: GradeReport) -> JSONOutput {
        .object([
            ("file", .string(report.file)),
            ("scenario", .string(report.scenario)),
            ("title", .string(report.scenarioTitle)),
            ("score", .number(report.score)),
            ("band", .string(report.band.rawValue)),
            ("words", .int(report.wordCount)),
            (
                "summary",
                .object(RuleStatus.allCases.map { ($0.rawValue, .int(report.count($0))) })
            ),
            ("notes", .array(report.notes.map { .string($0) })),
            ("offTopic", report.offTopic.map(value(of:)) ?? .null),
            ("rules", .array(report.rules.map(value(of:)))),
        ])
    }

    /// `{"scenario", "title", "coverage", "ownCoverage"}`: the scenario an off-topic answer
    /// answers instead, and its coverage of that scenario's and of the graded one's rules.
    static func value(of offTopic: OffTopic) -> JSONOutput {
        .object([
            ("scenario", .string(offTopic.scenario)),
            ("title", .string(offTopic.title)),
            ("coverage", .number((offTopic.coverage * 10).rounded() / 10)),
            ("ownCoverage", .number((offTopic.ownCoverage * 10).rounded() / 10)),
        ])
    }

    /// `{"file", "answer", "score", "scoreDelta", "summary", "changes"}`: the baseline file, the
    /// answer it graded, its score, the change in score, rule counts per change, and every
    /// rule that did not stay the same (`before`/`after` are `null` for a new/removed rule).
    static func value(of comparison: BaselineComparison) -> JSONOutput {
        let status: (RuleStatus?) -> JSONOutput = { $0.map { .string($0.rawValue) } ?? .null }
        return .object([
            ("file", .string(comparison.baseline.source)),
            ("answer", .string(comparison.baseline.answer)),
            ("score", .number(comparison.baseline.score)),
            ("scoreDelta", .number(comparison.scoreDelta)),
            ("summary", .object(BaselineComparison.Change.allCases.map { ($0.rawValue, .int(comparison.count($0))) })),
            (
                "changes",
                .array(
                    comparison.changed.map { change in
                        .object([
                            ("id", .string(change.id)),
                            ("title", .string(change.title)),
                            ("before", status(change.before)),
                            ("after", status(change.after)),
                            ("change", .string(change.change.rawValue)),
                        ])
                    })
            ),
        ])
    }

    static func value(of verdict: RuleVerdict) -> JSONOutput {
        .object([
            ("id", .string(verdict.rule.id)),
            ("title", .string(verdict.rule.title)),
            ("section", .string(verdict.rule.section)),
            ("weight", .number(verdict.rule.weight)),
            ("status", .string(verdict.status.rawValue)),
            ("credit", .number(verdict.credit)),
            (
                "evidence",
                .array(
                    verdict.evidence.map { evidence in
                        .object([
                            ("line", .int(evidence.line)),
                            ("text", .string(evidence.text)),
                            ("concept", .string(evidence.concept)),
                            ("matched", .string(evidence.matched)),
                            ("role", .string(evidence.role.rawValue)),
                        ])
                    })
            ),
            ("feedback", .string(verdict.rule.feedback)),
        ])
    }
}
