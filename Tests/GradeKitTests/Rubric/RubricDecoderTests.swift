import Foundation
import Testing

@testable import GradeKit

@Suite struct RubricDecoderTests {
    static let valid = """
        {
          "version": 1,
          "id": "demo",
          "number": 9,
          "title": "Demo",
          "situation": "Something broke.",
          "tasks": ["Fix it"],
          "rules": [
            {
              "id": "demo.fix",
              "title": "Fix it",
              "section": "Your Task",
              "weight": 2,
              "concepts": ["roll back", "hotfix"],
              "feedback": "Say how you would fix it."
            }
          ]
        }
        """

    func decode(_ text: String) throws(RubricError) -> Rubric {
        try RubricDecoder.scenario(Array(text.utf8), file: "demo.json")
    }

    func error(_ text: String) -> RubricError? {
        do {
            _ = try decode(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func decodesAValidRubric() throws {
        let rubric = try decode(Self.valid)
        #expect(rubric.id == "demo")
        #expect(rubric.number == 9)
        #expect(rubric.rules.count == 1)
        #expect(rubric.rules[0].weight == 2)
        #expect(rubric.rules[0].minConcepts == 1)
        #expect(rubric.rules[0].concepts == ["roll back", "hotfix"])
    }

    @Test func syntaxErrorsCarryLineAndColumn() {
        let broken = Self.valid.replacingOccurrences(of: "\"weight\": 2,", with: "\"weight\": 2,,")
        let found = error(broken)
        #expect(found?.location == SourceLocation(line: 13, column: 19))
        #expect(found?.description.hasPrefix("demo.json:13:19: invalid JSON") == true)
    }

    @Test(arguments: [
        ("\"weight\": 2,", "\"weight\": 0,", 13, 17, "must be greater than 0"),
        ("\"weight\": 2,", "\"weight\": \"heavy\",", 13, 17, "must be a number, found a string"),
        ("\"feedback\": \"Say how you would fix it.\"", "\"feedbak\": \"x\"", 15, 7, "unknown key 'feedbak'"),
        ("\"concepts\": [\"roll back\", \"hotfix\"],", "\"concepts\": [],", 14, 19, "needs at least one concept"),
        ("\"version\": 1,", "\"version\": 2,", 2, 14, "unsupported rubric version 2"),
        ("\"id\": \"demo\",", "\"id\": \"Demo Scenario\",", 3, 9, "must be lower-case"),
    ])
    func schemaErrorsPointAtTheValue(_ find: String, _ replace: String, _ line: Int, _ column: Int, _ message: String) {
        let found = error(Self.valid.replacingOccurrences(of: find, with: replace))
        #expect(found?.location == SourceLocation(line: line, column: column))
        #expect(found?.message.contains(message) == true, "\(String(describing: found))")
    }

    @Test func missingKeysAreReportedAtTheObject() {
        let found = error(Self.valid.replacingOccurrences(of: "\"title\": \"Demo\",\n", with: ""))
        #expect(found?.location == SourceLocation(line: 1, column: 1))
        #expect(found?.message == "the rubric is missing required key 'title'")
    }

    @Test func duplicateRuleIdsAreRejected() {
        let rule = """
            {"id": "demo.fix", "title": "Other", "section": "S", "weight": 1, "concepts": ["x"], "feedback": "y"}
            """
        let found = error(Self.valid.replacingOccurrences(of: "  ]\n}", with: "  ,\(rule)]\n}"))
        #expect(found?.message.contains("duplicate rule id 'demo.fix'") == true)
    }

    @Test func synonymGroupsNeedTwoEntries() {
        let text = "{\"version\": 1, \"groups\": [[\"k8s\", \"kubernetes\"], [\"alone\"]]}"
        #expect(throws: RubricError.self) { try RubricDecoder.synonyms(Array(text.utf8), file: "s.json") }
        let good = "{\"version\": 1, \"groups\": [[\"k8s\", \"kubernetes\"]]}"
        #expect((try? RubricDecoder.synonyms(Array(good.utf8), file: "s.json")) == [["k8s", "kubernetes"]])
    }

    @Test func emptyAndBinaryInputAreErrorsNotCrashes() {
        #expect(error("")?.message.hasPrefix("invalid JSON") == true)
        #expect(error("\u{0}\u{1}\u{2}") != nil)
        #expect(error("[]")?.message == "expected the rubric to be an object, found an array")
    }
}
