@testable import GradeKit

/// Short texts graded against the built-in rubrics, for tests that ask what a rule comes to.
enum BuiltinGrading {
    /// One grader for every test, loaded once.
    static let grader = Result { try Grader(rubrics: RubricLoader.builtin()) }

    /// `text` graded against scenario `scenario`.
    static func report(_ text: String, _ scenario: String) throws -> GradeReport {
        let grader = try grader.get()
        return grader.grade(text, file: "answer.md", rubric: grader.compile(try grader.rubrics.scenario(named: scenario)))
    }

    /// The status of rule `rule` when `text` is graded against scenario `scenario`.
    static func status(_ text: String, _ scenario: String, _ rule: String) throws -> RuleStatus? {
        try report(text, scenario).rules.first { $0.rule.id == rule }?.status
    }
}
