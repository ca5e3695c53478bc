import Testing

@testable import GradeKit

@Suite struct DefinitionTests {
    /// Whether `text` defines the words `term` names (its written surfaces, in order).
    func defines(_ text: String, term: [String]) throws -> Bool {
        let tokens = Analyzer().tokens(text)
        let positions = tokens.filter { $0.origin == .word && term.contains($0.surface) }.map(\.position)
        try #require(positions.count == term.count, "the term is in the text once")
        return Definition().defines(Definition().unit(tokens), matched: Set(positions))
    }

    @Test func aRelativeClauseRightAfterTheTermDefinesIt() throws {
        #expect(try defines("Spot instances, which are spare capacity, cut the bill", term: ["spot", "instances"]))
        #expect(try !defines("Spot instances cut the bill, which is spare capacity", term: ["spot", "instances"]))
    }

    @Test func afterLikeTheRelativeClauseMayComeWithinFiveWords() throws {
        let mesh = ["service", "mesh"]
        #expect(try defines("A service mesh like Istio or Linkerd, which is a proxy layer", term: mesh))
        // "which" is the sixth word after the term: too far to be about it.
        #expect(try !defines("A service mesh like Istio or Linkerd or Consul, which is a proxy layer", term: mesh))
    }

    @Test func theRelativeClauseNeedsAWordAfterItsVerb() throws {
        let mesh = ["service", "mesh"]
        #expect(try defines("A service mesh like Istio, which is a proxy", term: mesh))
        #expect(try !defines("A service mesh like Istio, which is", term: mesh))
    }

    @Test func aTermOpeningItsClauseWithADefiningVerbIsDefined() throws {
        #expect(try defines("The strangler fig pattern is where you replace parts one by one", term: ["strangler", "fig"]))
        #expect(try !defines("We would use the strangler fig pattern to replace parts", term: ["strangler", "fig"]))
    }
}
