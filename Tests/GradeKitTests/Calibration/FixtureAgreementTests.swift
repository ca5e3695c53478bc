import Foundation
import Testing

@testable import GradeKit

/// The built-in rubrics against the hand-labelled fixtures in `Fixtures/`.
@Suite struct FixtureAgreementTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures").path

    /// Computed once: grading every fixture is the slow part of the suite.
    static let shared = Result { () throws -> Calibration in
        let answers = try FixtureSet.load(directory: fixtures)
        return try Calibration(answers: answers, grader: Grader(rubrics: try RubricLoader.builtin()))
    }

    static func calibration() throws -> Calibration {
        try shared.get()
    }

    static func score(_ calibration: Calibration, _ scenario: String, _ name: String) -> Double? {
        calibration.items.first { $0.report.scenario == scenario && $0.answer.answerPath.hasSuffix("/\(scenario)/\(name).md") }?
            .report.score
    }

    @Test func everyScenarioHasLabelledStrongPartialAndWeakAnswers() throws {
        let calibration = try Self.calibration()
        for id in RubricLoader.builtinIDs {
            for name in ["strong", "partial", "weak"] {
                #expect(Self.score(calibration, id, name) != nil, "\(id)/\(name)")
            }
        }
    }

    @Test(arguments: RubricLoader.builtinIDs)
    func strongBeatsPartialBeatsWeak(_ scenario: String) throws {
        let calibration = try Self.calibration()
        let strong = try #require(Self.score(calibration, scenario, "strong"))
        let partial = try #require(Self.score(calibration, scenario, "partial"))
        let weak = try #require(Self.score(calibration, scenario, "weak"))
        #expect(strong > partial, "\(scenario): strong \(strong) vs partial \(partial)")
        #expect(partial > weak, "\(scenario): partial \(partial) vs weak \(weak)")
        #expect(strong >= 70, "\(scenario): a strong answer in plain words scores \(strong)")
    }

    @Test(arguments: RubricLoader.builtinIDs)
    func aKeywordDumpScoresAtMostAThirdOfTheStrongAnswer(_ scenario: String) throws {
        let calibration = try Self.calibration()
        let strong = try #require(Self.score(calibration, scenario, "strong"))
        let dump = try #require(Self.score(calibration, scenario, "keywords"))
        #expect(dump * 3 <= strong, "\(scenario): keyword dump \(dump) vs strong \(strong)")
        let report = try #require(calibration.items.first { $0.answer.answerPath.hasSuffix("/\(scenario)/keywords.md") }?.report)
        #expect(report.count(.mentioned) > report.count(.addressed), "a dump's rules come out mostly mentioned")
    }

    /// Every fixture's score and verdicts, one line each: an optimisation must leave this file
    /// unchanged; a deliberate change to the grader or the rubrics regenerates it
    /// (GRADE_UPDATE_GOLDEN=1) and shows its effect in the diff.
    @Test func verdictsOnEveryFixtureMatchGolden() throws {
        let letters: [RuleStatus: Character] = [.addressed: "A", .mentioned: "m", .missing: "."]
        let lines = try Self.calibration().items.map { item in
            let path = item.answer.answerPath.replacingOccurrences(of: Self.fixtures + "/", with: "")
            let verdicts = String(item.report.rules.map { letters[$0.status] ?? "?" })
            return "\(path) \(item.report.score.formatted) \(verdicts)"
        }
        try Golden.check(lines.joined(separator: "\n") + "\n", file: "verdicts.txt")
    }

    @Test func verdictsMostlyAgreeWithTheHandLabels() throws {
        let overall = try Self.calibration().overall
        #expect(overall.total >= 24 * 13)
        #expect(overall.exactAgreement >= 0.60, "exact agreement \(overall.exactAgreement)")
        #expect(overall.quadraticWeightedKappa >= 0.60, "kappa \(overall.quadraticWeightedKappa)")
    }
}
