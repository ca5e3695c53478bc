import Testing

@testable import GradeKit

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let blocks = [TextBlock(kind: .paragraph, text: text, lineAnchors: [LineAnchor(offset: 0, line: 1)])]
        return SentenceSplitter().split(blocks).map(\.text)
    }

    @Test func splitsOnTerminatorsBeforeCapitals() {
        #expect(sentences("First we page. Then we look! Why? Because.") == ["First we page.", "Then we look!", "Why?", "Because."])
    }

    @Test(arguments: [
        "Use caches, e.g. Redis or Memcached, to absorb reads.",
        "Check the basics, i.e. CPU and memory.",
        "Upgrade to v1.2.3 and then to 1.5 next week.",
        "Tools like Datadog, Grafana etc. are fine.",
        "Ask Dr. Smith about J. Doe's notes.",
        "It fell to 0.5 percent vs. the 99.5 percent target.",
    ])
    func abbreviationsVersionsAndDecimalsDoNotSplit(_ text: String) {
        #expect(sentences(text) == [text])
    }

    @Test func eachKindOfTerminatorIsFoundAfterAnotherRunsOut() {
        // The dots run out first, then the bangs; the last "?" ends the text.
        #expect(sentences("Done. Why? Yes! Really? Fine! And? Last?") == ["Done.", "Why?", "Yes!", "Really?", "Fine!", "And?", "Last?"])
        #expect(sentences("It is 3.5 GB, e.g. Redis. Then we scale! Why?") == ["It is 3.5 GB, e.g. Redis.", "Then we scale!", "Why?"])
        #expect(sentences("No terminator at all") == ["No terminator at all"])
    }

    @Test func lowerCaseAfterDotDoesNotSplit() {
        #expect(sentences("See the docs. then continue") == ["See the docs. then continue"])
    }

    @Test func unitsKeepTheirLines() {
        let block = TextBlock(
            kind: .paragraph, text: "One sentence here. Another one starts on line two.",
            lineAnchors: [LineAnchor(offset: 0, line: 5), LineAnchor(offset: 27, line: 6)])
        let units = SentenceSplitter().split([block])
        #expect(units.count == 2)
        #expect(units[0].line == 5)
        #expect(units[1].line == 5)
        #expect(units[1].line(at: units[1].text.utf8.count - 1) == 6)
    }

    @Test func headingsAndCodeAreOneUnitEach() {
        let blocks = [
            TextBlock(kind: .heading, level: 2, text: "Plan. Execute.", lineAnchors: [LineAnchor(offset: 0, line: 1)]),
            TextBlock(kind: .code, text: "echo a. B", lineAnchors: [LineAnchor(offset: 0, line: 2)]),
        ]
        #expect(SentenceSplitter().split(blocks).map(\.text) == ["Plan. Execute.", "echo a. B"])
    }

    @Test func runsOfTerminatorsAreOneBoundary() {
        #expect(sentences("Wait... What now?! Fine.") == ["Wait...", "What now?!", "Fine."])
        let dots = String(repeating: ".", count: 20_000)
        // Read in one pass, and cut only by the unit length limit.
        #expect(sentences(dots).joined() == dots)
        #expect(sentences(dots).count == 2)
    }
}

extension SentenceSplitterTests {
    @Test func noUnitIsLongerThanTheLimit() {
        let limit = SentenceSplitter.maximumUnitLength
        let words = String(repeating: "replica lag grows ", count: limit / 6)
        let blob = String(repeating: "é", count: limit)  // two bytes each, no space
        for text in [words, blob, words + "Then we page. Short one."] {
            let units = SentenceSplitter().split([TextBlock(kind: .paragraph, text: text, lineAnchors: [LineAnchor(offset: 0, line: 3)])])
            #expect(units.allSatisfy { $0.text.utf8.count <= limit && !$0.text.isEmpty })
            #expect(units.count > 1)
            #expect(units.allSatisfy { $0.line == 3 })
            // Nothing is lost but the spaces at the cuts.
            #expect(units.map(\.text).joined().filter { $0 != " " } == text.filter { $0 != " " })
        }
        let heading = SentenceSplitter().split([TextBlock(kind: .heading, level: 1, text: words, lineAnchors: [LineAnchor(offset: 0, line: 1)])])
        #expect(heading.count > 1 && heading.allSatisfy { $0.kind == .heading && $0.text.utf8.count <= limit })
    }
}
