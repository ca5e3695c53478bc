import Foundation
import Testing

/// `grade lint` in-process: output lines, formats and exit codes.
@Suite struct LintCommandTests {
    static let warned = """
        {"version": 1, "id": "demo", "number": 40, "title": "Demo", "situation": "s", "tasks": ["Roll back"],
         "rules": [{"id": "demo.rollback", "title": "Roll back", "section": "Your Task", "weight": 2,
                    "concepts": ["roll back", "helm rollback"], "feedback": "f"}]}
        """

    func directory(_ files: [String: String]) throws -> URL {
        let directory = try Harness.temporaryDirectory()
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("rubrics"), withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent("rubrics/\(name)"), atomically: true, encoding: .utf8)
        }
        return directory
    }

    @Test func theBuiltInSetLintsCleanWithStrict() {
        let run = Harness.run(["lint", "--strict"])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout == "")
        #expect(run.stderr == "grade lint: 10 files checked: no problems\n")
    }

    @Test func warningsPassUnlessStrict() throws {
        let root = try directory(["demo.json": Self.warned])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = Harness.run(["lint", "rubrics"], directory: root.path)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("rubrics/demo.json:3:25: warning: rule 'demo.rollback' has only 2 concepts;"), "\(run.stdout)")
        #expect(run.stderr == "grade lint: 1 file checked: 0 errors, 1 warning\n")
        let strict = Harness.run(["lint", "rubrics/demo.json", "--strict"], directory: root.path)
        #expect(strict.status == 1)
        #expect(strict.stdout == run.stdout)
    }

    @Test func errorsExit2AndEveryOneIsListed() throws {
        let broken = Self.warned.replacingOccurrences(of: "\"weight\": 2", with: "\"weight\": -1")
            .replacingOccurrences(of: "\"title\": \"Demo\"", with: "\"titel\": \"Demo\"")
        let root = try directory(["demo.json": broken, "empty.json": "", "binary.json": "\u{0}\u{1}PNG"])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = Harness.run(["lint", "rubrics"], directory: root.path)
        #expect(run.status == 2)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 6, "\(lines)")
        #expect(lines[0].hasPrefix("rubrics/binary.json:1:1: error: invalid JSON: unexpected character U+0000"))
        #expect(lines[1] == "rubrics/demo.json:1:1: error: the rubric is missing required key 'title'")
        #expect(lines[2].hasPrefix("rubrics/demo.json:1:44: error: unknown key 'titel' in the rubric; did you mean 'title'? (known keys: $schema, id, number, rules, situation, tasks, title, version)"))
        #expect(lines[3].hasPrefix("rubrics/demo.json:2:92: error: weight of rule 'demo.rollback' must be greater than 0"))
        #expect(lines[4].hasPrefix("rubrics/demo.json:3:25: warning: rule 'demo.rollback' has only 2 concepts"))
        #expect(lines[5] == "rubrics/empty.json:1:1: error: invalid JSON: empty document (expected a JSON value)")
        #expect(run.stderr == "grade lint: 3 files checked: 5 errors, 1 warning\n")
    }

    @Test(arguments: [
        ("", "empty.json:1:1: error: invalid JSON: empty document (expected a JSON value)\n"),
        ("\u{0}\u{1}PNG", "bad.json:1:1: error: invalid JSON: unexpected character U+0000 (expected a value)\n"),
        ("{\"version\": 1,\n  \"id\": \"x\",,}", "bad.json:2:13: error: invalid JSON: expected a double-quoted object key, found ','\n"),
    ])
    func aBadFileIsOneClearLine(_ text: String, _ expected: String) throws {
        let name = String(expected.prefix { $0 != ":" })
        let root = try directory([name: text])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = Harness.run(["lint", name], directory: root.appendingPathComponent("rubrics").path)
        #expect(run.status == 2)
        #expect(run.stdout == expected)
    }

    @Test func jsonListsEveryDiagnostic() throws {
        let root = try directory(["demo.json": Self.warned])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = Harness.run(["lint", "rubrics", "--format", "json"], directory: root.path)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["files"] as? [String] == ["rubrics/demo.json"])
        #expect(object["errors"] as? Int == 0)
        #expect(object["warnings"] as? Int == 1)
        let first = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["file"] as? String == "rubrics/demo.json")
        #expect(first["line"] as? Int == 3)
        #expect(first["column"] as? Int == 25)
        #expect(first["severity"] as? String == "warning")
        #expect(Harness.run(["lint", "rubrics", "--format", "json"], directory: root.path).stdout == run.stdout)
    }

    @Test func usageErrors() {
        let format = Harness.run(["lint", "--format", "xml"])
        #expect(format.status == 2)
        #expect(format.stderr == "grade: unknown format 'xml' for lint (expected text or json)\n")
        let missing = Harness.run(["lint", "nowhere"])
        #expect(missing.status == 2)
        #expect(missing.stdout == "nowhere:1:1: error: no such file or directory\n")
    }
}
