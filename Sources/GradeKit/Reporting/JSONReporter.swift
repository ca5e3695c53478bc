/// Writes a graded answer as the stable JSON contract of PRODUCT.md.
///
/// Field order is fixed and numbers are written in their shortest form, so the same input
/// always gives the same bytes. Fields beyond the contract (`band`, `summary`, evidence
/// `concept`, `matched` and `role`) are additions a consumer may ignore.
public struct JSONReporter: Sendable {
    /// Creates the reporter.
    public init() {}

    /// The JSON document, ending in a newline.
    public func render(_ report: GradeReport) -> String {
        JSONWriter.write(Self.value(of: report)) + "\n"
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
            ("rules", .array(report.rules.map(value(of:)))),
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
