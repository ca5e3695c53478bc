import Testing

@testable import GradeKit

@Suite struct ConcreteDetailTests {
    /// Whether `text` holds a detail outside the words `excluding` (case-insensitive).
    func concrete(_ text: String, excluding: [String] = []) -> Bool {
        let tokens = Analyzer().tokens(text)
        let excluded = Set(tokens.filter { excluding.contains($0.surface) }.map(\.position))
        return ConcreteDetail().details(in: text, tokens: tokens).present(excluding: excluded)
    }

    @Test(arguments: [
        "Drop any instance with p95 CPU under twenty percent.",  // digit inside a word
        "Restore within 48h.",
        "Review it quarterly with finance.",
        "We need two regions.",
        "Put it behind CloudFront first.",  // inner capital
        "Move the state to Terraform.",  // a name that does not open the sentence
        "Alerts go to the SRE rota.",  // acronym
        "Query pg_stat_activity for blocked sessions.",  // identifier
        "Cut spend by a fifth, about $40k a month.",
        "Requests go to the queue → workers drain it.",
        "Keep it on m5.xlarge nodes.",
    ])
    func details(_ text: String) {
        #expect(concrete(text))
    }

    @Test(arguments: [
        "It's important to test the plan regularly and make sure everyone knows what to do.",
        "Communication is key, so I would be transparent about where we are going.",
        "I'd make sure the main one can fail over.",  // "one" is a pronoun; "I'd" is the writer
        "Then I'd look at the logs: what changed recently?",  // capital after a colon or a full stop
        "Security: review access. Everyone should know the process.",
        "The team — Everyone included — should take part.",
    ])
    func noDetails(_ text: String) {
        #expect(!concrete(text))
    }

    @Test func theMatchedWordsAreNotADetailOfThemselves() {
        #expect(!concrete("We should use RDS for this.", excluding: ["rds"]))
        #expect(concrete("We should use RDS for this.", excluding: []))
    }
}
