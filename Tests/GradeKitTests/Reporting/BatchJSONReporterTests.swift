import Testing

@testable import GradeKit

@Suite struct BatchJSONReporterTests {
    let result = BatchFixture.result

    @Test func documentHasSummaryAnswersAndSkipped() throws {
        let root = try JSONParser.parse(BatchJSONReporter().render(result))
        #expect(root.members?.map(\.key) == ["summary", "answers", "skipped"])

        let summary = try #require(root.member("summary")?.value)
        #expect(summary.member("answers")?.value.intValue == 5)
        #expect(summary.member("graded")?.value.intValue == 4)
        #expect(summary.member("passed")?.value.intValue == 2)
        #expect(summary.member("failed")?.value.intValue == 2)
        #expect(summary.member("errors")?.value.intValue == 1)
        #expect(summary.member("skipped")?.value.intValue == 2)
        #expect(summary.member("meanScore")?.value.numberValue == BatchFigures.rounded(result.meanScore))
        #expect(summary.member("passRate")?.value.numberValue == 50)
        #expect(summary.member("meetsGates")?.value.boolValue == false)
        #expect(summary.member("gates")?.value.member("failUnder")?.value.numberValue == 60)
        #expect(summary.member("gates")?.value.member("minPassRate")?.value.numberValue == 75)
        #expect(summary.member("bands")?.value.members?.map(\.key) == ["Strong", "Solid", "Developing", "Needs work"])

        let skipped = try #require(root.member("skipped")?.value.elements)
        #expect(skipped.map { $0.member("path")?.value.stringValue } == result.skipped.map(\.path))
        #expect(skipped.map { $0.member("reason")?.value.stringValue } == result.skipped.map(\.reason))
    }

    @Test func answersKeepOrderShapeAndHostileText() throws {
        let root = try JSONParser.parse(BatchJSONReporter().render(result))
        let answers = try #require(root.member("answers")?.value.elements)
        #expect(answers.count == result.items.count)
        for (answer, item) in zip(answers, result.items) {
            #expect(answer.member("file")?.value.stringValue == item.path)
            if let message = item.error {
                #expect(answer.members?.map(\.key) == ["file", "error"])
                #expect(answer.member("error")?.value.stringValue == message)
                continue
            }
            var keys = ["file", "scenario", "scenarioSource", "passed", "failureReasons", "result"]
            if item.scenarioChoice?.confidence != nil { keys.insert("confidence", at: 3) }
            #expect(answer.members?.map(\.key) == keys)
            #expect(answer.member("passed")?.value.boolValue == item.passed)
            #expect(answer.member("failureReasons")?.value.elements?.compactMap(\.stringValue) == item.failureReasons)
            #expect(answer.member("scenarioSource")?.value.stringValue == item.scenarioChoice?.source.rawValue)
        }
        #expect(answers[0].member("confidence")?.value.numberValue == 0.75)
        #expect(answers[0].member("scenarioSource")?.value.stringValue == "detected")

        // The hostile answer's evidence comes back exactly, NUL byte included.
        let report = try #require(result.items[0].report)
        let rules = try #require(answers[0].member("result")?.value.member("rules")?.value.elements)
        let parsed = rules.flatMap { $0.member("evidence")?.value.elements ?? [] }.compactMap { $0.member("text")?.value.stringValue }
        #expect(parsed == report.rules.flatMap(\.evidence).map(\.text))
        #expect(parsed.contains { $0.contains("<script>alert(1)</script>") })
        #expect(parsed.contains { $0.contains("\u{0}") })
    }

    @Test func resultIsExactlyTheSingleAnswerReport() throws {
        let compact = JSONWriter.write(BatchJSONReporter.value(of: result), pretty: false)
        for item in result.items {
            guard let report = item.report else { continue }
            #expect(compact.contains(#""result":"# + JSONWriter.write(JSONReporter.value(of: report), pretty: false) + "}"))
        }
    }

    @Test func linesAreOneCompactAnswerEach() throws {
        let text = BatchJSONReporter().renderLines(result)
        #expect(text.hasSuffix("}\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == result.items.count)
        for (line, item) in zip(lines, result.items) {
            #expect(String(line) == JSONWriter.write(BatchJSONReporter.value(of: item), pretty: false))
            let node = try JSONParser.parse(String(line))
            #expect(node.member("file")?.value.stringValue == item.path)
            #expect((node.member("error") != nil) == (item.error != nil))
            #expect(!line.contains("\r"))
        }
    }

    @Test func emptyBatch() throws {
        let empty = BatchResult(items: [], skipped: [], gates: .init())
        #expect(BatchJSONReporter().renderLines(empty) == "")
        let root = try JSONParser.parse(BatchJSONReporter().render(empty))
        #expect(root.member("answers")?.value.elements?.isEmpty == true)
        #expect(root.member("summary")?.value.member("passRate")?.value.numberValue == 100)
        #expect(root.member("summary")?.value.member("gates")?.value.member("failUnder")?.value.isNull == true)
    }
}
