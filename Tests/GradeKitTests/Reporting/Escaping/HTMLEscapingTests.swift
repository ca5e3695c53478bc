import Testing

@testable import GradeKit

@Suite struct HTMLEscapingTests {
    @Test(arguments: [
        "", "plain text", "answers/alice.md", "Score 72.5 / 100 — Solid", "tabs\tand\nlines", "émoji 🚀 and 中文",
        "a=b;c:d/e%f", "private use \u{E000} and \u{FFFD}",
    ])
    func textWithoutSpecialsStaysTheSame(text: String) {
        #expect(HTMLEscaping.text(text) == text)
    }

    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        (#""><img src=x onerror=alert(1)>"#, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
        ("' onmouseover='alert(1)", "&#39; onmouseover=&#39;alert(1)"),
        ("<!-- hidden -->", "&lt;!-- hidden --&gt;"),
        ("<![CDATA[x]]>", "&lt;![CDATA[x]]&gt;"),
        ("&lt;b&gt; &amp; &#60;", "&amp;lt;b&amp;gt; &amp;amp; &amp;#60;"),
        ("[x](javascript:alert(1))", "[x](javascript:alert(1))"),
        ("<svg onload=alert(1)>", "&lt;svg onload=alert(1)&gt;"),
        ("</style><style>*{}", "&lt;/style&gt;&lt;style&gt;*{}"),
        ("see https://evil.example/x, ftp://y and a: b", "see https&#58;//evil.example/x, ftp&#58;//y and a: b"),
    ])
    func escapesMarkup(text: String, expected: String) {
        #expect(HTMLEscaping.text(text) == expected)
        #expect(HTMLEscaping.attribute(text) == expected)
    }

    @Test func controlsAndBidiOverridesBecomeReplacementCharacters() {
        #expect(HTMLEscaping.text("a\u{0}b\u{1B}[31mc\u{7F}d\u{85}e") == "a\u{FFFD}b\u{FFFD}[31mc\u{FFFD}d\u{FFFD}e")
        #expect(HTMLEscaping.text("x\u{FFFE}y\u{FFFF}z") == "x\u{FFFD}y\u{FFFD}z")
        #expect(HTMLEscaping.text("abc\u{202E}fed\u{2066}g\u{2069}") == "abc\u{FFFD}fed\u{FFFD}g\u{FFFD}")
    }

    @Test func lineBreaksAndTabs() {
        #expect(HTMLEscaping.text("a\r\nb\rc\nd\te") == "a\nb\nc\nd\te")
        #expect(HTMLEscaping.attribute("a\r\nb\tc\nd") == "a&#10;b&#9;c&#10;d")
    }

    /// Whatever goes in, the escaped text inside an element and an attribute parses as XML
    /// and reads back as one text node and one attribute value with no element but the wrapper.
    @Test(arguments: [
        "<script>alert(\"x\")</script> & 'q' \u{0}\u{1}\u{8}\u{B}\u{C}\u{1B}\u{7F}\u{9F}\u{FFFE}\u{FFFF} ]]> <!-- -->",
        #""><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>"#,
        "&#0; &#x0; &bogus; &nbsp; \r\n\r",
    ])
    func hostileTextParsesBackAsText(text: String) throws {
        let document = "<p title=\"\(HTMLEscaping.attribute(text))\">\(HTMLEscaping.text(text))</p>"
        let walker = XMLWalker.parse(document)
        #expect(walker.error == nil, "\(walker.error ?? "")")
        #expect(walker.elements.map(\.name) == ["p"])
        #expect(!walker.text.contains("\u{0}"))
        #expect(walker.text.contains("<") == text.contains("<"))
        #expect(walker.elements.first?.attributes["title"]?.contains("\"") == text.contains("\""))
    }
}
