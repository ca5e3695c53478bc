import Foundation
import Testing

@testable import GradeKit

/// Importing scenario documents: the source document round trip, and everything else.
@Suite struct ScenarioImporterTests {
    static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data/scenarios.md")

    func read(_ text: String, known: RubricSet? = nil) -> ImportResult {
        ScenarioImporter(known: known).read(text, file: "doc.md")
    }

    func messages(_ result: ImportResult) -> [String] {
        result.diagnostics.map { "\($0.location.line) \($0.severity.rawValue): \($0.message)" }
    }

    @Test func theSourceDocumentImportsToTheBuiltInRules() throws {
        let builtin = try RubricLoader.builtin()
        let result = read(try String(contentsOf: Self.source, encoding: .utf8), known: builtin)
        #expect(!result.hasErrors)
        #expect(result.rubrics.map(\.id) == RubricLoader.builtinIDs)
        for (imported, original) in zip(result.rubrics, builtin.scenarios) {
            #expect(imported.number == original.number)
            #expect(imported.title == original.title)
            #expect(imported.situation == original.situation, "\(imported.id)")
            #expect(imported.tasks == original.tasks)
            #expect(imported.rules.map(\.title) == original.rules.map(\.title), "\(imported.id)")
            #expect(imported.rules.map(\.section) == original.rules.map(\.section), "\(imported.id)")
            #expect(imported.rules.map(\.weight) == original.rules.map(\.weight), "\(imported.id)")
            #expect(imported.rules.map(\.id) == original.rules.map(\.id), "\(imported.id)")
            for rule in imported.rules {
                #expect(rule.concepts.first == ConceptSeeder.words(rule.title).joined(separator: " "))
                #expect(rule.feedback.contains("\"\(rule.title)\""))
            }
        }
        // Practice Tips is reported, heading and every list, never dropped in silence.
        #expect(messages(result) == [
            "199 warning: '## Practice Tips' is not a scenario heading (expected '## Scenario N: Title'); nothing under it is imported",
            "202 warning: 5 list items under '### Before the Mock' ('## Practice Tips' is not a scenario) are not imported",
            "209 warning: 5 list items under '### During the Mock' ('## Practice Tips' is not a scenario) are not imported",
            "216 warning: 5 list items under '### After the Mock' ('## Practice Tips' is not a scenario) are not imported",
        ])
    }

    @Test func importedRubricsLoadAndLintWithoutErrors() throws {
        let result = read(try String(contentsOf: Self.source, encoding: .utf8), known: try RubricLoader.builtin())
        var files: [RubricFile] = []
        for rubric in result.rubrics {
            let text = RubricEncoder.encode(rubric, schema: "schema/rubric.schema.json")
            #expect(try RubricDecoder.scenario(Array(text.utf8), file: "\(rubric.id).json") == rubric)
            files.append(RubricFile(path: "\(rubric.id).json", bytes: Array(text.utf8), kind: .scenario))
        }
        let set = try RubricLoader.builtin()
        let found = RubricLinter().lint(files, reported: Set(files.map(\.path)), over: set, builtinSynonyms: set.synonymGroups)
        #expect(!found.contains { $0.severity == .error }, "\(found.filter { $0.severity == .error })")
        #expect(found.allSatisfy { $0.message.contains("concept") }, "only seed-concept warnings")
    }

    @Test func withoutTheBuiltInSetIdsAreSlugsOfTitles() {
        let result = read("""
            ## Scenario 1: Production Outage
            ### Your Task
            1. How would you begin troubleshooting?
            2. What's your rollback strategy?
            ### Expected Approach
            - Strangler fig pattern
            """)
        #expect(result.rubrics.map(\.id) == ["production-outage"])
        #expect(result.rubrics.first?.rules.map(\.id) == [
            "production-outage.begin-troubleshooting", "production-outage.rollback-strategy", "production-outage.strangler-fig-pattern",
        ])
        #expect(result.rubrics.first?.rules.map(\.weight) == [2, 2, 3])
        #expect(result.rubrics.first?.tasks == ["How would you begin troubleshooting?", "What's your rollback strategy?"])
        #expect(messages(result) == ["1 warning: scenario 'Production Outage' has no '### The Situation'; its situation is empty"])
    }

    @Test func aTitleWhoseSlugIsABuiltInIdIsFlagged() throws {
        let result = read("## Scenario 20: Outage\n### The Situation\nDown.\n### Your Task\n- Roll back\n- Roll back!\n", known: try RubricLoader.builtin())
        #expect(result.rubrics.first?.id == "outage")
        #expect(result.rubrics.first?.rules.map(\.id) == ["outage.roll-back", "outage.roll-back-2"])
        #expect(messages(result) == ["1 warning: scenario 'Outage' gets the id 'outage' of the built-in 'Production Outage': with --rubrics it replaces that scenario"])
    }

    @Test(arguments: [
        ("Strangler fig pattern", ["strangler fig pattern", "strangler fig"]),
        ("What's your rollback strategy?", ["what's your rollback strategy", "rollback"]),
        ("Database read replicas", ["database read replicas", "database read", "read replicas"]),
        ("Check recent changes and deployments", ["check recent changes and deployments", "recent changes", "deployments"]),
        ("What tools would you use?", ["what tools would you use"]),
        ("Do it", []),
    ])
    func conceptsAreSeededFromTheItemsWords(_ item: String, _ expected: [String]) {
        #expect(ConceptSeeder().seeds(for: item) == expected)
    }

    @Test func whatIsNotUnderstoodIsReportedWithItsLine() {
        let text = """
            ---
            title: Drills
            ---
            # Drills
            - a list before any scenario

            ## Scenario 9: Kafka Backlog
            Some words before the sections.
            - a stray item
            ### The Situation
            Consumers lag by six hours:
            - 40 partitions
              spread over 3 brokers
            ```
            ## Scenario 10: inside a fence
            ```
            ### Your Task
            Write your answer below.
            1) Drain the backlog
               without losing messages
            2) Find the slow consumer
               - nested detail
            #### Notes
            - not a rule
            ### Key Considerations

            ## Appendix
            - glossary item
            """
        let result = read(text)
        #expect(!result.hasErrors, "\(messages(result))")
        let rubric = result.rubrics.first
        #expect(rubric?.number == 9)
        #expect(rubric?.situation == "Consumers lag by six hours:\n- 40 partitions\n  spread over 3 brokers\n```\n## Scenario 10: inside a fence\n```")
        #expect(rubric?.tasks == ["Drain the backlog without losing messages", "Find the slow consumer"])
        #expect(messages(result) == [
            "5 warning: 1 list item before the first scenario is not imported",
            "8 warning: text in scenario 'Kafka Backlog' before its first ### section is not imported",
            "9 warning: 1 list item in scenario 'Kafka Backlog' outside any ### section is not imported",
            "18 warning: text under '### Your Task' is not a list item; it is not imported",
            "22 warning: nested item 'nested detail' under '### Your Task' is not imported: each rule is one top-level item",
            "23 warning: '#### Notes' is not understood inside a scenario (its lists belong under ### headings); nothing under it is imported",
            "24 warning: 1 list item under '#### Notes' (a scenario's lists go under ### headings) is not imported",
            "25 warning: '### Key Considerations' has no list items, so it adds no rules",
            "27 warning: '## Appendix' is not a scenario heading (expected '## Scenario N: Title'); nothing under it is imported",
            "28 warning: 1 list item under '## Appendix' (it is not a scenario) is not imported",
        ])
    }

    @Test func windowsLineEndingsReadTheSame() {
        let text = "## Scenario 1: Demo\r\n### The Situation\r\nDown.\r\n### Your Task\r\n- Roll back\r\n"
        let result = read(text)
        #expect(result.rubrics.first?.situation == "Down.")
        #expect(result.rubrics.first?.tasks == ["Roll back"])
    }

    @Test(arguments: [
        ("", "1 error: no scenarios found: expected '## Scenario N: Title' headings with '### Your Task' and approach lists under them"),
        ("# Notes\n\nJust prose.\n", "1 error: no scenarios found: expected '## Scenario N: Title' headings with '### Your Task' and approach lists under them"),
        ("## Scenario 1: Empty\n### The Situation\nNothing to do.\n### Your Task\n", "1 error: scenario 'Empty' has no list items to make rules from"),
        ("## Scenario 1: A\n### Your Task\n- Roll back\n- Roll back\n", "4 error: 'Roll back' is already a rule of scenario 'A' (line 3); rule titles must be unique"),
        ("## Scenario 1: A\n### Your Task\n- X one\n## Scenario 1: B\n### Your Task\n- Y two\n", "4 error: scenario number 1 is also the number of the scenario at line 1"),
        ("## Scenario 1: Same\n### Your Task\n- X one\n## Scenario 2: same\n### Your Task\n- Y two\n", "4 error: scenario 'same' would have id 'same', like the scenario at line 1; give it a different title"),
    ])
    func documentsThatCannotMakeRubricsAreErrors(_ text: String, _ expected: String) {
        let result = read(text)
        #expect(result.hasErrors)
        #expect(messages(result).filter { $0.contains(" error: ") } == [expected])
    }

    @Test func theEncoderWritesTheBuiltInFilesByteForByte() throws {
        let rubrics = Self.source.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Rubrics")
        for rubric in try RubricLoader.builtin().scenarios {
            let file = try String(contentsOf: rubrics.appendingPathComponent("\(rubric.id).json"), encoding: .utf8)
            #expect(RubricEncoder.encode(rubric, schema: "schema/rubric.schema.json") == file, "\(rubric.id)")
        }
    }
}
