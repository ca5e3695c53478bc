import Testing

@testable import GradeKit

@Suite struct BatchFiguresTests {
    @Test(arguments: [
        (0.0, "0.0"), (72.5, "72.5"), (80, "80.0"), (100, "100.0"), (56.25, "56.3"), (66.666, "66.7"), (-0.04, "0.0"),
        (-2.5, "-2.5"), (.nan, "-"), (.infinity, "-"), (1e20, "1e+20"),
    ])
    func oneDecimal(value: Double, expected: String) {
        #expect(BatchFigures.oneDecimal(value) == expected)
    }

    @Test func bucketsTakeEdgesUpward() {
        let scores: [Double] = [0, 9.9, 10, 89.9, 90, 100]
        let items = scores.enumerated().map { index, score in
            var report = DemoRubric.grade("", file: "a\(index).md")
            report.score = score
            return BatchItem(path: "a\(index).md", outcome: .graded(report, source: .option, confidence: nil), passed: true, failureReasons: [])
        }
        let buckets = BatchResult(items: items, skipped: [], gates: .init()).scoreBuckets
        #expect(buckets.map(\.label) == ["90–100", "80–89", "70–79", "60–69", "50–59", "40–49", "30–39", "20–29", "10–19", "0–9"])
        #expect(buckets.map(\.count) == [2, 1, 0, 0, 0, 0, 0, 0, 1, 2])
    }

    @Test func barsScaleToTheWidth() {
        #expect(ScoreBucket(lower: 0, upper: 9, count: 0).bar(largest: 5) == "")
        #expect(ScoreBucket(lower: 0, upper: 9, count: 3).bar(largest: 5) == "███")
        #expect(ScoreBucket(lower: 0, upper: 9, count: 100).bar(largest: 100).count == 30)
        #expect(ScoreBucket(lower: 0, upper: 9, count: 1).bar(largest: 1000).count == 1)
    }

    @Test func formatDispatchMatchesTheReporters() {
        let result = BatchFixture.result
        #expect(BatchFormat.text.render(result, color: true) == BatchTextReporter(color: true).render(result))
        #expect(BatchFormat.jsonl.render(result) == BatchJSONReporter().renderLines(result))
        #expect(BatchFormat.junit.render(result) == JUnitReporter().render(result))
        #expect(BatchFormat.github.render(result) == GitHubReporter().render(result))
        for format in BatchFormat.allCases where format != .text {
            #expect(!format.render(result, color: true).contains("\u{1B}["))
        }
    }

    @Test func gatesInWords() {
        #expect(BatchResult(items: [], skipped: [], gates: .init()).gatesVerdict == "none")
        #expect(BatchResult(items: [], skipped: [], gates: .init(failUnder: 62.5)).gatesVerdict == "fail under 62.5 (met)")
        #expect(BatchResult(items: [], skipped: [], gates: .init(minPassRate: 80)).gatesDescription == "min pass rate 80%")
    }
}
