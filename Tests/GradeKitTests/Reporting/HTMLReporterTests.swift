import Foundation
import Testing

@testable import GradeKit

@Suite struct HTMLReporterTests {
    static var report: GradeReport { ReporterTests.report }

    /// Every page the tests look at: plain, with a baseline, explained, hostile, empty.
    static var pages: [(name: String, html: String)] {
        get throws {
            [
                ("demo", HTMLReporter().render(report)),
                ("baseline", HTMLReporter().render(report, comparison: try DemoBaseline.comparison(report))),
                ("explain", HTMLReporter(explain: true, indexLink: "index.html").render(report)),
                ("hostile", HTMLReporter(explain: true).render(HostileInput.report, comparison: HostileInput.comparison)),
                ("empty", HTMLReporter().render(DemoRubric.grade(" \n"))),
                ("strong", HTMLReporter().render(DemoRubric.grade(BatchFixture.strongDemo))),
            ]
        }
    }

    @Test func matchesGolden() throws {
        try Golden.check(HTMLReporter().render(Self.report), file: "demo.html")
    }

    @Test func withABaselineMatchesGolden() throws {
        try Golden.check(HTMLReporter().render(Self.report, comparison: try DemoBaseline.comparison(Self.report)), file: "demo-baseline.html")
    }

    @Test func everyPageIsWellFormed() throws {
        for (name, html) in try Self.pages {
            let walker = XMLWalker.parse(html)
            #expect(walker.error == nil, "\(name): \(walker.error ?? "")")
            #expect(walker.elements.first?.name == "html", "\(name)")
        }
    }

    /// Self-contained: nothing is fetched and nothing runs.
    @Test func carriesNoExternalURLOrScript() throws {
        for (name, html) in try Self.pages {
            let lowered = html.lowercased()
            for forbidden in ["http://", "https://", "<script", "@import", "url(", "src=\"//", "href=\"//", "<link", "<iframe", "<object"] {
                #expect(!lowered.contains(forbidden), "\(name) contains \(forbidden)")
            }
            let walker = XMLWalker.parse(html)
            for element in walker.elements {
                for (attribute, value) in element.attributes {
                    #expect(!attribute.lowercased().hasPrefix("on"), "\(name): \(element.name) has \(attribute)")
                    if attribute == "href" { #expect(value.hasPrefix("#") || value == "index.html", "\(name): href \(value)") }
                    #expect(attribute != "src" && attribute != "style", "\(name): \(element.name) has \(attribute)")
                }
            }
            #expect(walker.all("style").count == 1)
        }
    }

    /// The hostile answer, path, rubric and baseline show as text: the page has only the
    /// elements the reporter writes, and the text reads as typed.
    @Test func hostileInputStaysText() throws {
        let html = HTMLReporter(explain: true).render(HostileInput.report, comparison: HostileInput.comparison)
        let walker = XMLWalker.parse(html)
        #expect(walker.error == nil)
        let written: Set<String> = [
            "html", "head", "meta", "title", "style", "body", "main", "header", "section", "footer", "div", "p", "span", "strong",
            "h1", "h2", "h3", "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "q", "mark", "a", "svg",
            "circle", "text", "rect", "wbr",
        ]
        #expect(Set(walker.elements.map(\.name)).subtracting(written).isEmpty, "\(Set(walker.elements.map(\.name)).subtracting(written))")
        #expect(walker.all("title").count == 1 + walker.all("svg").count + walker.all("rect").count(where: { $0.parent == "svg" && $0.attributes["class"] != "bar-track" }))
        #expect(walker.text.contains(#""><img src=x onerror=alert(1)>"#))
        #expect(walker.text.contains("<script>alert(1)</script>"))
        #expect(walker.text.contains("[click](https://evil.example)"))
        #expect(walker.text.contains("<!-- x -->"))
        #expect(!walker.text.contains("\u{0}") && !walker.text.contains("\u{1B}") && !walker.text.contains("\u{202E}"))
        #expect(walker.all("a").isEmpty || walker.all("a").allSatisfy { $0.attributes["href"] == "#advice" })
    }

    @Test func accessibleStructure() throws {
        for (name, html) in try Self.pages {
            let walker = XMLWalker.parse(html)
            #expect(walker.all("html").first?.attributes["lang"] == "en", "\(name)")
            #expect(walker.all("h1").count == 1, "\(name)")
            #expect(walker.all("h2").count >= 3, "\(name)")
            for header in walker.all("th") {
                #expect(["col", "row", "rowgroup"].contains(header.attributes["scope"] ?? ""), "\(name): th without scope")
            }
            let charts = walker.all("svg")
            #expect(charts.count == 2, "\(name): a gauge and the coverage chart")
            for chart in charts {
                #expect(chart.attributes["role"] == "img")
                #expect(!(chart.attributes["aria-label"] ?? "").isEmpty)
            }
            #expect(walker.all("title").count(where: { $0.parent == "svg" }) == charts.count, "\(name): each chart has a title")
            // Status chips say the status in words, not colour alone.
            let chips = walker.all("span").filter { ($0.attributes["class"] ?? "").hasPrefix("chip chip-") }
            #expect(!chips.isEmpty)
        }
        let html = HTMLReporter().render(Self.report)
        #expect(html.contains("<span class=\"chip chip-mentioned\"><span aria-hidden=\"true\">◐</span> mentioned</span>"))
        #expect(html.contains("aria-label=\"Score 67.5 out of 100, Solid\""))
    }

    @Test func showsScoreEvidenceAndAdviceInOrder() throws {
        let html = HTMLReporter().render(Self.report)
        #expect(html.contains("<title>Demo Outage: 67.5 / 100 (Solid) · answers/demo.md</title>"))
        #expect(html.contains("<span class=\"line\">line 6</span> <q>Check what changed in the last deploy; if it is the cause I would <mark>roll back</mark> to the previous version.</q>"))
        let advice = try #require(html.range(of: "What would raise this score most</h2>"))
        let first = try #require(html.range(of: "Create post-mortem process</strong> <span class=\"gain\">+22.5 points</span>"))
        let second = try #require(html.range(of: "Show technical depth</strong> <span class=\"gain\">+10 points</span>"))
        #expect(advice.upperBound < first.lowerBound && first.upperBound < second.lowerBound)
        #expect(html.contains("<h3>Expand on what you only mentioned</h3>"))
    }

    @Test func isDeterministic() throws {
        #expect(HTMLReporter().render(Self.report) == HTMLReporter().render(ReporterTests.report))
    }

    @Test func printsAndStacksOnPhones() {
        let html = HTMLReporter().render(Self.report)
        #expect(html.contains("@media print"))
        #expect(html.contains("@media (max-width: 640px)"))
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"))
    }

    @Test func chartNumbersAreShortAndStable() {
        #expect(SVGChart.number(12) == "12")
        #expect(SVGChart.number(3.5) == "3.5")
        #expect(SVGChart.number(401.916) == "401.92")
        #expect(SVGChart.number(0.05) == "0.05")
        #expect(SVGChart.number(-2.1) == "-2.1")
        #expect(SVGChart.number(.nan) == "0")
        #expect(SVGChart.gauge(score: 100, band: .strong).contains("stroke-dasharray=\"402.12 402.12\""))
        #expect(SVGChart.gauge(score: 0, band: .needsWork).contains("stroke-dasharray=\"0 402.12\""))
    }
}
