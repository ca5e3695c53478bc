import Testing

@testable import GradeKit

@Suite struct MarkdownEscapingTests {
    @Test(arguments: [
        "", "plain text", "answers/alice.md", "Score 72.5 (Solid) - ok: yes!", "trade-offs, p99 latency", "it's \"quoted\"",
        "émoji 🚀 中文", "1. not a list here", "a+b=c", "50%",
    ])
    func ordinaryTextStaysTheSame(text: String) {
        #expect(MarkdownEscaping.escape(text) == text)
    }

    @Test(arguments: [
        (#""><img src=x onerror=alert(1)>"#, #""\>\<img src=x onerror=alert(1)\>"#),
        ("<script>alert(1)</script>", #"\<script\>alert(1)\</script\>"#),
        ("[x](javascript:alert(1))", #"\[x\](javascript:alert(1))"#),
        ("![img](http://x/y.png)", #"!\[img\](http\://x/y.png)"#),
        ("<!-- hidden -->", #"\<!-- hidden --\>"#),
        ("| a | b |", #"\| a \| b \|"#),
        (#"back\slash"#, #"back\\slash"#),
        (#"\|"#, #"\\\|"#),
        ("`code` *em* _em_ ~~del~~", #"\`code\` \*em\* \_em\_ \~\~del\~\~"#),
        ("# heading", ##"\# heading"##),
        ("&lt;b&gt; &#124;", ##"\&lt;b\&gt; \&\#124;"##),
        ("$20 and $30", #"\$20 and \$30"#),
    ])
    func escapesMarkup(text: String, expected: String) {
        #expect(MarkdownEscaping.escape(text) == expected)
    }

    @Test(arguments: [
        ("see https://evil.example/x", #"see https\://evil.example/x"#),
        ("WWW.evil.example and www.x.y", #"WWW\.evil.example and www\.x.y"#),
        ("ftp://a and mailto:b", #"ftp\://a and mailto:b"#),
        ("a: b. c:/d www", "a: b. c:/d www"),
    ])
    func bareURLsDoNotBecomeLinks(text: String, expected: String) {
        // GitHub's autolink extension links `scheme://` and `www.` in plain text; a backslash
        // before the `:` or the `.` stops it and still shows the character (checked with cmark-gfm).
        #expect(MarkdownEscaping.escape(text) == expected)
    }

    @Test func lineBreaksBecomeSpacesAndControlsGo() {
        #expect(MarkdownEscaping.escape("a\nb\r\nc\rd\te") == "a b c d e")
        #expect(MarkdownEscaping.escape("x\u{2028}y\u{2029}z\u{85}w") == "x y z w")
        #expect(MarkdownEscaping.escape("nul\u{0}esc\u{1B}[31mdel\u{7F}") == "nulesc\\[31mdel")
        #expect(!MarkdownEscaping.escape("| row |\n| --- |\n").contains("\n"))
    }
}
