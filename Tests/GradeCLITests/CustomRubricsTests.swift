import Foundation
import GradeKit
import Testing

/// A custom rubric directory with one new scenario and one override, end to end in-process:
/// import → edit → lint → show → fixtures → calibrate → grade and batch with --rubrics.
@Suite struct CustomRubricsTests {
    @Test func aNewScenarioAndAnOverrideWorkEndToEnd() throws {
        let root = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try CustomRubricSet.build(in: root) { Harness.run($0, directory: root.path).status }
        let id = CustomRubricSet.id

        let lint = Harness.run(["lint", "rubrics", "--strict"], directory: root.path)
        #expect(lint.status == 0, "\(lint.stdout)")
        #expect(lint.stderr == "grade lint: 2 files checked: no problems\n")

        let list = Harness.run(["scenarios", "--rubrics", "rubrics"], directory: root.path)
        #expect(list.stdout.split(separator: "\n").count == 9)
        #expect(list.stdout.contains("9  \(id)  Kafka Consumer Backlog (7 rules)"), "\(list.stdout)")
        #expect(list.stdout.contains("1  outage"))

        let show = Harness.run(["show", id, "--rubrics", "rubrics"], directory: root.path)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.hasPrefix("Kafka Consumer Backlog (\(id))  ·  scenario 9  ·  rubrics/\(id).json\n"))
        #expect(show.stdout.contains("  Key Considerations  Idempotent processing"))
        #expect(show.stdout.contains("The orders consumer group is six hours behind:\n  - 40 partitions, 12 consumers\n"))
        let shown = Harness.run(["show", id, "--rubrics", "rubrics", "--format", "json"], directory: root.path)
        let rubric = try RubricDecoder.scenario(Array(shown.stdout.utf8), file: "shown.json")
        #expect(rubric.rules.map(\.title) == ["Drain the backlog safely", "Find the slow consumer", "Partition rebalancing", "Idempotent processing"])

        // Hand-labelled fixtures and calibration against the new scenario.
        let fixtures = root.appendingPathComponent("fixtures/\(id)")
        try FileManager.default.createDirectory(at: fixtures, withIntermediateDirectories: true)
        try CustomRubricSet.answer.write(to: fixtures.appendingPathComponent("alice.md"), atomically: true, encoding: .utf8)
        let titles = rubric.rules.map(\.title) + (try RubricLoader.builtin()).general.map(\.title)
        try CustomRubricSet.labels(titles: titles).write(to: fixtures.appendingPathComponent("alice.labels.json"), atomically: true, encoding: .utf8)
        let calibrate = Harness.run(["calibrate", "fixtures", "--rubrics", "rubrics", "--format", "json"], directory: root.path)
        #expect(calibrate.status == 0, "\(calibrate.stderr)")
        #expect(calibrate.stdout.contains("\"\(id)\""))

        // Grading with the directory: the new scenario, and the overridden built-in one.
        let graded = Harness.run(
            ["fixtures/\(id)/alice.md", "-s", id, "--rubrics", "rubrics", "--format", "json"], directory: root.path)
        #expect(graded.status == 0, "\(graded.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(graded.stdout.utf8)) as? [String: Any])
        let rules = try #require(report["rules"] as? [[String: Any]])
        #expect(rules.count == 7)
        #expect(rules.prefix(4).allSatisfy { $0["status"] as? String == "addressed" }, "\(rules.map { $0["status"] ?? "" })")

        let outage = Harness.run([Harness.fixture("outage/strong.md"), "-s", "outage", "--rubrics", "rubrics", "--format", "json"], directory: root.path)
        #expect(outage.status == 0)
        #expect(!outage.stdout.contains("\"outage.tools\""))
        #expect(outage.stdout.contains("\"outage.rollback-strategy\""))
        let builtin = Harness.run([Harness.fixture("outage/strong.md"), "-s", "outage", "--format", "json"], directory: root.path)
        #expect(builtin.stdout.contains("\"outage.tools\""), "without the directory the built-in rubric is used")

        // The environment variable gives the same set; batch routes by folder name.
        let batch = Harness.run(["batch", "fixtures", "--format", "jsonl"], variables: ["GRADE_RUBRICS": "rubrics"], directory: root.path)
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(batch.stdout.contains("\"scenario\":\"\(id)\""), "\(batch.stdout)")
    }

    @Test func showFindsScenariosAsGradingDoes() {
        let text = Harness.run(["show", "3"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("Migration Project (migration)  ·  scenario 3  ·  built-in\n"))
        #expect(text.stdout.contains("Rubric: 10 rules + 3 general, total weight 28\n"))
        let json = Harness.run(["show", "migration", "--format", "json"])
        #expect(json.stdout.contains("\"id\": \"migration.strangler-fig\""))
        let unknown = Harness.run(["show", "migratoin"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("grade: unknown scenario 'migratoin'; did you mean 'migration'?"))
        #expect(Harness.run(["show"]).status == 2)
        #expect(Harness.run(["show", "dr", "--format", "yaml"]).stderr == "grade: unknown format 'yaml' for show (expected text or json)\n")
    }
}
