import Testing

@testable import GradeKit

@Suite struct WorkflowCommandEscapingTests {
    @Test(arguments: ["", "plain", "answers/alice.md", "score 42.5 below 60; missing: A, B", "tab\there", "<script>", "中文 🚀"])
    func dataWithoutSpecialsStaysTheSame(text: String) {
        #expect(WorkflowCommandEscaping.data(text) == text)
    }

    @Test func escapesData() {
        #expect(WorkflowCommandEscaping.data("50%") == "50%25")
        #expect(WorkflowCommandEscaping.data("a\nb\r\nc") == "a%0Ab%0D%0Ac")
        #expect(WorkflowCommandEscaping.data("%0A::error::x") == "%250A::error::x")
        #expect(WorkflowCommandEscaping.data("a:b,c") == "a:b,c")
    }

    @Test func escapesProperties() {
        #expect(WorkflowCommandEscaping.property("grade: demo 42.5/100") == "grade%3A demo 42.5/100")
        #expect(WorkflowCommandEscaping.property("a,b::c\n%") == "a%2Cb%3A%3Ac%0A%25")
        #expect(WorkflowCommandEscaping.property("answers/alice.md") == "answers/alice.md")
    }

    @Test func replacesOtherControls() {
        #expect(WorkflowCommandEscaping.data("nul\u{0}esc\u{1B}[31mbel\u{7}") == "nul\u{FFFD}esc\u{FFFD}[31mbel\u{FFFD}")
        #expect(WorkflowCommandEscaping.property("\u{7F}\u{85}") == "\u{FFFD}\u{FFFD}")
    }
}
