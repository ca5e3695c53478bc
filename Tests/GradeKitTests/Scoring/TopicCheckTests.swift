import Foundation
import Testing

@testable import GradeKit

/// Answers to another scenario get no credit; weak and strong answers to this one are graded
/// as usual.
@Suite struct TopicCheckTests {
    static let grader = Result { Grader(rubrics: try RubricLoader.builtin()) }

    static func report(_ fixture: String, against scenario: String) throws -> GradeReport {
        let grader = try grader.get()
        let text = try String(contentsOfFile: FixtureAgreementTests.fixtures + "/" + fixture, encoding: .utf8)
        let rubric = try grader.rubrics.scenario(named: scenario)
        return grader.grade(text, file: fixture, rubric: grader.compile(rubric))
    }

    /// Each off-topic fixture and the scenario it really answers.
    static let offTopic: [(graded: String, answers: String)] = [
        ("cost", "outage"), ("dr", "migration"), ("leadership", "scale"), ("migration", "security"),
        ("outage", "cost"), ("platform", "leadership"), ("scale", "leadership"), ("security", "dr"),
    ]

    @Test(arguments: offTopic)
    func anAnswerToAnotherScenarioIsCreditedNothing(_ pair: (graded: String, answers: String)) throws {
        let report = try Self.report("\(pair.graded)/offtopic.md", against: pair.graded)
        #expect(report.offTopic?.scenario == pair.answers)
        #expect(report.score == 0)
        #expect(report.rules.allSatisfy { $0.status == .missing && $0.evidence.isEmpty })
        #expect(report.notes.contains { $0.hasPrefix("off topic: this reads as an answer to the") })
    }

    @Test(arguments: offTopic)
    func theSameAnswerGradedAgainstItsOwnScenarioIsOnTopic(_ pair: (graded: String, answers: String)) throws {
        let report = try Self.report("\(pair.graded)/offtopic.md", against: pair.answers)
        #expect(report.offTopic == nil)
        #expect(report.score > 40)
    }

    @Test(arguments: RubricLoader.builtinIDs)
    func weakAndKeywordAnswersStayOnTopic(_ scenario: String) throws {
        for name in ["weak", "keywords", "negating", "tentative"] {
            let report = try Self.report("\(scenario)/\(name).md", against: scenario)
            #expect(report.offTopic == nil, "\(scenario)/\(name)")
            #expect(report.score > 0, "\(scenario)/\(name)")
        }
    }

    @Test func theThresholdsNeedAClearMargin() {
        #expect(TopicCheck.isOffTopic(own: 10, other: 70))
        #expect(!TopicCheck.isOffTopic(own: 15, other: 40))  // other under three times own
        #expect(!TopicCheck.isOffTopic(own: 5, other: 35))  // other under the minimum
        #expect(TopicCheck.needsCheck(coverage: 19.9))
        #expect(!TopicCheck.needsCheck(coverage: 20))
    }

    @Test func theScenarioDetectorStillFindsWhatAnOffTopicAnswerAnswers() throws {
        let grader = try Self.grader.get()
        let text = try String(contentsOfFile: FixtureAgreementTests.fixtures + "/cost/offtopic.md", encoding: .utf8)
        let detection = try ScenarioDetector().detect(text, rubrics: grader.rubrics.scenarios.map(grader.compile), grader: grader).get()
        #expect(detection.scenario == "outage")
    }
}

extension TopicCheckTests {
    @Test func theJSONReportNamesTheScenarioAnOffTopicAnswerAnswers() throws {
        let report = try Self.report("cost/offtopic.md", against: "cost")
        let json = JSONReporter().render(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let offTopic = try #require(object["offTopic"] as? [String: Any])
        #expect(offTopic["scenario"] as? String == "outage")
        #expect((offTopic["coverage"] as? Double ?? 0) >= 40)
        let onTopic = JSONReporter().render(try Self.report("cost/strong.md", against: "cost"))
        #expect(onTopic.contains("\"offTopic\": null"))
    }
}
