@testable import GradeKit

/// An earlier attempt at the demo scenario, read back from its JSON result as `--baseline`
/// reads one: no rollback or replicas, post-mortem and trade-offs addressed.
enum DemoBaseline {
    static let answer = """
        # Notes

        After the incident we hold a blameless post-mortem so every action item is tracked, accepting the downside of the time it takes.
        """

    static func baseline(source: String = "previous.json") throws -> Baseline {
        try Baseline.parse(JSONReporter().render(DemoRubric.grade(answer, file: "answers/v1.md")).utf8, source: source)
    }

    /// `report` compared with the baseline.
    static func comparison(_ report: GradeReport) throws -> BaselineComparison {
        try BaselineComparison(report: report, baseline: try baseline())
    }
}
