import Testing

@testable import GradeKit

/// "If enabled" states a condition on something; it does not do it.
@Suite struct EllipticalConditionTests {
    static let grader = Result { try Grader(rubrics: RubricLoader.builtin()) }

    func condition(_ text: String, concept: String) throws -> String? {
        let grader = try Self.grader.get()
        let rubric = grader.compile(try grader.rubrics.scenario(named: "security"))
        let tokens = rubric.analyzer.analyze(markdown: text).tokens[0]
        let matches = ConceptMatcher().matches(unit: 0, tokens: tokens, rubric: rubric)
        let match = try #require(matches.first { rubric.concepts[$0.concept].text == concept })
        return EllipticalCondition.find(in: match, words: UnitWords(tokens), text: text)
    }

    @Test func aShortConditionIsFound() throws {
        #expect(try condition("Read the S3 server access logs (if enabled) to see what was fetched.", concept: "enable logging") == "if enabled")
        #expect(try condition("Pull the access logs, if they're enabled, for the last month.", concept: "enable logging") == "if they're enabled")
        // Through a synonym: "turned on" is read as "enable".
        #expect(try condition("Pull the S3 server access logs (if turned on) for the bucket.", concept: "enable logging") == "if turned on")
    }

    @Test func anActionWithAnObjectIsNotACondition() throws {
        #expect(try condition("When we enable logging across all accounts, ship it to one archive bucket.", concept: "enable logging") == nil)
        #expect(try condition("Enable logging everywhere: CloudTrail in every region and S3 access logs.", concept: "enable logging") == nil)
    }

    @Test func aConditionDoesNotTakeTheItemUp() throws {
        let grader = try Self.grader.get()
        let rubric = grader.compile(try grader.rubrics.scenario(named: "security"))
        let text = "Pull the logs (if enabled) for the attacker's IPs and build a timeline from them."
        let verdict = try #require(grader.grade(text, file: "a.md", rubric: rubric).rules.first { $0.rule.id == "security.logging" })
        #expect(verdict.status != .addressed)
        let conditional = verdict.evidence.first { $0.concept == "enable logging" }
        #expect(conditional?.role == .mention)
        #expect(conditional?.reason == "named as a condition ('if enabled'), not done")
    }
}
