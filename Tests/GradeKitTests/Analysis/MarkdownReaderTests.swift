import Testing

@testable import GradeKit

@Suite struct MarkdownReaderTests {
    let reader = MarkdownReader()

    @Test func skipsFrontMatterAndKeepsLineNumbers() {
        let blocks = reader.read("---\nscenario: migration\n---\n# Plan\n\nFirst line\nsecond line.\n")
        #expect(blocks.map(\.kind) == [.heading, .paragraph])
        #expect(blocks[0].text == "Plan")
        #expect(blocks[0].lineAnchors.first?.line == 4)
        #expect(blocks[1].text == "First line second line.")
        #expect(blocks[1].lineAnchors.map(\.line) == [6, 7])
    }

    @Test func unclosedFrontMatterIsText() {
        let blocks = reader.read("---\njust a dash line")
        #expect(blocks.map(\.text) == ["just a dash line"])
    }

    @Test func listItemsAreSeparateBlocks() {
        let blocks = reader.read("- one\n- two\n  continued\n1. three\n2) four\n* [x] done task\n")
        #expect(blocks.map(\.kind) == Array(repeating: .listItem, count: 5))
        #expect(blocks.map(\.text) == ["one", "two continued", "three", "four", "done task"])
    }

    @Test func aMarkOnANumberedItemsMarkerOrSpaceMakesAParagraph() {
        for text in ["1.\u{301} x", "1. \u{301}x", "1234567890. ten digits", "3\u{301}. x"] {
            #expect(reader.read(text).map(\.kind) == [.paragraph], "\(text.unicodeScalars.map(\.value))")
        }
        #expect(reader.read("7) seven\n8. eight").map(\.text) == ["seven", "eight"])
    }

    @Test func linesEndAtLFCRLFAndLoneCR() {
        #expect(MarkdownReader.splitLines("a\rb\r\nc\n\nd\r") == ["a", "b", "c", "", "d"])
        #expect(MarkdownReader.splitLines("\r\r\n\n\u{E9}\r\u{301}x") == ["", "", "", "\u{E9}", "\u{301}x"])
        #expect(MarkdownReader.splitLines("").isEmpty)
        #expect(MarkdownReader.splitLines("no break") == ["no break"])
        let lone = String(repeating: "line\r", count: 2_000)
        #expect(MarkdownReader.splitLines(lone).count == 2_000)
    }

    @Test func aParagraphOfManyMarkedLinesIsReadInLinearTime() {
        // Each line is stripped into the paragraph's bytes: they must grow by doubling, not
        // line by line (100,000 lines would then copy gigabytes).
        let lines = 100_000
        let blocks = reader.read(String(repeating: "**a**\n", count: lines))
        #expect(blocks.count == 1)
        #expect(blocks.first?.text.utf8.count == 2 * lines - 1)
    }

    @Test func codeFencesKeepTheirLinesAsText() {
        let blocks = reader.read("Roll back:\n```bash\nkubectl rollout undo deploy/api\n\n```\nafter")
        #expect(blocks.map(\.kind) == [.paragraph, .code, .paragraph])
        #expect(blocks[1].text == "kubectl rollout undo deploy/api")
        #expect(blocks[1].lineAnchors.first?.line == 3)
    }

    @Test func tablesBecomeRowsAndSeparatorsVanish() {
        let blocks = reader.read("| Step | Tool |\n|---|:---:|\n| Roll back | `helm rollback` |\n")
        #expect(blocks.map(\.text) == ["Step | Tool", "Roll back | helm rollback"])
        #expect(blocks.map(\.kind) == [.tableRow, .tableRow])
    }

    @Test func aBarWithAMarkOnItIsNoCellSeparator() {
        // "|\u{301}" and "\u{600}|" are characters of their own, not "|": they stay in the cell.
        let blocks = reader.read("| Roll |\u{301} back | Tool |\n| Step \u{600}| two |\n")
        #expect(blocks.map(\.text) == ["Roll |\u{301} back | Tool", "Step \u{600}| two"])
    }

    @Test func inlineMarkupIsRemoved() {
        let blocks = reader.read("Use **read _replicas_** and [PgBouncer](https://pgbouncer.org) &amp; `pg_stat_activity` ~~not~~ <!-- hidden -->")
        #expect(blocks.first?.text == "Use read replicas and PgBouncer & pg_stat_activity not")
    }

    @Test func aLineOfManyCodeSpansAndLinksKeepsEveryWord() {
        // Each span used to rebuild the line so far; the text must come out whole either way.
        let piece = "run `kubectl rollout undo` then [check](https://x.io) "
        let line = String(repeating: piece, count: 2_000)
        let text = reader.read(line).first?.text
        #expect(text == String(repeating: "run kubectl rollout undo then check ", count: 2_000).trimmingCharacters(in: .whitespaces))
    }

    @Test func nestedLinksAreStrippedToABoundedDepth() {
        #expect(reader.read("Use [the [runbook](http://r) page](http://p) now").first?.text == "Use the runbook page now")
        // Thousands of nested links: the outer ones go, the rest stay as text, in one pass.
        let depth = 3_000
        let line = String(repeating: "[", count: depth) + "x" + String(repeating: "](u)", count: depth)
        let text = reader.read(line).first?.text ?? ""
        #expect(text.contains("x") && text.utf8.count < line.utf8.count)
        #expect(!text.hasPrefix(String(repeating: "[", count: depth)))
    }

    @Test func linkDestinationsMayHoldParentheses() {
        #expect(reader.read("See [the page](https://en.wikipedia.org/wiki/A_(b)) and [x](javascript:alert(1)) now").first?.text == "See the page and x now")
    }

    @Test func quotesSetextHeadingsAndCRLF() {
        let blocks = reader.read("Title\r\n=====\r\n> quoted advice\r\n> more\r\n\r\n---\r\n\tindented\ttab")
        #expect(blocks.map(\.kind) == [.heading, .paragraph, .paragraph])
        #expect(blocks[0].text == "Title")
        #expect(blocks[1].text == "quoted advice more")
        #expect(blocks[2].text == "indented    tab")
    }

    @Test func multiLineHTMLCommentsAreDropped() {
        let blocks = reader.read("before\n<!--\nsecret notes\n-->\nafter")
        #expect(blocks.map(\.text) == ["before", "after"])
    }

    @Test func emptyAndWhitespaceInputYieldNothing() {
        #expect(reader.read("").isEmpty)
        #expect(reader.read(" \n\t\n\r\n").isEmpty)
    }
}
