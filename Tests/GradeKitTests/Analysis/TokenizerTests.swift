import Testing

@testable import GradeKit

@Suite struct TokenizerTests {
    func surfaces(_ text: String) -> [String] {
        Tokenizer().tokenize(text).map(\.surface)
    }

    @Test func keepsTechnicalTokensWhole() {
        #expect(
            surfaces("CI/CD, 1-on-1, 1:1, S3, EC2, k8s, e-commerce, p99, $150k, 100x, don't, team's v1.2.3")
                == ["CI/CD", "1-on-1", "1:1", "S3", "EC2", "k8s", "e-commerce", "p99", "150k", "100x", "don't", "team's", "v1.2.3"])
    }

    @Test func trailingPunctuationIsNotPartOfAToken() {
        #expect(surfaces("rollback. (canary) \"blue-green\"; end-") == ["rollback", "canary", "blue-green", "end"])
    }

    @Test func offsetsPointIntoTheUTF8Text() {
        let text = "Café — naïve k8s"
        let tokens = Tokenizer().tokenize(text)
        let bytes = Array(text.utf8)
        #expect(tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } == ["Café", "naïve", "k8s"])
        #expect(tokens.map(\.position) == [0, 1, 2])
    }

    @Test func semicolonsAndDashesStartClauses() {
        let tokens = Tokenizer().tokenize("no replicas; use caching — then - later")
        #expect(tokens.map(\.clause) == [0, 0, 1, 1, 2, 3])
    }

    @Test func enDashRangesAreNotClauseBreaks() {
        #expect(Tokenizer().tokenize("5–8 services – later").map(\.clause) == [0, 0, 0, 1])
    }

    @Test func invalidBytesAndSymbolsAreSeparators() {
        #expect(surfaces("a\u{FFFD}b ++ ## ...") == ["a", "b"])
        #expect(surfaces("").isEmpty)
    }
}
