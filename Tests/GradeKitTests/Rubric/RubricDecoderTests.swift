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

@Suite struct RubricDecoderCollectingTests {
    func diagnostics(_ text: String) -> [RubricDiagnostic] {
        var log = DiagnosticLog(file: "demo.json")
        _ = RubricDecoder.document(Array(text.utf8), file: "demo.json", log: &log)
        return log.diagnostics
    }

    @Test func everyProblemOfAFileIsFoundNotJustTheFirst() {
        let text = """
            {
              "version": 1,
              "id": "demo",
              "title": "Demo",
              "situation": "s",
              "tasks": ["Fix it", 3],
              "rules": [
                {"id": "demo.a", "title": "A", "section": "S", "weight": 0, "concepts": ["x"], "feedback": "f"},
                {"id": "demo.a", "title": "A", "section": "S", "weight": 2, "concept": ["x"], "feedback": "f"},
                {"id": "demo.c", "title": "C", "section": "S", "weight": 101, "concepts": ["x"]}
              ]
            }
            """
        let found = diagnostics(text).map { "\($0.location) \($0.message)" }
        #expect(found.count == 8, "\(found)")
        #expect(found.contains("6:23 'tasks[1]' in the rubric must be a string, found a number"))
        #expect(found.contains { $0.hasPrefix("8:62 weight of rule 'demo.a' must be greater than 0") })
        #expect(found.contains { $0.hasPrefix("9:65 unknown key 'concept' in rule 2; did you mean 'concepts'?") })
        #expect(found.contains("9:5 rule 2 is missing required key 'concepts'"))
        #expect(found.contains("9:12 duplicate rule id 'demo.a' (first used at 8:12)"))
        #expect(found.contains("9:31 duplicate rule title 'A' (first used at 8:31)"))
        #expect(found.contains { $0.hasPrefix("10:62 weight of rule 'demo.c' must be greater than 0 and at most 100, found 101") })
        #expect(found.contains("10:5 rule 'demo.c' has no 'feedback': add the advice to show when an answer misses it"))
    }

    @Test func removeRulesNeedsExtends() {
        let text = #"{"version": 1, "id": "demo", "title": "D", "situation": "", "tasks": [], "rules": [], "removeRules": ["x"]}"#
        let found = diagnostics(text)
        #expect(found.map(\.message) == [#"'removeRules' only works in a rubric that extends another: add "extends": "<base scenario id>""#])
        #expect(found.first?.location == SourceLocation(line: 1, column: 87))
    }

    @Test func anExtendingRubricNeedsOnlyItsIdAndBase() throws {
        let text = """
            {"version": 1, "id": "lite", "extends": "migration", "removeRules": ["migration.service-mesh"],
             "rules": [{"id": "migration.strangler-fig", "concepts": ["routing facade"], "removeConcepts": ["strangler"]}]}
            """
        var log = DiagnosticLog(file: "lite.json")
        let document = RubricDecoder.document(Array(text.utf8), file: "lite.json", log: &log)
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics)")
        guard case .extending(let patch) = document else {
            Issue.record("expected an extending rubric")
            return
        }
        #expect(patch.base.value == "migration")
        #expect(patch.removeRules.map(\.value) == ["migration.service-mesh"])
        #expect(patch.changes.first?.concepts.map(\.value) == ["routing facade"])
        #expect(patch.changes.first?.removeConcepts.first?.location == SourceLocation(line: 2, column: 97))
        #expect(throws: RubricError.self) { try RubricDecoder.scenario(Array(text.utf8), file: "lite.json") }
    }
}
