import Foundation
import Testing

@testable import GradeCLI

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct BatchCommandTests {
    /// answers/migration/{strong,weak}.md, answers/outage/partial.md, answers/notes.txt
    static func makeAnswers(extra: [String: Data] = [:]) throws -> URL {
        let root = try Harness.temporaryDirectory()
        let fm = FileManager.default
        for (scenario, name) in [("migration", "strong"), ("migration", "weak"), ("outage", "partial")] {
            let folder = root.appendingPathComponent("answers/\(scenario)")
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            try fm.copyItem(atPath: Harness.fixture("\(scenario)/\(name).md"), toPath: folder.appendingPathComponent("\(name).md").path)
        }
        try "not an answer".write(to: root.appendingPathComponent("answers/notes.txt"), atomically: true, encoding: .utf8)
        for (path, data) in extra {
            try data.write(to: root.appendingPathComponent(path))
        }
        return root
    }

    @Test func textSummaryAndExitCodes() throws {
        let root = try Self.makeAnswers()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = Harness.run(["batch", "answers"], directory: root.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("answers/migration/strong.md"))
        #expect(run.stdout.contains("answers/notes.txt"))
        let gated = Harness.run(["batch", "answers", "--fail-under", "60"], directory: root.path)
        #expect(gated.status == 1)
        let lenient = Harness.run(["batch", "answers", "--fail-under", "60", "--min-pass-rate", "30%"], directory: root.path)
        #expect(lenient.status == 0)
        let strict = Harness.run(["batch", "answers", "--fail-under", "60", "--min-pass-rate", "90"], directory: root.path)
        #expect(strict.status == 1)
    }

    @Test func twoRunsGiveTheSameBytes() throws {
        let root = try Self.makeAnswers()
        defer { try? FileManager.default.removeItem(at: root) }
        for format in ["text", "json", "jsonl", "csv", "junit", "github", "markdown"] {
            let first = Harness.run(["batch", "answers", "-f", format, "-j", "1"], directory: root.path)
            let second = Harness.run(["batch", "answers", "-f", format, "-j", "4"], directory: root.path)
            #expect(first.status == 0)
            #expect(first.stdout == second.stdout, "\(format)")
            #expect(!first.stdout.isEmpty)
        }
    }

    @Test func jsonParsesBackWithEveryAnswer() throws {
        let root = try Self.makeAnswers()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = Harness.run(["batch", "answers", "--format", "json"], directory: root.path)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let answers = try #require(object["answers"] as? [[String: Any]])
        #expect(answers.count == 3)
        let result = try #require(answers.first?["result"] as? [String: Any])
        #expect((result["rules"] as? [Any])?.count == 13)
        let lines = Harness.run(["batch", "answers", "--format", "jsonl"], directory: root.path).stdout.split(separator: "\n")
        #expect(lines.count == 3)
        for line in lines { #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any]) }
    }

    @Test func junitParsesBackAsXML() throws {
        let root = try Self.makeAnswers(extra: ["answers/outage/evil.md": Data("<script>alert(1)</script> \u{1}&\"".utf8)])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = Harness.run(["batch", "answers", "--format", "junit", "--fail-under", "50", "--keep-going"], directory: root.path)
        #expect(run.status == 1)
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(run.stdout.utf8))
        parser.delegate = counter
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(counter.counts["testsuite", default: 0] >= 2)
        #expect(counter.counts["testcase"] == 4)
        #expect(counter.counts["failure", default: 0] >= 1)
    }

    @Test func unreadableFilesSetExitTwoUnlessKeepGoing() throws {
        let root = try Self.makeAnswers(extra: ["answers/outage/binary.md": Data([0, 1, 2, 3])])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = Harness.run(["batch", "answers"], directory: root.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("grade: answers/outage/binary.md: looks like a binary file"))
        #expect(run.stdout.contains("answers/migration/strong.md"), "the rest of the batch is still graded")
        #expect(Harness.run(["batch", "answers", "--keep-going"], directory: root.path).status == 0)
    }

    @Test func outputIsWrittenAtomicallyAndOnlyOnSuccess() throws {
        let root = try Self.makeAnswers()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = Harness.run(["batch", "answers", "--format", "csv", "--output", "out/report.csv"], directory: root.path)
        #expect(run.status == 2, "the folder out/ does not exist")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out/report.csv").path))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("out"), withIntermediateDirectories: true)
        let ok = Harness.run(["batch", "answers", "--format", "csv", "--output", "out/report.csv"], directory: root.path)
        #expect(ok.status == 0)
        #expect(ok.stdout.isEmpty)
        let csv = try String(contentsOf: root.appendingPathComponent("out/report.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\n").count == 4)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("out").path)
        #expect(leftovers == ["report.csv"])
    }

    @Test func reportDirectoryHasAPagePerAnswerAndAnIndex() throws {
        let root = try Self.makeAnswers(extra: ["answers/outage/binary.md": Data([0, 1, 2, 3])])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = Harness.run(["batch", "answers", "--report-dir", "out/html", "--keep-going", "-f", "csv"], directory: root.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == 5, "the --format report still goes to stdout")
        let folder = root.appendingPathComponent("out/html")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["answers-migration-strong.html", "answers-migration-weak.html", "answers-outage-partial.html", "index.html"])

        let index = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(index.utf8))
        parser.delegate = counter
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        for path in ["answers/migration/strong.md", "answers/migration/weak.md", "answers/outage/partial.md", "answers/outage/binary.md"] {
            #expect(index.contains(path.replacingOccurrences(of: "/", with: "/<wbr/>")), "\(path) in the index")
        }
        #expect(index.contains("Rules most often missed") && index.contains("<svg class=\"chart histogram\""))
        for name in names where name != "index.html" {
            #expect(index.contains("<a href=\"\(name)\">"))
            let page = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let pageParser = XMLParser(data: Data(page.utf8))
            #expect(pageParser.parse(), "\(name)")
            #expect(page.contains("<a href=\"index.html\">"))
        }

        // The same batch again, into the same folder: the same bytes, nothing left over.
        let again = Harness.run(["batch", "answers", "--report-dir", "out/html", "--keep-going", "-j", "1"], directory: root.path)
        #expect(again.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == names)
        #expect(try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8) == index)
    }

    @Test func reportDirectoryThatIsAFileIsAnError() throws {
        let root = try Self.makeAnswers()
        defer { try? FileManager.default.removeItem(at: root) }
        try "x".write(to: root.appendingPathComponent("taken"), atomically: true, encoding: .utf8)
        let run = Harness.run(["batch", "answers", "--report-dir", "taken"], directory: root.path)
        #expect(run.status == 2)
        #expect(run.stderr == "grade: taken: exists and is not a directory\n")
    }

    @Test func githubFormatAnnotatesAndWritesTheStepSummary() throws {
        let root = try Self.makeAnswers()
        defer { try? FileManager.default.removeItem(at: root) }
        let summary = root.appendingPathComponent("summary.md")
        let run = Harness.run(
            ["batch", "answers", "--format", "github", "--fail-under", "60"], variables: ["GITHUB_STEP_SUMMARY": summary.path],
            directory: root.path)
        #expect(run.status == 1)
        #expect(run.stdout.contains("::error file=answers/migration/weak.md"))
        let markdown = try String(contentsOf: summary, encoding: .utf8)
        #expect(markdown.contains("|"))
    }

    @Test(arguments: [
        (["batch"], "missing answers"),
        (["batch", "answers", "--format", "xml"], "unknown format 'xml'"),
        (["batch", "answers", "--jobs", "0"], "--jobs expects a number from 1 to 256"),
        (["batch", "answers", "--min-pass-rate", "120"], "--min-pass-rate expects a percentage"),
        (["batch", "answers", "--scenario", "nope"], "unknown scenario 'nope'"),
        (["batch", "empty"], "no Markdown answers (*.md) found in empty"),
    ])
    func usageErrors(_ arguments: [String], _ message: String) throws {
        let root = try Self.makeAnswers()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let run = Harness.run(arguments, directory: root.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func aRequiredRuleFailsAnAnswerWhateverItsScore() throws {
        let root = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let rubric = """
            {"version": 1, "id": "incident", "number": 1, "title": "Incident", "situation": "s", "tasks": ["t"],
             "rules": [
               {"id": "incident.rollback", "title": "Roll back", "section": "Your Task", "weight": 9,
                "concepts": ["roll back"], "feedback": "f"},
               {"id": "incident.comms", "title": "Tell customers", "section": "Your Task", "weight": 1,
                "concepts": ["status page"], "feedback": "f", "required": true}]}
            """
        try FileManager.default.createDirectory(at: root.appendingPathComponent("rubrics"), withIntermediateDirectories: true)
        try rubric.write(to: root.appendingPathComponent("rubrics/incident.json"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("incident"), withIntermediateDirectories: true)
        try "We would roll back the release at once because the deploy caused it.".write(
            to: root.appendingPathComponent("incident/a.md"), atomically: true, encoding: .utf8)
        let run = Harness.run(["batch", "incident", "--rubrics", "rubrics", "--format", "json"], directory: root.path)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("required rule missing: Tell customers"))
    }

    @Test func aThousandAnswersInOneFolder() throws {
        let root = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("outage")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for i in 0..<1000 {
            try "Roll back the last deploy \(i) with helm rollback because it changed the queries.".write(
                to: folder.appendingPathComponent(String(format: "a%04d.md", i)), atomically: false, encoding: .utf8)
        }
        let run = Harness.run(["batch", ".", "--format", "csv"], directory: root.path)
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: "\n").count == 1001)
    }
}

/// Counts XML elements by name.
final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        counts[elementName, default: 0] += 1
    }
}
