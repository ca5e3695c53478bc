import Foundation
import Testing

@testable import GradeKit

/// Reading a large answer twice instead of holding its units, and pruning the matches a
/// verdict cannot use, are memory savings only: every report must stay the same.
@Suite struct StreamingGradingTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures").path

    /// Every fixture answer, with its scenario.
    static func answers() throws -> [(text: String, scenario: String)] {
        try FixtureSet.load(directory: fixtures).map { answer in
            (try String(contentsOfFile: answer.answerPath, encoding: .utf8), answer.scenario)
        }
    }

    @Test func readingTwiceAndPruningChangeNoReport() throws {
        let rubrics = try RubricLoader.builtin()
        let held = Grader(rubrics: rubrics)
        var streamed = held
        streamed.unitsHeldUpTo = 0
        streamed.pruneThreshold = 1
        var unpruned = held
        unpruned.pruneThreshold = .max
        let answers = try Self.answers()
        #expect(!answers.isEmpty)
        var compiled: [String: CompiledRubric] = [:]
        for answer in answers {
            let rubric = try compiled[answer.scenario] ?? held.compile(rubrics.scenario(named: answer.scenario))
            compiled[answer.scenario] = rubric
            #expect(streamed.grade(answer.text, file: "a.md", rubric: rubric) == held.grade(answer.text, file: "a.md", rubric: rubric))
        }
        // Long answers whose rules collect far more matches than a verdict shows: every
        // fixture of a scenario, several times over.
        for (scenario, rubric) in compiled {
            let text = String(repeating: answers.filter { $0.scenario == scenario }.map(\.text).joined(separator: "\n\n"), count: 3)
            let reference = unpruned.grade(text, file: "long.md", rubric: rubric)
            #expect(streamed.grade(text, file: "long.md", rubric: rubric) == reference)
            #expect(held.grade(text, file: "long.md", rubric: rubric) == reference)
        }
    }

    /// Every answer against every scenario, long words misspelled so that each scenario's
    /// analyzer corrects them differently: the topic check must come to the same verdict
    /// whether the answer is held or read twice, and from an analysed answer too.
    @Test func theTopicCheckIsTheSameOnEveryPath() throws {
        let rubrics = try RubricLoader.builtin()
        let held = Grader(rubrics: rubrics)
        var streamed = held
        streamed.unitsHeldUpTo = 0
        var tokensMadeAgain = held
        tokensMadeAgain.tokensHeldUpTo = 0
        let compiled = rubrics.scenarios.map(held.compile)
        for answer in try Self.answers() {
            // Drop the third letter of every word of eight letters or more.
            let text = answer.text.split(separator: " ", omittingEmptySubsequences: false).map { word in
                word.count >= 8 && word.allSatisfy(\.isLetter) ? String(word.prefix(2) + word.dropFirst(3)) : String(word)
            }.joined(separator: " ")
            for rubric in compiled {
                let reference = held.grade(text, file: "a.md", rubric: rubric)
                #expect(streamed.grade(text, file: "a.md", rubric: rubric) == reference)
                #expect(tokensMadeAgain.grade(text, file: "a.md", rubric: rubric) == reference)
                let analysed = held.grade(rubric.analyzer.analyze(markdown: text), file: "a.md", rubric: rubric)
                #expect(analysed.offTopic == reference.offTopic, "\(rubric.rubric.id)")
            }
        }
    }
}
