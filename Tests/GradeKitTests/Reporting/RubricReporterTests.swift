import Testing

@testable import GradeKit

/// `grade show`'s page and JSON, on the demo rubric that does not move with tuning.
@Suite struct RubricReporterTests {
    static let set = RubricSet(
        scenarios: [DemoRubric.rubric], general: DemoRubric.general, synonymGroups: [], sources: ["demo": "custom/demo.json"])

    @Test func textMatchesGolden() throws {
        try Golden.check(RubricReporter().text(DemoRubric.rubric, in: Self.set), file: "show-demo.txt")
    }

    @Test func longTitlesAreCutAndControlCharactersMadeHarmless() {
        var rubric = DemoRubric.rubric
        rubric.rules[0].title = String(repeating: "a", count: 60) + "\u{1B}[31m"
        rubric.rules[0].required = true
        let text = RubricReporter().text(rubric, in: RubricSet(scenarios: [rubric], general: [], synonymGroups: []))
        #expect(text.contains(String(repeating: "a", count: 47) + "…"))
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("  yes  "))
        #expect(text.contains("Rubric: 3 rules, total weight 8\n"))
    }

    @Test func jsonIsARubricFileThatLoadsBack() throws {
        let json = RubricReporter().json(DemoRubric.rubric)
        #expect(try RubricDecoder.scenario(Array(json.utf8), file: "demo.json") == DemoRubric.rubric)
        #expect(json.hasSuffix("}\n"))
        #expect(!json.contains("$schema"))
    }
}
