import Foundation
import Testing

@testable import GradeKit

/// One broken rubric per kind of problem, each reported at its line and column.
@Suite struct RubricLinterTests {
    /// A clean rubric: every problem below is one edit away from it.
    static let clean = """
        {
          "version": 1,
          "id": "demo",
          "number": 42,
          "title": "Demo",
          "situation": "The site is down.",
          "tasks": ["Roll back"],
          "rules": [
            {
              "id": "demo.rollback",
              "title": "Roll back",
              "section": "Your Task",
              "weight": 2,
              "concepts": ["roll back", "previous release", "helm rollback", "revert the deploy", "last good version"],
              "feedback": "Say how you would return to the last good version."
            },
            {
              "id": "demo.comms",
              "title": "Tell customers",
              "section": "Your Task",
              "weight": 2,
              "concepts": ["status page", "customer email", "incident channel", "support team", "update every 30 minutes"],
              "feedback": "Say who hears what, and how often."
            }
          ]
        }
        """

    static let builtin = Result { try RubricLoader.builtin() }

    /// Lints `files` (name → text) as one rubric directory `custom/` over the built-in set.
    func lint(_ files: [String: String]) throws -> [String] {
        let rubricFiles = files.keys.sorted().compactMap { name in
            RubricFile.kind(ofFileNamed: name).map { RubricFile(path: "custom/\(name)", bytes: Array((files[name] ?? "").utf8), kind: $0) }
        }
        let set = try Self.builtin.get()
        let found = RubricLinter().lint(rubricFiles, reported: Set(rubricFiles.map(\.path)), over: set, builtinSynonyms: set.synonymGroups)
        return LintResult(files: rubricFiles.map(\.path), diagnostics: found).diagnostics.map(\.description)
    }

    func lint(_ text: String) throws -> [String] {
        try lint(["demo.json": text])
    }

    func edited(_ find: String, _ replace: String) -> String {
        let text = Self.clean.replacingOccurrences(of: find, with: replace)
        precondition(text != Self.clean, "the edit must change the rubric: \(find)")
        return text
    }

    @Test func theCleanRubricHasNoProblems() throws {
        #expect(try lint(Self.clean) == [])
    }

    @Test(arguments: [
        // Invalid JSON, including the NaN JSON cannot hold.
        ("\"weight\": 2,\n      \"concepts\": [\"roll back\"", "\"weight\": 2,,\n      \"concepts\": [\"roll back\"",
         "custom/demo.json:13:19: error: invalid JSON: expected a double-quoted object key, found ','"),
        ("\"weight\": 2,\n      \"concepts\": [\"roll back\"", "\"weight\": NaN,\n      \"concepts\": [\"roll back\"",
         "custom/demo.json:13:17: error: invalid JSON: invalid literal 'NaN' (JSON has no NaN or Infinity; use null or a finite number)"),
        // Keys.
        ("\"section\": \"Your Task\",\n      \"weight\": 2,\n      \"concepts\": [\"roll",
         "\"sectoin\": \"Your Task\",\n      \"weight\": 2,\n      \"concepts\": [\"roll",
         "custom/demo.json:12:7: error: unknown key 'sectoin' in rule 1; did you mean 'section'? (known keys: antipatterns, concepts, feedback, id, mentions, minConcepts, required, section, title, weight)"),
        ("\"title\": \"Tell customers\",\n", "",
         "custom/demo.json:17:5: error: rule 2 is missing required key 'title'"),
        ("  \"title\": \"Demo\",\n", "", "custom/demo.json:1:1: error: the rubric is missing required key 'title'"),
        // Duplicates.
        ("\"id\": \"demo.comms\"", "\"id\": \"demo.rollback\"",
         "custom/demo.json:18:13: error: duplicate rule id 'demo.rollback' (first used at 10:13)"),
        ("\"title\": \"Tell customers\"", "\"title\": \"Roll back\"",
         "custom/demo.json:19:16: error: duplicate rule title 'Roll back' (first used at 11:16)"),
        // Weights.
        ("\"weight\": 2,\n      \"concepts\": [\"roll back\"", "\"weight\": 0,\n      \"concepts\": [\"roll back\"",
         "custom/demo.json:13:17: error: weight of rule 'demo.rollback' must be greater than 0 and at most 100, found 0"),
        ("\"weight\": 2,\n      \"concepts\": [\"roll back\"", "\"weight\": -3,\n      \"concepts\": [\"roll back\"",
         "custom/demo.json:13:17: error: weight of rule 'demo.rollback' must be greater than 0 and at most 100, found -3"),
        ("\"weight\": 2,\n      \"concepts\": [\"roll back\"", "\"weight\": 1000,\n      \"concepts\": [\"roll back\"",
         "custom/demo.json:13:17: error: weight of rule 'demo.rollback' must be greater than 0 and at most 100, found 1000"),
        // Concepts that can never match, and phrases twice in a rule.
        ("\"previous release\"", "\"of the\"",
         "custom/demo.json:14:33: error: concept 'of the' of rule 'demo.rollback' is only stop words, which never match; say what it is about"),
        ("\"previous release\"", "\"--\"",
         "custom/demo.json:14:33: error: concept '--' of rule 'demo.rollback' has no letters or digits, so it can never match (only '?', a question, and '?contrast', a choice of one thing over another, have a meaning of their own)"),
        ("\"previous release\"", "\"?contrasts\"",
         "custom/demo.json:14:33: error: concept '?contrasts' of rule 'demo.rollback' looks like a marker concept but is none (known: '?', '?contrast')"),
        ("\"previous release\"", "\"Roll  Back\"",
         "custom/demo.json:14:33: error: duplicate concept 'Roll  Back' in rule 'demo.rollback' (first at 14:20)"),
        ("\"feedback\": \"Say how you would return", "\"mentions\": [\"roll back\"], \"feedback\": \"Say how you would return",
         "custom/demo.json:15:20: error: 'roll back' is both a concept and a mention in rule 'demo.rollback' (first at 14:20)"),
        // Feedback and minConcepts.
        (",\n      \"feedback\": \"Say who hears what, and how often.\"", "",
         "custom/demo.json:17:5: error: rule 'demo.comms' has weight 2 but no 'feedback': add the advice to show when an answer misses it"),
        ("\"feedback\": \"Say who", "\"minConcepts\": 6, \"feedback\": \"Say who",
         "custom/demo.json:23:22: error: minConcepts of rule 'demo.comms' must be between 1 and its 5 concepts, found 6"),
        // Warnings.
        ("\"previous release\", ", "",
         "custom/demo.json:14:19: warning: rule 'demo.rollback' has only 4 concepts; add the paraphrases, tools and abbreviations engineers would write (at least 5)"),
        ("\"previous release\"", "\"rolled back\"",
         "custom/demo.json:14:33: warning: concept 'rolled back' of rule 'demo.rollback' reads the same as concept 'roll back' (14:20) after analysis, so only the first counts; drop one"),
        ("\"support team\"", "\"helm rollback\"",
         "custom/demo.json:22:73: warning: concept 'helm rollback' of rule 'demo.comms' is also a concept of rule 'demo.rollback' (14:53): one sentence would count for both; keep it in the rule it evidences best"),
        ("\"number\": 42", "\"number\": 3",
         "custom/demo.json:4:13: warning: scenario number 3 is also used by migration, so '-s 3' cannot choose; give it a number of its own"),
    ])
    func eachProblemIsReportedAtItsPlace(_ find: String, _ replace: String, _ expected: String) throws {
        let found = try lint(edited(find, replace))
        // A misspelt key is also a missing one; the test is about the first.
        #expect(found.last == expected, "\(found)")
        #expect(found.count == (expected.contains("unknown key") ? 2 : 1), "\(found)")
    }

    @Test func everyProblemOfAFileIsReportedInOrder() throws {
        let text = edited("\"weight\": 2,\n      \"concepts\": [\"roll back\"", "\"weight\": 0,\n      \"concepts\": [\"roll back\"")
            .replacingOccurrences(of: "\"support team\"", with: "\"the\"")
            .replacingOccurrences(of: "\"id\": \"demo.comms\"", with: "\"id\": \"demo.rollback\"")
        #expect(try lint(text) == [
            "custom/demo.json:13:17: error: weight of rule 'demo.rollback' must be greater than 0 and at most 100, found 0",
            "custom/demo.json:18:13: error: duplicate rule id 'demo.rollback' (first used at 10:13)",
            "custom/demo.json:22:73: error: concept 'the' of rule 'demo.rollback' is only stop words, which never match; say what it is about",
        ])
    }

    @Test func theFileNameShouldBeTheId() throws {
        #expect(try lint(["other.json": Self.clean]) == [
            "custom/other.json:3:9: warning: the file is named 'other.json' but defines scenario 'demo'; name it 'demo.json' so the id is easy to find"
        ])
    }

    @Test func synonymProblemsAreReportedAtTheEntry() throws {
        let synonyms = """
            {"version": 1, "groups": [
              ["kubernetes", "k8s"],
              ["k8s", "kube"],
              ["database", "db"],
              ["storage", "databases"],
              ["the", "a thing"],
              ["--", "dash"],
              ["queue", "queues", "queue"]
            ]}
            """
        #expect(try lint(["synonyms.json": synonyms]) == [
            "custom/synonyms.json:3:4: error: synonym 'k8s' is also in group 1 (2:18): a spelling can mean one thing only; merge the two groups or drop it from one",
            "custom/synonyms.json:5:15: error: synonym 'databases' reads the same as 'database' of group 3 (4:4) after analysis: one word would stand for two groups; merge them or drop one",
            "custom/synonyms.json:6:4: error: synonym 'the' is only stop words, so it never matches, and as the group's first entry it makes the analyser ignore the whole group",
            "custom/synonyms.json:7:4: error: synonym '--' has no letters or digits, so it can never match",
            "custom/synonyms.json:8:23: error: synonym 'queue' appears twice in group 7 (first at 8:4)",
        ])
    }

    @Test func conceptsAreAnalysedWithTheDirectorysSynonyms() throws {
        // With "rb" = "roll back", "rb" duplicates the rule's first concept after analysis.
        let text = edited("\"previous release\"", "\"rb\"")
        #expect(try lint(["demo.json": text]) == [])
        let synonyms = #"{"version": 1, "groups": [["roll back", "rb"]]}"#
        #expect(try lint(["demo.json": text, "synonyms.json": synonyms]) == [
            "custom/demo.json:14:33: warning: concept 'rb' of rule 'demo.rollback' reads the same as concept 'roll back' (14:20) after analysis, so only the first counts; drop one"
        ])
    }

    @Test func extendsProblemsAreReportedWithTheirLocation() throws {
        let a = "{\"version\": 1, \"id\": \"a\", \"number\": 50,\n  \"extends\": \"b\"}"
        let b = "{\"version\": 1, \"id\": \"b\", \"number\": 51,\n  \"extends\": \"a\"}"
        #expect(try lint(["a.json": a, "b.json": b]) == ["custom/b.json:2:14: error: extends cycle: a → b → a; a rubric cannot be built on itself"])
        let change = """
            {"version": 1, "id": "tuned", "number": 60, "extends": "outage",
             "rules": [{"id": "outage.tools", "concepts": ["the"], "removeConcepts": ["nothing like this"]}]}
            """
        #expect(try lint(["tuned.json": change]) == [
            "custom/tuned.json:2:48: error: concept 'the' of rule 'outage.tools' is only stop words, which never match; say what it is about",
            "custom/tuned.json:2:75: error: rule 'outage.tools' of 'outage' has no concept 'nothing like this' to remove",
        ])
    }

    @Test func anExtensionIsCheckedAsItResolves() throws {
        let change = """
            {"version": 1, "id": "tuned", "number": 60, "extends": "outage",
             "rules": [{"id": "outage.rollback-strategy", "concepts": ["Roll Back"]}]}
            """
        let found = try lint(["tuned.json": change])
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("custom/tuned.json:2:60: warning: concept 'Roll Back' of rule 'outage.rollback-strategy' reads the same as") == true, "\(found)")
        #expect(found.first?.contains("(in the base rubric)") == true)
    }

    @Test(arguments: [
        ("", "custom/demo.json:1:1: error: invalid JSON: empty document (expected a JSON value)"),
        ("\u{0}\u{1}\u{2}PNG", "custom/demo.json:1:1: error: invalid JSON: unexpected character U+0000 (expected a JSON value)"),
        ("[1, 2]", "custom/demo.json:1:1: error: expected the rubric to be an object, found an array"),
    ])
    func badFilesGiveOneClearLine(_ text: String, _ expected: String) throws {
        let found = try lint(text)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix(String(expected.prefix(40))) == true, "\(found)")
    }

    @Test func theBuiltInSetLintsCleanEvenWhenStrict() {
        let result = RubricLinter().lintBuiltin()
        #expect(result.files.count == 10)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
    }

    @Test func theRepositorysRubricsDirectoryLintsCleanToo() {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let result = RubricLinter().lint(paths: ["Rubrics"], currentDirectory: root.path)
        #expect(result.files.count == 10, "the schema folder is not a rubric")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
    }

    @Test func missingPathsAndEmptyDirectoriesAreErrors() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("grade-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("empty"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.clean.write(to: directory.appendingPathComponent("demo.json"), atomically: true, encoding: .utf8)
        let result = RubricLinter().lint(paths: ["nowhere.json", "empty", "demo.json"], currentDirectory: directory.path)
        #expect(result.diagnostics.map(\.description) == [
            "nowhere.json:1:1: error: no such file or directory",
            "empty:1:1: error: no rubrics (*.json) in this directory",
        ])
        #expect(result.files == ["nowhere.json", "demo.json"])
    }
}
