import Testing

@testable import GradeKit

@Suite struct TerminalEscapingTests {
    @Test(arguments: ["", "plain", "answers/alice.md", "Score 72.5 · Solid ✓", "<script>", "中文 🚀"])
    func ordinaryTextStaysTheSame(text: String) {
        #expect(TerminalEscaping.line(text) == text)
    }

    @Test func neutralisesControls() {
        #expect(TerminalEscaping.line("a\nb\r\nc\td") == "a b c d")
        #expect(TerminalEscaping.line("\u{1B}[31mred\u{1B}]0;title\u{7}") == "\u{FFFD}[31mred\u{FFFD}]0;title\u{FFFD}")
        #expect(TerminalEscaping.line("nul\u{0}del\u{7F}csi\u{9B}") == "nul\u{FFFD}del\u{FFFD}csi\u{FFFD}")
        #expect(TerminalEscaping.line("abc\u{202E}cba\u{2066}") == "abc\u{FFFD}cba\u{FFFD}")
    }
}
