import Foundation
import Testing

@testable import GradeKit

@Suite struct MarkdownReporterTests {
    static var report: GradeReport { ReporterTests.report }

    @Test func matchesGolden() throws {
        try Golden.check(MarkdownReporter().render(Self.report), file: "demo.md")
    }

    @Test func withABaselineMatchesGolden() throws {
        try Golden.check(MarkdownReporter().render(Self.report, comparison: try DemoBaseline.comparison(Self.report)), file: "demo-baseline.md")
    }

    @Test func explainedMatchesGolden() throws {
        try Golden.check(MarkdownReporter(explain: true).render(Self.report), file: "demo-explain.md")
    }

    @Test func adviceIsOrderedByThePointsEachGapWouldAdd() {
        let text = MarkdownReporter().render(Self.report)
        let advice = text.components(separatedBy: "## What would raise this score most").last ?? ""
        let first = advice.range(of: "Create post-mortem process")
        let second = advice.range(of: "Show technical depth")
        #expect(first != nil && second != nil)
        if let first, let second { #expect(first.lowerBound < second.lowerBound) }
        #expect(advice.contains("+22.5 points"))
        #expect(advice.contains("### Expand on what you only mentioned"))
        #expect(advice.contains("named on line 9: “post-mortem”"))
    }

    @Test func aFullScoreHasNothingToRaise() {
        let text = MarkdownReporter().render(DemoRubric.grade(BatchFixture.strongDemo))
        #expect(text.contains("Nothing: every rule is addressed."))
    }

    /// A hostile answer, path and rubric: everything they put in shows as text. Outside what
    /// the reporter writes itself, every Markdown or HTML character carries a backslash and
    /// no line starts with anything an answer chose.
    @Test func hostileInputStaysText() {
        let report = HostileInput.report
        let text = MarkdownReporter(explain: true).render(report, comparison: HostileInput.comparison)
        for (index, character) in zip(text.indices, text) where "<>[]`|".contains(character) {
            let before = text[..<index].last
            // The reporter's own table pipes are surrounded by spaces and start or end rows.
            if character == "|" && (before == " " || before == "\n" || before == nil) { continue }
            let context = text[(text.index(index, offsetBy: -30, limitedBy: text.startIndex) ?? text.startIndex)...index]
            #expect(before == "\\", "unescaped \(character) after: \(context)")
        }
        #expect(!text.contains("https://"))
        #expect(!text.replacingOccurrences(of: "\\<", with: "").contains("<!--"))
        #expect(!text.contains("\u{0}") && !text.contains("\u{1B}"))
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(headings.allSatisfy { $0.hasPrefix("# ") || $0.hasPrefix("## ") || $0.hasPrefix("### ") })
        let sections = Set(report.rules.map(\.rule.section)).count
        let expand = report.count(.mentioned) > 0 ? 1 : 0
        #expect(HostileInput.comparison != nil)
        #expect(headings.count == 1 + 3 + sections + 1 + expand, "\(headings)")
    }
}
