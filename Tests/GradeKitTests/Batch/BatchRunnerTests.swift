import Foundation
import Testing

@testable import GradeKit

@Suite struct BatchRunnerTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func text(_ path: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(path), encoding: .utf8)
    }

    /// A tree of answers routed every way a batch can route them.
    static func makeBatch() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("migration"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("inbox"), withIntermediateDirectories: true)
        try text("migration/strong.md").write(to: root.appendingPathComponent("migration/alice.md"), atomically: true, encoding: .utf8)
        try ("---\nscenario: outage\ncandidate: bob\n---\n" + text("outage/weak.md")).write(
            to: root.appendingPathComponent("inbox/bob.md"), atomically: true, encoding: .utf8)
        try text("dr/strong.md").write(to: root.appendingPathComponent("inbox/carol.md"), atomically: true, encoding: .utf8)
        try "Some words about nothing in particular.".write(to: root.appendingPathComponent("inbox/dave.md"), atomically: true, encoding: .utf8)
        try Data([0x00, 0x01, 0x02]).write(to: root.appendingPathComponent("inbox/erin.md"))
        return root
    }

    func run(_ root: URL, _ choice: BatchRunner.ScenarioChoice, gates: BatchResult.Gates = .init(), jobs: Int = 2) throws -> BatchResult {
        let grader = Grader(rubrics: try RubricLoader.builtin())
        let collection = AnswerCollector(currentDirectory: root.path).collect(["."])
        return BatchRunner(grader: grader, gates: gates, jobs: jobs).run(collection, scenario: choice)
    }

    @Test func routesByFrontMatterThenPathAndReportsTheRest() throws {
        let root = try Self.makeBatch()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(root, .perAnswer(detect: false))
        let byPath = Dictionary(uniqueKeysWithValues: result.items.map { ($0.path, $0) })
        #expect(result.items.map(\.path) == ["inbox/bob.md", "inbox/carol.md", "inbox/dave.md", "inbox/erin.md", "migration/alice.md"])
        #expect(byPath["migration/alice.md"]?.report?.scenario == "migration")
        #expect(byPath["inbox/bob.md"]?.report?.scenario == "outage")
        if case .graded(_, let source, _)? = byPath["inbox/bob.md"]?.outcome { #expect(source == .frontMatter) }
        #expect(byPath["inbox/carol.md"]?.error?.contains("cannot tell which scenario") == true)
        #expect(byPath["inbox/erin.md"]?.error == "inbox/erin.md: looks like a binary file, not a Markdown answer")
    }

    @Test func autoDetectsTheScenarioWithConfidence() throws {
        let root = try Self.makeBatch()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(root, .perAnswer(detect: true))
        let carol = try #require(result.items.first { $0.path == "inbox/carol.md" })
        guard case .graded(let report, let source, let confidence) = carol.outcome else {
            Issue.record("carol not graded: \(carol.outcome)")
            return
        }
        #expect(report.scenario == "dr")
        #expect(source == .detected)
        #expect((confidence ?? 0) > 0.2)
        let dave = try #require(result.items.first { $0.path == "inbox/dave.md" })
        #expect(dave.error?.contains("cannot tell which scenario") == true)
    }

    @Test func gatesAndRequiredRules() throws {
        let root = try Self.makeBatch()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(root, .perAnswer(detect: false), gates: .init(failUnder: 60))
        let bob = try #require(result.items.first { $0.path == "inbox/bob.md" })
        #expect(!bob.passed)
        #expect(bob.failureReasons.first?.hasPrefix("score ") == true)
        #expect(result.items.first { $0.path == "migration/alice.md" }?.passed == true)
        #expect(!result.meetsGates)
        #expect(result.passRate == 50)
        var lenient = result
        lenient.gates.minPassRate = 50
        #expect(lenient.meetsGates)

        let required = Rule(id: "x.r", title: "Required thing", section: "S", weight: 1, concepts: ["zebra crossing"], feedback: "f", required: true)
        let set = RubricSet(
            scenarios: [Rubric(id: "x", number: 1, title: "X", situation: "", tasks: [], rules: [required])], general: [], synonymGroups: [])
        let runner = BatchRunner(grader: Grader(rubrics: set), gates: .init(), jobs: 1)
        let report = Grader(rubrics: set).grade("nothing relevant here at all", file: "a.md", rubric: Grader(rubrics: set).compile(set.scenarios[0]))
        #expect(runner.failureReasons(report) == ["required rule missing: Required thing"])
    }

    @Test func resultsDoNotDependOnScheduling() throws {
        let root = try Self.makeBatch()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try run(root, .perAnswer(detect: true), jobs: 1) == run(root, .perAnswer(detect: true), jobs: 4))
    }

    @Test func scenarioInPathPrefersTheFileThenTheNearestFolder() {
        let known: Set<String> = ["migration", "outage", "dr"]
        #expect(BatchRunner.scenarioInPath("answers/migration/alice.md", known: known) == "migration")
        #expect(BatchRunner.scenarioInPath("outage/2024/dr.md", known: known) == "dr")
        #expect(BatchRunner.scenarioInPath("Answers/Outage/x.md", known: known) == "outage")
        #expect(BatchRunner.scenarioInPath("answers/alice.md", known: known) == nil)
    }
}
