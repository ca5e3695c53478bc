import Foundation
import Testing

@testable import GradeKit

@Suite struct GitHubReporterTests {
    let result = BatchFixture.result

    /// The runner's reading of one command line: name, properties (unescaped) and message.
    struct Command {
        var name: String
        var properties: [String: String]
        var message: String
    }

    static func unescape(_ text: String) -> String {
        // Order matters: %25 last, so `%250A` comes back as `%0A`, not a line feed.
        text.replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n")
            .replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2C", with: ",")
            .replacingOccurrences(of: "%25", with: "%")
    }

    static func parse(_ line: Substring) -> Command? {
        guard line.hasPrefix("::") else { return nil }
        let rest = line.dropFirst(2)
        guard let end = rest.range(of: "::") else { return nil }
        let head = rest[..<end.lowerBound]
        let message = String(rest[end.upperBound...])
        let name = head.prefix { $0 != " " }
        var properties: [String: String] = [:]
        for pair in head.dropFirst(name.count).trimmingPrefix(" ").split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            properties[String(parts[0])] = unescape(String(parts[1]))
        }
        return Command(name: String(name), properties: properties, message: unescape(message))
    }

    @Test func everyLineIsOneWellFormedCommand() throws {
        let text = GitHubReporter().render(result)
        #expect(text.hasSuffix("\n"))
        #expect(!text.contains("\r"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 5)
        for line in lines {
            #expect(line.hasPrefix("::error ") || line.hasPrefix("::notice "))
            // Properties can hold no raw ':' (it ends the command head) and no control characters.
            let head = line.dropFirst(2).prefix { $0 != ":" }
            #expect(line.dropFirst(2).hasPrefix(head + "::"))
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" })
        }
    }

    @Test func failingAnswersAndErrorsAreAnnotated() throws {
        let commands = GitHubReporter().render(result).split(separator: "\n").compactMap(Self.parse)
        #expect(commands.count == 5)
        #expect(commands.map(\.name) == ["error", "error", "error", "error", "notice"])

        #expect(commands[0].properties == ["file": BatchFixture.hostilePath, "line": "1", "title": "grade: demo 52.5/100"])
        #expect(commands[0].message.hasPrefix("score 52.5 below 60; missing: "))
        #expect(commands[1].properties["file"] == "answers/bob.md")

        #expect(commands[2].properties == ["file": "answers/broken.md", "title": "grade: could not grade"])
        // The message comes back as written: the line break restored, `%0A::error::` as text.
        #expect(commands[2].message.hasPrefix("=HYPERLINK(\"x\") not valid UTF-8: <script>alert(1)</script>\n| pipes |"))
        #expect(commands[2].message.hasSuffix(" %0A::error::boom"))

        #expect(commands[3].message == "pass rate 50.0% below the minimum 75%")
        #expect(commands[4].message.contains("answers 5, graded 4, passed 2, failed 2, errors 1, skipped 2"))
    }

    @Test func passingBatchHasOnlyTheNotice() {
        let passing = BatchResult(
            items: result.items.filter(\.passed), skipped: [], gates: .init(failUnder: 60))
        let lines = GitHubReporter().render(passing).split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("::notice title=grade::answers 2,") == true)
    }

    @Test func summaryMarkdownIsTheMarkdownReport() {
        #expect(GitHubReporter().summaryMarkdown(result) == BatchMarkdownReporter().render(result))
    }
}
