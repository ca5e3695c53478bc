import Testing

@testable import GradeKit

/// The interviewer's turns in a transcript are read but not graded.
@Suite struct SpeakerLabelTests {
    @Test(arguments: [
        "Interviewer: What about spot?",
        "interviewer: six weeks, though.",
        "INTERVIEWER : Anything else?",
        "Interviewer (Sam): Who do you tell?",
        "Interviewer 2: And after the immediate stuff?",
    ])
    func anInterviewersLabelOpensAPrompt(_ text: String) {
        #expect(SpeakerLabel.isInterviewerTurn(text))
    }

    @Test(arguments: [
        "Interviewers often ask about rollback: I'd answer with the previous image tag.",
        "Interviewer asked about spot, and I said no.",
        "Candidate: I'd block public access first.",
        "Interviewers: every engineer who interviews shadows two loops first.",
        "Panel: two seniors plus me.",
        "Interviewer (this is a very long parenthesis that is not a name at all, really): hm",
        "",
    ])
    func otherTextIsNotAPrompt(_ text: String) {
        #expect(!SpeakerLabel.isInterviewerTurn(text))
    }

    @Test func markdownMarksTheTurnAndTheAnalyzerGivesItNoTokens() {
        let blocks = MarkdownReader().read("**Interviewer:** Would you write a runbook?\n\nNo, I'd skip it.\n")
        #expect(blocks.map(\.kind) == [.prompt, .paragraph])
        let answer = Analyzer().analyze(markdown: "**Interviewer:** Would you write a runbook?\n\nYes.\n")
        #expect(answer.units.first?.kind == .prompt)
        #expect(answer.tokens.first?.isEmpty == true)
    }

    @Test func anotherSpeakersLineEndsTheTurn() {
        let text = """
            Interviewer: Would you write a runbook for the event night?
            Me: Yes. A one-page runbook with owners and the scale-up steps.
            """
        let blocks = MarkdownReader().read(text)
        #expect(blocks.map(\.kind) == [.prompt, .paragraph])
        #expect(blocks.last?.text.hasPrefix("Me: Yes.") == true)
        #expect(blocks.last?.lineAnchors.first?.line == 2)
        // A line without a label continues the turn.
        let wrapped = "Interviewer: Would you write a runbook\nfor the event night?\n"
        #expect(MarkdownReader().read(wrapped).map(\.kind) == [.prompt])
    }

    @Test func theInterviewersWordsEarnNothing() throws {
        let text = """
            Interviewer: Would you write a runbook for the event night, with the T-24h checks and who scales what?

            Honestly, I wouldn't bother.
            """
        let report = try BuiltinGrading.report(text, "scale")
        #expect(report.rules.first { $0.rule.id == "scale.event-runbook" }?.status == .missing)
        #expect(report.rules.first { $0.rule.id == "general.clarifying-questions" }?.status == .missing)
        let alone = try BuiltinGrading.report("Honestly, I wouldn't bother.", "scale")
        #expect(report.wordCount == alone.wordCount)
    }
}
