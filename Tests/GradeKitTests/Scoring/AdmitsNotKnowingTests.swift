import Testing

@testable import GradeKit

@Suite struct AdmitsNotKnowingTests {
    func admits(_ text: String) -> Bool {
        SubstanceClassifier.admitsNotKnowing(Analyzer().tokens(text))
    }

    @Test func theWriterSayingTheyDoNotKnowIsFound() {
        #expect(admits("I'm not sure how you'd move the data"))
        #expect(admits("Honestly I have no idea how to move the data"))
        #expect(admits("I am not totally sure about the replicas"))
        #expect(admits("I'm unsure about the replicas"))
    }

    @Test func othersNotKnowingOrAFarAdmissionIsNot() {
        #expect(!admits("We are not sure the deploy caused it, so diff it first"))
        #expect(!admits("I would move the data in batches, not sure is a strong word"))
        #expect(!admits("I"))
    }

    @Test func thePhraseMustEndWithinFourWordsOfI() {
        #expect(admits("I am honestly not sure"))
        // "not" is the fourth word after "I", so "not sure" runs past the window.
        #expect(!admits("I am honestly really not sure"))
        #expect(admits("I am honestly unsure"))
        #expect(!admits("I am honestly really quite unsure"))
    }
}
