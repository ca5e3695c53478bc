import Testing

@testable import GradeKit

@Suite struct XMLEscapingTests {
    @Test(arguments: [
        "", "plain text", "answers/alice.md", "Score 72.5 / 100 — Solid", "tabs\tand\nlines", "émoji 🚀 and 中文",
        "a=b;c:d/e%f", "private use \u{E000} and \u{FFFD}",
    ])
    func textWithoutSpecialsStaysTheSame(text: String) {
        #expect(XMLEscaping.text(text) == text)
    }

    @Test func escapesTheFiveMarkupCharacters() {
        #expect(XMLEscaping.text(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;")
        #expect(XMLEscaping.attribute(#""><img src=x onerror=alert(1)>"#) == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
        #expect(XMLEscaping.text("]]>") == "]]&gt;")
        #expect(XMLEscaping.text("&amp;") == "&amp;amp;")
    }

    @Test func dropsWhatXMLForbids() {
        #expect(XMLEscaping.text("a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1B}[31mg\u{1F}h") == "abcdef[31mgh")
        #expect(XMLEscaping.text("x\u{FFFE}y\u{FFFF}z") == "xyz")
        #expect(XMLEscaping.attribute("\u{0}") == "")
        #expect(XMLEscaping.isAllowed("\t") && XMLEscaping.isAllowed("\u{10FFFF}") && !XMLEscaping.isAllowed("\u{7}"))
    }

    @Test func keepsLineBreaksThroughParsing() {
        // A parser would fold a raw CR into LF, and raw breaks and tabs in attributes into spaces.
        #expect(XMLEscaping.text("a\r\nb\nc\td") == "a&#13;\nb\nc\td")
        #expect(XMLEscaping.attribute("a\r\nb\tc") == "a&#13;&#10;b&#9;c")
    }
}
