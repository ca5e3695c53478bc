#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GradeKit
import Testing

@Suite("EnglishStemmer")
struct EnglishStemmerTests {
    private let stemmer = EnglishStemmer()

    /// Lines in the official Snowball vocabulary; checked so a truncated or missing file
    /// fails instead of passing vacuously.
    private static let vocabularySize = 42_649

    /// `Tests/GradeKitTests/Data/snowball-english/`, found from this file's location so the
    /// test runs from any working directory.
    private static let dataDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Data")
        .appendingPathComponent("snowball-english")

    private static func lines(of name: String) throws -> [String] {
        let url = dataDirectory.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    private static func vocabulary() throws -> (words: [String], stems: [String]) {
        (try lines(of: "voc.txt"), try lines(of: "output.txt"))
    }

    @Test("Every word of the official Snowball English vocabulary stems to the official stem")
    func conformsToSnowballVocabulary() throws {
        let (words, stems) = try Self.vocabulary()
        #expect(words.count == Self.vocabularySize)
        #expect(stems.count == Self.vocabularySize)

        var mismatchCount = 0
        var firstMismatches: [String] = []
        for (word, expected) in zip(words, stems) {
            let actual = stemmer.stem(word)
            guard actual != expected else { continue }
            mismatchCount += 1
            if firstMismatches.count < 10 {
                firstMismatches.append("\(word) -> \(actual) (expected \(expected))")
            }
        }
        let passed = min(words.count, stems.count) - mismatchCount
        #expect(
            mismatchCount == 0,
            "\(passed)/\(words.count) conform; first mismatches: \(firstMismatches.joined(separator: ", "))"
        )
    }

    @Test("The byte API agrees with the String API on the whole vocabulary")
    func byteAPIMatchesStringAPI() throws {
        let (words, _) = try Self.vocabulary()
        #expect(words.count == Self.vocabularySize)

        var disagreements: [String] = []
        for word in words {
            let viaString = stemmer.stem(word)
            let viaBytes = String(decoding: stemmer.stem(word.utf8), as: UTF8.self)
            let viaArray = String(decoding: stemmer.stem(Array(word.utf8)), as: UTF8.self)
            if viaString != viaBytes || viaString != viaArray {
                disagreements.append("\(word): \(viaString) vs \(viaBytes) vs \(viaArray)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagree: \(disagreements.prefix(10).joined(separator: ", "))")
    }

    @Test("Words from the interview domain", arguments: [
        // Porter2 never strips a final -a, so `replicas` stops at `replica` and does not
        // meet `replication` -> `replic`.
        ("replicas", "replica"),
        ("replica", "replica"),
        ("replication", "replic"),
        ("rollback", "rollback"),
        ("rolling", "roll"),
        ("deployments", "deploy"),
        ("monitoring", "monitor"),
        ("caching", "cach"),
        ("generously", "generous"),
        ("communication", "communic"),
    ])
    func domainWords(word: String, expected: String) {
        #expect(stemmer.stem(word) == expected)
    }

    @Test("Rules changed by the 2023 and 2025 revisions", arguments: [
        // Exceptional R1 prefixes added in 2023 and 2025.
        ("universal", "universal"),
        ("university", "universiti"),
        ("emergency", "emergenc"),
        ("organize", "organiz"),
        ("lateral", "lateral"),
        ("international", "internat"),
        ("internment", "internment"),
        // `past` counts as a short syllable, so its e survives.
        ("pasted", "paste"),
        ("pasting", "paste"),
        // `-ogist` joins `-ogy`.
        ("geologist", "geolog"),
        // Former whole-word exceptions now handled inside step 1b.
        ("dying", "die"),
        ("lying", "lie"),
        ("evening", "evening"),
        ("evenings", "evening"),
        ("proceeded", "proceed"),
        ("exceeds", "exceed"),
    ])
    func revisedRules(word: String, expected: String) {
        #expect(stemmer.stem(word) == expected)
    }

    @Test("Words under three characters are returned unchanged", arguments: [
        "", "a", "is", "by", "'s", "é", "éa",
    ])
    func shortWordsUnchanged(word: String) {
        #expect(stemmer.stem(word) == word)
        #expect(stemmer.stem(word.utf8) == Array(word.utf8))
    }

    @Test("Non-ASCII characters count as one consonant each and pass through", arguments: [
        ("naïvely", "naïv"),
        ("résumés", "résumé"),
        ("añing", "añe"),
        ("éies", "éie"),
    ])
    func nonASCII(word: String, expected: String) {
        #expect(stemmer.stem(word) == expected)
        #expect(stemmer.stem(word.utf8) == Array(expected.utf8))
    }

    @Test("Invalid UTF-8 bytes pass through the byte API unchanged")
    func invalidUTF8PassesThrough() {
        // A stray continuation byte and a truncated sequence, around `-ing` and `-s`.
        let word: [UInt8] = Array("jump".utf8) + [0x80] + Array("ing".utf8)
        #expect(stemmer.stem(word) == Array("jump".utf8) + [0x80])
        let truncated: [UInt8] = Array("cat".utf8) + [0xC3] + Array("s".utf8)
        #expect(stemmer.stem(truncated) == Array("cat".utf8) + [0xC3])
    }
}
