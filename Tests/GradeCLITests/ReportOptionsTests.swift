import Foundation
import GradeKit
import Testing

@testable import GradeCLI

/// `--format markdown|html`, `--baseline` and `--output` for one answer.
@Suite struct ReportOptionsTests {
    let partial = Harness.fixture("migration/partial.md")
    let weak = Harness.fixture("migration/weak.md")

    /// A folder with `weak.json`, the weak migration answer's result, to use as a baseline.
    func folderWithBaseline() throws -> URL {
        let folder = try Harness.temporaryDirectory()
        let run = Harness.run([weak, "-s", "migration", "--format", "json", "-o", "weak.json"], directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        return folder
    }

    @Test func markdownAndHTMLFormats() {
        let markdown = Harness.run([partial, "-s", "migration", "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("# Migration Project: "))
        #expect(markdown.stdout.contains("## Coverage by section"))
        #expect(markdown.stdout.contains("## What would raise this score most"))
        let html = Harness.run([partial, "-s", "migration", "-f", "HTML"])
        #expect(html.status == 0)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.stdout.hasSuffix("</html>\n"))
        #expect(!html.stdout.contains("\u{1B}["), "never colour outside text")
        let coloured = Harness.run([partial, "-s", "migration", "-f", "html", "--color", "always"])
        #expect(coloured.stdout == html.stdout)
    }

    @Test func baselineShowsTheScoreChangeAndWhatImprovedOrRegressed() throws {
        let folder = try folderWithBaseline()
        defer { try? FileManager.default.removeItem(at: folder) }
        let earlier = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("weak.json"))) as? [String: Any])
        let now = try #require(
            try JSONSerialization.jsonObject(with: Data(Harness.run([partial, "-s", "migration", "-f", "json"]).stdout.utf8)) as? [String: Any])
        let before = try #require(earlier["score"] as? Double)
        let after = try #require(now["score"] as? Double)
        let delta = ((after - before) * 10).rounded() / 10
        #expect(delta > 0)

        let text = Harness.run([partial, "-s", "migration", "--baseline", "weak.json"], directory: folder.path)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Since weak.json: \(before.formattedScore) → \(after.formattedScore) (+\(delta.formattedScore))"))
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("  ↑ ") && $0.contains(" → ") })
        #expect(lines.contains { $0.hasPrefix("  ↓ ") && $0.contains(" → ") })

        let json = Harness.run([partial, "-s", "migration", "-f", "json", "-b", "weak.json"], directory: folder.path)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let baseline = try #require(object["baseline"] as? [String: Any])
        #expect(baseline["file"] as? String == "weak.json")
        #expect(baseline["scoreDelta"] as? Double == delta)
        let changes = try #require(baseline["changes"] as? [[String: Any]])
        let improved = changes.filter { $0["change"] as? String == "improved" }
        let regressed = changes.filter { $0["change"] as? String == "regressed" }
        #expect(!improved.isEmpty)
        #expect(!regressed.isEmpty, "partial.md drops something weak.md had")
        for change in improved {
            let before = try #require(RuleStatus(rawValue: change["before"] as? String ?? ""))
            let after = try #require(RuleStatus(rawValue: change["after"] as? String ?? ""))
            #expect(after > before)
        }
        let summary = try #require(baseline["summary"] as? [String: Int])
        #expect(summary["improved"] == improved.count && summary["regressed"] == regressed.count)

        let markdown = Harness.run([partial, "-s", "migration", "-f", "markdown", "--baseline", "weak.json"], directory: folder.path)
        #expect(markdown.stdout.contains("## Since the baseline"))
        #expect(markdown.stdout.contains("⬆️ improved") && markdown.stdout.contains("⬇️ regressed"))
        let html = Harness.run([partial, "-s", "migration", "-f", "html", "--baseline", "weak.json"], directory: folder.path)
        #expect(html.stdout.contains("<h2 id=\"baseline\">Since the baseline</h2>"))
        #expect(html.stdout.contains("up +\(delta.formattedScore) since weak.json"))
        #expect(html.stdout.contains("▲</span> improved") && html.stdout.contains("▼</span> regressed"))
    }

    @Test func aBaselineForAnotherScenarioIsOneLineAndExitTwo() throws {
        let folder = try folderWithBaseline()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = Harness.run([Harness.fixture("outage/strong.md"), "-s", "outage", "--baseline", "weak.json"], directory: folder.path)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "grade: weak.json: the baseline is a result for scenario 'migration', not 'outage'; compare attempts at the same scenario\n")
    }

    @Test(arguments: [
        ("missing.json", nil, "grade: missing.json: no such file\n"),
        ("folder", nil, "grade: folder: is a directory, not a file\n"),
        ("broken.json", "{\"scenario\": \"migration\",\n  \"score\": }", "grade: broken.json:2:12: invalid JSON: "),
        ("batch.json", "{\"summary\": {}, \"answers\": []}", "grade: batch.json:1:1: not a result of 'grade --format json': no 'scenario'\n"),
        ("binary.json", "\u{0}\u{1}\u{2}", "grade: binary.json:1:1: invalid JSON: "),
    ])
    func unreadableBaselinesAreOneLineAndExitTwo(_ name: String, _ content: String?, _ message: String) throws {
        let folder = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("folder"), withIntermediateDirectories: true)
        if let content { try content.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let run = Harness.run([partial, "-s", "migration", "--baseline", name, "-f", "html"], directory: folder.path)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
        #expect(run.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func outputIsWrittenAtomically() throws {
        let folder = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = Harness.run([partial, "-s", "migration", "-f", "html", "--output", "report.html"], directory: folder.path)
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html == Harness.run([partial, "-s", "migration", "-f", "html"]).stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"])
        let missing = Harness.run([partial, "-s", "migration", "-o", "no/such/dir/r.txt"], directory: folder.path)
        #expect(missing.status == 2)
        #expect(missing.stderr == "grade: no/such/dir/r.txt: cannot write report: no directory no/such/dir\n")
        let directory = Harness.run([partial, "-s", "migration", "-o", "."], directory: folder.path)
        #expect(directory.status == 2)
        #expect(directory.stderr == "grade: .: is a directory; give a file name for the report\n")
        let underFile = Harness.run([partial, "-s", "migration", "-o", "report.html/r.txt"], directory: folder.path)
        #expect(underFile.status == 2)
        #expect(underFile.stderr == "grade: report.html/r.txt: cannot write report: report.html is a file, not a directory\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"], "nothing half-written")
    }

    @Test func helpNamesTheNewOptions() {
        let help = Harness.run(["--help"]).stdout
        #expect(help.contains("--baseline <file>") && help.contains("markdown") && help.contains("html"))
        #expect(Harness.run(["batch", "--help"]).stdout.contains("--report-dir <dir>"))
    }
}
