import Testing

@testable import GradeKit

@Suite struct FrontMatterTests {
    @Test func readsFlatFields() {
        let fields = FrontMatter.fields("---\nScenario: migration  # the id\ncandidate: \"Alice B\"\n  nested: x\n---\n# Answer")
        #expect(fields == ["scenario": "migration", "candidate": "Alice B"])
    }

    @Test(arguments: ["# Answer\nscenario: dr", "---\nscenario: dr\nnever closed", ""])
    func noFrontMatterNoFields(_ text: String) {
        #expect(FrontMatter.fields(text).isEmpty)
    }
}
