import Foundation
import Testing

@testable import GradeKit

@Suite struct ReporterTests {
    static let answer = """
        ---
        candidate: demo
        ---
        # My plan

        Check what changed in the last deploy; if it is the cause I would roll back to the previous version.
        We would also add read replicas, though the downside is replica lag for reads that need fresh data.

        - post-mortem
        - Tools: `kubectl`, `pg_stat_activity`

        Hostile text stays text: <script>alert("x")</script> & "quotes"
        """

    static var report: GradeReport { DemoRubric.grade(answer, file: "answers/demo.md") }

    @Test func textReportMatchesGolden() throws {
        try Golden.check(TextReporter().render(Self.report), file: "demo.txt")
    }

    @Test func explainedTextReportMatchesGolden() throws {
        try Golden.check(TextReporter(explain: true).render(Self.report), file: "demo-explain.txt")
    }

    @Test func jsonReportMatchesGolden() throws {
        try Golden.check(JSONReporter().render(Self.report), file: "demo.json")
    }

    @Test func aRejectedRuleShowsWhyItEarnedNothing() {
        let report = DemoRubric.grade("We would not roll back the release, because the deploy is six hours old.")
        #expect(report.rules[0].status == .missing)
        #expect(TextReporter().render(report).contains("line 1: We would not roll back the release, because the deploy is six hours old.  (negated by 'not')"))
    }

    @Test func textReportWithABaselineMatchesGolden() throws {
        try Golden.check(TextReporter().render(Self.report, comparison: try DemoBaseline.comparison(Self.report)), file: "demo-baseline.txt")
    }

    @Test func jsonReportWithABaselineMatchesGolden() throws {
        let text = JSONReporter().render(Self.report, comparison: try DemoBaseline.comparison(Self.report))
        try Golden.check(text, file: "demo-baseline.json")
        // The baseline object is added last; everything before it is the plain report.
        let plain = JSONReporter().render(Self.report)
        #expect(text.hasPrefix(String(plain.dropLast(3))))
        let root = try JSONParser.parse(text)
        #expect(root.members?.last?.key == "baseline")
        // A result with a baseline in it can serve as the next baseline.
        let again = try Baseline.parse(text.utf8, source: "next.json")
        #expect(again.score == Self.report.score)
    }

    @Test func textHasNoEscapesWithoutColorAndSomeWithIt() {
        #expect(!TextReporter(color: false).render(Self.report).contains("\u{1B}["))
        #expect(TextReporter(color: true).render(Self.report).contains("\u{1B}[32m"))
    }

    @Test func jsonFollowsTheContract() throws {
        let text = JSONReporter().render(Self.report)
        let root = try JSONParser.parse(text)
        guard case .object(let members) = root.value else {
            Issue.record("not an object")
            return
        }
        let keys = members.map(\.key)
        #expect(Array(keys.prefix(3)) == ["file", "scenario", "title"])
        #expect(keys.contains("score") && keys.contains("rules"))
        guard case .array(let rules)? = members.first(where: { $0.key == "rules" })?.value.value else {
            Issue.record("no rules array")
            return
        }
        #expect(rules.count == 5)
        for rule in rules {
            guard case .object(let fields) = rule.value else { continue }
            let names = fields.map(\.key)
            #expect(names == ["id", "title", "section", "weight", "status", "credit", "evidence", "feedback"])
            if case .string(let status)? = fields.first(where: { $0.key == "status" })?.value.value {
                #expect(["addressed", "mentioned", "missing"].contains(status))
            }
        }
    }

    @Test func jsonIsByteForByteDeterministic() {
        #expect(JSONReporter().render(Self.report) == JSONReporter().render(DemoRubric.grade(Self.answer, file: "answers/demo.md")))
    }
}
