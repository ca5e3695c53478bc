import Testing

@testable import GradeKit

@Suite struct WordSplitterTests {
    func split(_ text: String) -> [(String, Int, Int)] {
        var tokens = Tokenizer().tokenize(text)
        CaseFolder().apply(&tokens)
        return WordSplitter().apply(tokens).map { ($0.term, $0.position, $0.span) }
    }

    @Test func contractionsKeepTheirNegation() {
        #expect(split("Don't").map(\.0) == ["do", "not"])
        #expect(split("can't won't cannot").map(\.0) == ["can", "not", "will", "not", "can", "not"])
        #expect(split("isn’t").map(\.0) == ["is", "not"])
    }

    @Test func possessivesAndClitics() {
        #expect(split("team's teams' we'd I'll").map(\.0) == ["team", "teams", "we", "i"])
    }

    @Test func compoundsStackTheirJoinedForm() {
        let tokens = split("post-mortem then CI/CD")
        #expect(tokens.map(\.0) == ["postmortem", "post", "mortem", "then", "cicd", "ci", "cd"])
        #expect(tokens.map(\.1) == [0, 0, 1, 2, 3, 3, 4])
        #expect(tokens.map(\.2) == [2, 1, 1, 1, 2, 1, 1])
    }

    @Test func dotsAndColonsStayInside() {
        #expect(split("1:1 node.js").map(\.0) == ["1:1", "node.js"])
    }

    @Test func caseAndDiacriticsFold() {
        #expect(split("CAFÉ Naïve").map(\.0) == ["cafe", "naive"])
    }
}

@Suite struct StemFilterTests {
    @Test(arguments: [("1:1s", "1:1"), ("ec2s", "ec2"), ("k8s", "k8s"), ("s3", "s3"), ("v1.2.3", "v1.2.3"), ("replicas", "replica"), ("rolling", "roll")])
    func namesKeepTheirFormButLosePlurals(_ word: String, _ expected: String) {
        #expect(StemFilter().stem(word) == expected)
    }
}
