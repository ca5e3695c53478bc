import Testing

@testable import GradeKit

@Suite struct WordSignalsTests {
    func signals(_ text: String) -> SubstanceClassifier.WordSignals {
        SubstanceClassifier.WordSignals(Analyzer().tokens(text))
    }

    @Test func wordsCountOncePerWrittenWordAndSkipStopWords() {
        let tokens = Analyzer().tokens("We run a post-mortem after the outage")
        let words = SubstanceClassifier.WordSignals(tokens).words
        #expect(words.map { tokens[$0].surface } == ["run", "post", "outage"])
    }

    @Test func flaggedWordsSignal() {
        #expect(signals("Maybe add replicas").hedged)
        #expect(signals("It is important to add replicas").vague)
        #expect(signals("Replicas: TBD").deferred)
        #expect(signals("Add replicas because reads dominate").cue)
        let plain = signals("Add two read replicas in another zone")
        #expect(!plain.hedged && !plain.vague && !plain.deferred && !plain.cue)
    }

    @Test func twoWordPhrasesSignalOnlyAfterTheirLead() {
        #expect(signals("I think we add replicas").hedged)
        #expect(signals("Replica count to be decided").deferred)
        #expect(signals("Going forward we add replicas").vague)
        #expect(!signals("We think about replicas").hedged)
        #expect(!signals("Replica count decided").deferred)
    }
}
