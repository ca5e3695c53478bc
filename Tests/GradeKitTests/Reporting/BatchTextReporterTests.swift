import Testing

@testable import GradeKit

@Suite struct BatchTextReporterTests {
    let result = BatchFixture.result

    static func strippingColor(_ text: String) -> String {
        var out = ""
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test func noControlCharactersWithoutColour() {
        let text = BatchTextReporter().render(result)
        #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F..<0xA0).contains($0.value) })
        #expect(text.contains("\u{FFFD}]0;pwned"))
    }

    @Test func colourOnlyAddsEscapes() {
        let plain = BatchTextReporter().render(result)
        let colored = BatchTextReporter(color: true).render(result)
        #expect(colored.contains("\u{1B}[31mFAIL\u{1B}[0m"))
        #expect(colored.contains("\u{1B}[32mpass\u{1B}[0m"))
        #expect(Self.strippingColor(colored) == plain)
    }

    @Test func tableHasAHeaderAndARowPerAnswerInOrder() throws {
        let lines = BatchTextReporter().render(result).split(separator: "\n", omittingEmptySubsequences: false)
        let table = lines.prefix { !$0.isEmpty }
        #expect(table.count == result.items.count + 1)
        #expect(table.first?.hasPrefix("FILE") == true)
        for (line, item) in zip(table.dropFirst(), result.items) {
            #expect(line.hasPrefix(item.path))
        }
        // Columns line up: every row has SCORE ending at the same place.
        let header = try #require(table.first)
        let scoreEnd = try #require(header.range(of: "SCORE")).upperBound
        let offset = header.distance(from: header.startIndex, to: scoreEnd)
        for line in table.dropFirst() {
            let end = line.index(line.startIndex, offsetBy: offset)
            #expect(line[line.index(end, offsetBy: -1)] != " ")
            #expect(line[end] == " ")
        }
        #expect(table.last?.contains("ERROR") == true)
    }

    @Test func totalsGatesAndDistribution() {
        let text = BatchTextReporter().render(result)
        #expect(text.contains("graded 4  ·  passed 2  ·  failed 2  ·  errors 1  ·  skipped 2"))
        #expect(text.contains("pass rate 50.0%"))
        #expect(text.contains("gates: fail under 60, min pass rate 75% (not met)"))
        #expect(text.contains("  90–100    1 █\n"))
        #expect(text.contains("Skipped (2)\n  answers/=HYPERLINK(\"x\").txt: not Markdown (.txt)\n"))
    }

    @Test func emptyBatch() {
        let text = BatchTextReporter().render(BatchResult(items: [], skipped: [], gates: .init()))
        #expect(text.hasPrefix("No answers to grade.\n"))
        #expect(text.contains("gates: none"))
        #expect(!text.contains("Score distribution"))
    }
}

extension BatchTextReporterTests {
    @Test func anOffTopicAnswerSaysWhichScenarioItAnswersInsteadOfItsGaps() {
        var report = BatchFixture.grade(BatchFixture.weakDemo, file: "answers/dave.md", rubric: DemoRubric.rubric)
        report.offTopic = OffTopic(scenario: "backup", title: "Backups", coverage: 80, ownCoverage: 5)
        let item = BatchItem(
            path: "answers/dave.md", outcome: .graded(report, source: .path, confidence: nil), passed: false,
            failureReasons: ["score 10 below 60"])
        #expect(item.topGapTitles(2) == ["off topic: answers backup"])
        #expect(item.failureSummary() == "score 10 below 60; off topic: answers backup")
        let table = BatchTextReporter().render(BatchResult(items: [item], skipped: [], gates: BatchFixture.gates))
        #expect(table.contains("off topic: answers backup"))
    }
}
