import Foundation
import GradeKit
import Testing

/// `grade import` in-process: files written, what is reported, and what is never overwritten.
@Suite struct ImportCommandTests {
    static let source = Harness.root.appendingPathComponent("Tests/GradeKitTests/Data/scenarios.md").path

    /// The names in `directory`, recursively, sorted; hidden temporary files included.
    static func listing(_ directory: URL) -> [String] {
        (FileManager.default.enumerator(atPath: directory.path)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func theSourceDocumentBecomesOneRubricPerScenario() throws {
        let root = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = Harness.run(["import", Self.source, "--output", "rubrics"], directory: root.path)
        #expect(run.status == 0, "\(run.stderr)")
        let ids = RubricLoader.builtinIDs
        #expect(run.stdout == ids.map { "wrote rubrics/\($0).json (10 rules)\n" }.joined() + "wrote rubrics/schema/rubric.schema.json\n")
        let warnings = run.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(warnings.count == 4)
        #expect(warnings.first?.hasSuffix("scenarios.md:199:1: warning: '## Practice Tips' is not a scenario heading (expected '## Scenario N: Title'); nothing under it is imported") == true)
        #expect(Self.listing(root.appendingPathComponent("rubrics")) == (ids.map { "\($0).json" } + ["schema", "schema/rubric.schema.json"]).sorted())

        // The written rubrics load, carry the built-in titles, and lint with warnings only.
        let set = try RubricLoader.load(directory: root.appendingPathComponent("rubrics").path)
        let builtin = try RubricLoader.builtin()
        for id in ids {
            #expect(try set.scenario(named: id).rules.map(\.title) == builtin.scenario(named: id).rules.map(\.title))
        }
        let lint = Harness.run(["lint", "rubrics"], directory: root.path)
        #expect(lint.status == 0, "\(lint.stdout)")
        #expect(!lint.stdout.contains(": error: "))
        #expect(Harness.run(["lint", "rubrics", "--strict"], directory: root.path).status == 1)
    }

    @Test func existingFilesAreNeverOverwrittenWithoutForce() throws {
        let root = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(Harness.run(["import", Self.source, "-o", "rubrics"], directory: root.path).status == 0)
        let edited = root.appendingPathComponent("rubrics/outage.json")
        try "{\"edited\": true}\n".write(to: edited, atomically: true, encoding: .utf8)
        let before = Self.listing(root.appendingPathComponent("rubrics"))

        let again = Harness.run(["import", Self.source, "-o", "rubrics"], directory: root.path)
        #expect(again.status == 2)
        #expect(again.stdout == "")
        #expect(again.stderr.hasSuffix("grade: rubrics/outage.json and 7 more already exist; use --force to replace them (nothing was written)\n"))
        #expect(try String(contentsOf: edited, encoding: .utf8) == "{\"edited\": true}\n")
        #expect(Self.listing(root.appendingPathComponent("rubrics")) == before, "no temporary file is left behind")

        let forced = Harness.run(["import", Self.source, "-o", "rubrics", "--force"], directory: root.path)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: edited, encoding: .utf8).contains("\"id\": \"outage\""))
        #expect(Self.listing(root.appendingPathComponent("rubrics")) == before)
    }

    @Test(arguments: [
        ("empty.md", Data(), "grade: empty.md:1:1: error: no scenarios found: expected '## Scenario N: Title' headings with '### Your Task' and approach lists under them; nothing was written\n"),
        ("image.md", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]), "grade: image.md: looks like a binary file, not a Markdown scenario document\n"),
        ("latin1.md", Data("## Scenario 1: Caf".utf8) + Data([0xE9, 0x0A]), "grade: latin1.md:1: not valid UTF-8; save the document as UTF-8\n"),
        ("twice.md", Data("## Scenario 1: A\n### The Situation\nDown.\n### Your Task\n- Roll back\n- Roll back\n".utf8), "grade: twice.md:6:1: error: 'Roll back' is already a rule of scenario 'A' (line 5); rule titles must be unique; nothing was written\n"),
    ])
    func badInputIsOneLineAndWritesNothing(_ name: String, _ bytes: Data, _ expected: String) throws {
        let root = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try bytes.write(to: root.appendingPathComponent(name))
        let run = Harness.run(["import", name, "--output", "out"], directory: root.path)
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == expected)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path))
    }

    @Test func usageErrors() throws {
        let root = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try "x".write(to: root.appendingPathComponent("file"), atomically: true, encoding: .utf8)
        let cases: [([String], String)] = [
            (["import"], "grade: usage: grade import <scenarios.md> [--output DIR] [--force]\n"),
            (["import", "nowhere.md"], "grade: nowhere.md: no such file\n"),
            (["import", "."], "grade: .: is a directory (give the Markdown document)\n"),
            (["import", Self.source, "--output", "file"], "grade: file: is a file, not a directory (--output names the directory to write rubrics to)\n"),
        ]
        for (arguments, expected) in cases {
            let run = Harness.run(arguments, directory: root.path)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.hasSuffix(expected) || run.stderr.hasPrefix(expected), "\(run.stderr)")
        }
    }

    @Test func standardInputIsADocumentToo() throws {
        let root = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let document = "## Scenario 12: Kafka Backlog\n### The Situation\nLag.\n### Your Task\n- Drain the backlog\n"
        let run = Harness.run(["import", "-", "-o", "."], stdin: document, directory: root.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("wrote ./kafka-backlog.json (1 rule)\n"))
    }
}
