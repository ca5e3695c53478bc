import Testing

@testable import GradeKit

/// Spoken discourse markers are not content.
@Suite struct FillerFilterTests {
    /// The content words of `text` after the whole chain.
    func content(_ text: String) -> [String] {
        Analyzer().tokens(text).filter { $0.origin == .word && !$0.isStop }.map(\.surface)
    }

    @Test func aMarkerStandingAsItsOwnPhraseIsNotContent() {
        #expect(!content("Teams like this need someone to, you know, give them direction.").contains("know"))
        #expect(!content("You know, the restore is the hard part.").contains("know"))
        #expect(!content("The restore is the hard part, I mean.").contains("mean"))
        #expect(!content("Track MTTR, I mean, time to restore.").contains("mean"))
    }

    @Test func theSameWordsInASentenceAreContent() {
        #expect(content("I would need to know the traffic shape first.").contains("know"))
        #expect(content("Do you know which deploy went out?").contains("know"))
        #expect(content("Track mean time to restore.").contains("mean"))
    }

    @Test func aMarkerNoLongerMakesAClarifyingQuestion() throws {
        let filler = "Teams like this just need someone to, you know, give them some direction."
        #expect(try BuiltinGrading.status(filler, "leadership", "general.clarifying-questions") == .missing)
    }
}
