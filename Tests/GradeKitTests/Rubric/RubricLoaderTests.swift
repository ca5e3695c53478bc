import Foundation
import Testing

@testable import GradeKit

/// Rubric directories laid over the built-in set: additions, overrides, `extends`.
@Suite struct RubricLoaderTests {
    static let newScenario = """
        {
          "version": 1,
          "id": "kafka",
          "number": 9,
          "title": "Kafka Backlog",
          "situation": "Consumers lag by six hours.",
          "tasks": ["Drain the backlog"],
          "rules": [
            {"id": "kafka.drain", "title": "Drain the backlog", "section": "Your Task", "weight": 2,
             "concepts": ["add consumers", "scale the consumer group"], "feedback": "Say how you would catch up."}
          ]
        }
        """

    /// Lays `files` (name → text) over the built-in set.
    func overlay(_ files: [String: String]) throws -> RubricOverlay {
        let rubricFiles = files.keys.sorted().compactMap { name in
            RubricFile.kind(ofFileNamed: name).map { RubricFile(path: "custom/\(name)", bytes: Array((files[name] ?? "").utf8), kind: $0) }
        }
        return RubricOverlay(files: rubricFiles, over: try RubricLoader.builtin())
    }

    func messages(_ overlay: RubricOverlay) -> [String] {
        overlay.diagnostics.map { "\($0.file):\($0.location): \($0.message)" }
    }

    @Test func aNewScenarioIsAddedToTheBuiltInOnes() throws {
        let result = try overlay(["kafka.json": Self.newScenario])
        let set = try #require(result.set, "\(messages(result))")
        #expect(set.scenarios.map(\.id) == RubricLoader.builtinIDs + ["kafka"])
        #expect(set.sources["kafka"] == "custom/kafka.json")
        #expect(set.sources["outage"] == RubricLoader.builtinSource)
        #expect(set.general == (try RubricLoader.builtin()).general)
    }

    @Test func aScenarioWithABuiltInIdReplacesIt() throws {
        let replacement = Self.newScenario.replacingOccurrences(of: "\"kafka\"", with: "\"outage\"")
            .replacingOccurrences(of: "\"number\": 9", with: "\"number\": 1")
        let set = try #require(try overlay(["outage.json": replacement]).set)
        #expect(set.scenarios.count == 8)
        let outage = try set.scenario(named: "outage")
        #expect(outage.title == "Kafka Backlog")
        #expect(outage.rules.map(\.id) == ["kafka.drain"])
        #expect(set.sources["outage"] == "custom/outage.json")
    }

    @Test func anExtensionRemovesMergesAndAddsRules() throws {
        let lite = """
            {
              "version": 1,
              "id": "migration-lite",
              "extends": "migration",
              "number": 10,
              "title": "Migration, lite",
              "removeRules": ["migration.service-mesh"],
              "rules": [
                {"id": "migration.strangler-fig", "weight": 5, "concepts": ["routing facade in front of the monolith"],
                 "removeConcepts": ["strangler"]},
                {"id": "migration-lite.budget", "title": "Stay within budget", "section": "Approach Elements", "weight": 1,
                 "concepts": ["cost per service"], "feedback": "Say what it costs."}
              ]
            }
            """
        let result = try overlay(["lite.json": lite])
        let set = try #require(result.set, "\(messages(result))")
        let builtin = try RubricLoader.builtin().scenario(named: "migration")
        let rubric = try set.scenario(named: "migration-lite")
        #expect(rubric.number == 10)
        #expect(rubric.title == "Migration, lite")
        #expect(rubric.situation == builtin.situation)
        #expect(rubric.tasks == builtin.tasks)
        #expect(!rubric.rules.contains { $0.id == "migration.service-mesh" })
        #expect(rubric.rules.count == builtin.rules.count)
        #expect(rubric.rules.last?.title == "Stay within budget")
        let strangler = try #require(rubric.rules.first { $0.id == "migration.strangler-fig" })
        let original = try #require(builtin.rules.first { $0.id == "migration.strangler-fig" })
        #expect(strangler.weight == 5)
        #expect(!strangler.concepts.contains("strangler"))
        #expect(strangler.concepts.last == "routing facade in front of the monolith")
        #expect(strangler.concepts.count == original.concepts.count)
        #expect(strangler.feedback == original.feedback)
        // The built-in migration scenario itself is untouched.
        #expect(try set.scenario(named: "migration") == builtin)
    }

    @Test func extendingItsOwnIdChangesTheBuiltInScenario() throws {
        let tuned = """
            {"version": 1, "id": "outage", "extends": "outage",
             "rules": [{"id": "outage.tools", "concepts": ["honeycomb"], "required": true}]}
            """
        let set = try #require(try overlay(["outage.json": tuned]).set)
        let tools = try #require(try set.scenario(named: "outage").rules.first { $0.id == "outage.tools" })
        #expect(tools.concepts.last == "honeycomb")
        #expect(tools.required)
        #expect(set.scenarios.count == 8)
    }

    @Test func extensionsChainThroughTheDirectoryFirst() throws {
        let base = """
            {"version": 1, "id": "outage", "extends": "outage", "removeRules": ["outage.tools"]}
            """
        let child = """
            {"version": 1, "id": "outage-short", "number": 11, "extends": "outage", "removeRules": ["outage.prevention"]}
            """
        let set = try #require(try overlay(["a.json": child, "outage.json": base]).set)
        let short = try set.scenario(named: "outage-short").rules.map(\.id)
        #expect(!short.contains("outage.tools"), "the directory's outage is the base, not the built-in one")
        #expect(!short.contains("outage.prevention"))
    }

    @Test func aCycleIsAnErrorAtTheExtendsThatClosesIt() throws {
        let a = "{\"version\": 1, \"id\": \"a\",\n \"extends\": \"b\"}"
        let b = "{\"version\": 1, \"id\": \"b\",\n \"extends\": \"a\"}"
        let result = try overlay(["a.json": a, "b.json": b])
        #expect(result.set == nil)
        #expect(messages(result) == ["custom/b.json:2:13: extends cycle: a → b → a; a rubric cannot be built on itself"])
    }

    @Test(arguments: [
        (
            #"{"version": 1, "id": "x", "extends": "nowhere"}"#,
            "custom/x.json:1:38: extends 'nowhere', but there is no such scenario (known: cost, dr, leadership, migration, outage, platform, scale, security, x)"
        ),
        (
            #"{"version": 1, "id": "x", "extends": "x"}"#,
            "custom/x.json:1:38: 'x' extends itself, and there is no built-in scenario 'x' below it to extend"
        ),
        (
            #"{"version": 1, "id": "x", "extends": "dr", "removeRules": ["dr.nothing"]}"#,
            "custom/x.json:1:60: removeRules: 'dr' has no rule 'dr.nothing' (its rules: dr.assess-current-state, dr.architecture, dr.testing-plan, dr.document-procedures, dr.train-team, dr.multi-region, dr.database-replication, dr.automated-failover, dr.drills, dr.runbook-automation)"
        ),
        (
            #"{"version": 1, "id": "x", "extends": "dr", "rules": [{"id": "dr.drills", "removeConcepts": ["no such phrase"]}]}"#,
            "custom/x.json:1:93: rule 'dr.drills' of 'dr' has no concept 'no such phrase' to remove"
        ),
        (
            #"{"version": 1, "id": "x", "extends": "dr", "rules": [{"id": "x.new", "title": "New"}]}"#,
            "custom/x.json:1:54: rule 'x.new' is not in 'dr', so it is a new rule and needs 'section', 'weight', 'concepts', 'feedback' (to change a base rule, use its id)"
        ),
        (
            #"{"version": 1, "id": "x", "extends": "dr", "rules": [{"id": "dr.drills", "title": "Runbook automation"}]}"#,
            "custom/x.json:1:83: rule 'dr.drills' has the same title as rule 'dr.runbook-automation': 'Runbook automation'"
        ),
    ])
    func extensionProblemsPointAtTheEntry(_ text: String, _ expected: String) throws {
        let result = try overlay(["x.json": text])
        #expect(result.set == nil)
        #expect(messages(result) == [expected])
    }

    @Test func theSameIdInTwoFilesIsAnError() throws {
        let result = try overlay(["a.json": Self.newScenario, "b.json": Self.newScenario])
        #expect(messages(result) == ["custom/b.json:3:9: scenario id 'kafka' is also defined in custom/a.json"])
    }

    @Test func aBrokenBaseIsNamedByTheRubricThatExtendsIt() throws {
        let broken = #"{"version": 1, "id": "base", "title": 3}"#
        let child = #"{"version": 1, "id": "child", "extends": "base"}"#
        let result = try overlay(["base.json": broken, "child.json": child])
        #expect(messages(result).last == "custom/child.json:1:42: extends 'base', which has errors in custom/base.json")
    }

    @Test func loadingADirectoryReportsTheFirstErrorAndSkipsSchemas() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("grade-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.newScenario.write(to: directory.appendingPathComponent("kafka.json"), atomically: true, encoding: .utf8)
        try "not a rubric".write(to: directory.appendingPathComponent("rubric.schema.json"), atomically: true, encoding: .utf8)
        let set = try RubricLoader.load(directory: directory.path, display: "mine")
        #expect(set.sources["kafka"] == "mine/kafka.json")
        try "{".write(to: directory.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        #expect(throws: RubricError(file: "mine/broken.json", location: SourceLocation(line: 1, column: 2), message: "invalid JSON: unexpected end of file (an object opened at 1:1 is not closed)")) {
            try RubricLoader.load(directory: directory.path, display: "mine")
        }
    }

    @Test func aNumberSharedByTwoScenariosIsNotGuessed() throws {
        let one = Self.newScenario.replacingOccurrences(of: "\"number\": 9", with: "\"number\": 1")
        let set = try #require(try overlay(["kafka.json": one]).set)
        #expect(throws: ScenarioLookupError.self) { try set.scenario(named: "1") }
        do {
            _ = try set.scenario(named: "1")
        } catch {
            #expect(error.description == "scenario number 1 is shared by kafka, outage; use the id")
        }
        #expect(try set.scenario(named: "kafka").id == "kafka")
    }
}
