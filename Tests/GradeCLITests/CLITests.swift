import Foundation
import GradeKit
import Testing

@testable import GradeCLI

@Suite struct CLITests {
    let strong = Harness.fixture("migration/strong.md")

    @Test func gradesAFixtureAsText() {
        let run = Harness.run([strong, "--scenario", "migration"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.hasPrefix("Migration Project (migration)"))
        #expect(run.stdout.contains("Score "))
        #expect(run.stdout.contains("Approach Elements"))
        #expect(run.stdout.contains("During the Mock"))
    }

    @Test(arguments: ["migration", "MIGRATION", "3", "Migration"])
    func scenarioByIdNumberOrCase(_ name: String) {
        let reference = Harness.run([strong, "--scenario", "migration", "--format", "json"])
        let run = Harness.run([strong, "-s", name, "--format=json"])
        #expect(run.status == 0)
        #expect(run.stdout == reference.stdout)
    }

    @Test func jsonFollowsTheContractAndListsEveryRule() throws {
        let run = Harness.run([strong, "--scenario", "migration", "--format", "json"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["file"] as? String == strong)
        #expect(object["scenario"] as? String == "migration")
        let score = try #require(object["score"] as? Double)
        #expect((0...100).contains(score))
        let rules = try #require(object["rules"] as? [[String: Any]])
        #expect(rules.count == 13)
        #expect(rules.contains { $0["title"] as? String == "Strangler fig pattern" && $0["id"] as? String == "migration.strangler-fig" })
        #expect(rules.contains { $0["section"] as? String == "During the Mock" })
        for rule in rules {
            #expect(["addressed", "mentioned", "missing"].contains(rule["status"] as? String ?? ""))
            #expect(rule["evidence"] is [[String: Any]])
            #expect(rule["weight"] is Double || rule["weight"] is Int)
        }
    }

    @Test func unknownScenarioSuggestsAndExitsTwo() {
        let run = Harness.run([strong, "--scenario", "migratoin"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "grade: unknown scenario 'migratoin'; did you mean 'migration'? (known: outage, scale, migration, security, cost, platform, dr, leadership; `grade scenarios` lists them)\n")
    }

    @Test func readsStandardInput() throws {
        let text = try String(contentsOfFile: strong, encoding: .utf8)
        let run = Harness.run(["-", "--scenario", "migration", "--format", "json"], stdin: text)
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"file\": \"-\""))
        let fromFile = Harness.run([strong, "--scenario", "migration", "--format", "json"])
        #expect(run.stdout.replacingOccurrences(of: "\"file\": \"-\"", with: "\"file\": \"\(strong)\"") == fromFile.stdout)
    }

    @Test func failUnderSetsExitOne() {
        let weak = Harness.fixture("migration/weak.md")
        let run = Harness.run([weak, "--scenario", "migration", "--fail-under", "90"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("is below --fail-under 90"))
        #expect(Harness.run([weak, "--scenario", "migration", "--fail-under", "0"]).status == 0)
    }

    @Test(arguments: [
        (["--scenario", "migration"], "missing the answer file"),
        (["a.md"], "missing --scenario"),
        (["a.md", "b.md", "-s", "dr"], "expected one answer file, got 2"),
        (["a.md", "-s", "dr", "--format", "xml"], "unknown format 'xml'"),
        (["a.md", "-s", "dr", "--fail-under", "abc"], "--fail-under expects a score from 0 to 100"),
        (["a.md", "-s", "dr", "--fail-under", "101"], "--fail-under expects a score from 0 to 100"),
        (["a.md", "-s", "dr", "--colour"], "unknown option '--colour'; did you mean '--color'?"),
        (["a.md", "-s"], "option '--scenario' needs a value"),
        (["a.md", "-s", "dr", "--color", "sometimes"], "--color expects auto, always or never"),
    ])
    func usageErrorsExitTwoWithOneClearLine(_ arguments: [String], _ message: String) {
        let run = Harness.run(arguments)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("grade: "))
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func badAnswerFilesExitTwo() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let binary = directory.appendingPathComponent("answer.md")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]).write(to: binary)

        let missing = Harness.run(["nope.md", "-s", "dr"], directory: directory.path)
        #expect(missing.status == 2)
        #expect(missing.stderr == "grade: nope.md: no such file\n")

        let folder = Harness.run([directory.path, "-s", "dr"])
        #expect(folder.status == 2)
        #expect(folder.stderr.contains("is a directory"))

        let binaryRun = Harness.run(["answer.md", "-s", "dr"], directory: directory.path)
        #expect(binaryRun.status == 2)
        #expect(binaryRun.stderr == "grade: answer.md: looks like a binary file, not a Markdown answer\n")
    }

    @Test func emptyAnswerIsGradedZeroWithANote() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try " \n\t\n".write(to: directory.appendingPathComponent("empty.md"), atomically: true, encoding: .utf8)
        let run = Harness.run(["empty.md", "-s", "outage"], directory: directory.path)
        #expect(run.status == 0)
        #expect(run.stdout.contains("Score 0 / 100"))
        #expect(run.stdout.contains("note: the answer is empty"))
    }

    @Test func invalidUTF8IsReadWithAWarning() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var bytes = Array("I would roll back the deploy to the previous version caf".utf8)
        bytes.append(0xE9)
        bytes.append(contentsOf: Array(" and write a blameless post-mortem.\n".utf8))
        try Data(bytes).write(to: directory.appendingPathComponent("latin1.md"))
        let run = Harness.run(["latin1.md", "-s", "outage", "--format", "json"], directory: directory.path)
        #expect(run.status == 0)
        #expect(run.stderr == "grade: warning: latin1.md: not valid UTF-8; invalid bytes were replaced with U+FFFD\n")
        #expect(run.stdout.contains("\"status\": \"addressed\""))
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() {
        let plain = Harness.run([strong, "-s", "migration"], terminal: false)
        #expect(!plain.stdout.contains("\u{1B}["))
        let terminal = Harness.run([strong, "-s", "migration"], terminal: true)
        #expect(terminal.stdout.contains("\u{1B}["))
        let noColor = Harness.run([strong, "-s", "migration"], terminal: true, variables: ["NO_COLOR": "1"])
        #expect(!noColor.stdout.contains("\u{1B}["))
        let dumb = Harness.run([strong, "-s", "migration"], terminal: true, variables: ["TERM": "dumb"])
        #expect(!dumb.stdout.contains("\u{1B}["))
        let json = Harness.run([strong, "-s", "migration", "--format", "json"], terminal: true)
        #expect(!json.stdout.contains("\u{1B}["))
    }

    @Test func scenariosListsTheEight() {
        let run = Harness.run(["scenarios"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 8)
        #expect(lines.first?.hasPrefix("1  outage") == true)
        #expect(lines.last?.contains("leadership") == true)
        let json = Harness.run(["scenarios", "--format", "json"])
        #expect(json.status == 0)
        #expect(json.stdout.contains("\"id\": \"dr\""))
    }

    @Test func helpAndVersion() {
        let help = Harness.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE"))
        #expect(help.stdout.contains("--fail-under"))
        #expect(Harness.run(["--version"]).stdout == "grade \(CLI.version)\n")
        for topic in ["batch", "calibrate", "scenarios", "lint", "import", "show"] {
            let topical = Harness.run(["help", topic])
            #expect(topical.status == 0)
            #expect(topical.stdout.hasPrefix("grade \(topic) —"), "\(topic)")
            #expect(Harness.run([topic, "--help"]).stdout == topical.stdout)
        }
        let none = Harness.run([])
        #expect(none.status == 2)
        #expect(none.stderr.contains("USAGE"))
    }

    @Test func brokenRubricDirectoryNamesFileLineAndColumn() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rubrics = directory.appendingPathComponent("rubrics")
        try FileManager.default.createDirectory(at: rubrics, withIntermediateDirectories: true)
        try "{\n  \"version\": 1,\n  \"id\": \"demo\"\n  \"title\": \"x\"\n}\n".write(
            to: rubrics.appendingPathComponent("demo.json"), atomically: true, encoding: .utf8)
        let run = Harness.run([strong, "-s", "demo", "--rubrics", "rubrics"], directory: directory.path)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("grade: rubrics/demo.json:4:3: invalid JSON: expected"), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)

        let missing = Harness.run([strong, "-s", "demo", "--rubrics", "nowhere"], directory: directory.path)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nowhere: no such rubric directory"))
    }

    @Test func customRubricDirectoryAddsToTheBuiltInSet() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rubric = """
            {"version": 1, "id": "incident", "number": 1, "title": "Incident", "situation": "s", "tasks": ["t"],
             "rules": [{"id": "incident.rollback", "title": "Roll back", "section": "Your Task", "weight": 2,
                        "concepts": ["roll back"], "feedback": "f"}]}
            """
        try rubric.write(to: directory.appendingPathComponent("incident.json"), atomically: true, encoding: .utf8)
        try "We would roll back the bad deploy straight away to stop the bleeding.".write(
            to: directory.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let run = Harness.run(["a.md", "-s", "incident", "--rubrics", directory.path, "--format", "json"], directory: directory.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"id\": \"incident.rollback\""))
        #expect(run.stdout.contains("\"status\": \"addressed\""))
        let list = Harness.run(["scenarios", "--rubrics", directory.path])
        #expect(list.stdout.hasPrefix("1  incident"))
        #expect(list.stdout.split(separator: "\n").count == 9, "the eight built-in scenarios stay")
        let builtin = Harness.run([Harness.fixture("outage/weak.md"), "-s", "outage", "--rubrics", directory.path])
        #expect(builtin.status == 0, "\(builtin.stderr)")
        let ambiguous = Harness.run(["a.md", "-s", "1", "--rubrics", directory.path], directory: directory.path)
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr == "grade: scenario number 1 is shared by incident, outage; use the id\n")
    }

    @Test func theRubricsVariableIsUsedUnlessTheOptionIsGiven() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (folder, title) in [("team", "Team incident"), ("mine", "My incident")] {
            let rubrics = directory.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: rubrics, withIntermediateDirectories: true)
            let rubric = """
                {"version": 1, "id": "incident", "number": 20, "title": "\(title)", "situation": "s", "tasks": ["t"],
                 "rules": [{"id": "incident.rollback", "title": "Roll back", "section": "Your Task", "weight": 2,
                            "concepts": ["roll back"], "feedback": "f"}]}
                """
            try rubric.write(to: rubrics.appendingPathComponent("incident.json"), atomically: true, encoding: .utf8)
        }
        let variables = ["GRADE_RUBRICS": "team"]
        let fromVariable = Harness.run(["scenarios"], variables: variables, directory: directory.path)
        #expect(fromVariable.stdout.contains("Team incident"), "\(fromVariable.stderr)")
        let fromOption = Harness.run(["scenarios", "--rubrics", "mine"], variables: variables, directory: directory.path)
        #expect(fromOption.stdout.contains("My incident"))
        #expect(!fromOption.stdout.contains("Team incident"))
        let missing = Harness.run(["scenarios"], variables: ["GRADE_RUBRICS": "gone"], directory: directory.path)
        #expect(missing.status == 2)
        #expect(missing.stderr == "grade: gone: no such rubric directory (from GRADE_RUBRICS)\n")
        let empty = Harness.run(["scenarios"], variables: ["GRADE_RUBRICS": ""], directory: directory.path)
        #expect(empty.status == 0)
        #expect(empty.stdout.split(separator: "\n").count == 8)
    }
}
