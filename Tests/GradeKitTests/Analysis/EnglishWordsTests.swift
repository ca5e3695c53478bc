import Foundation
import Testing

@testable import GradeKit

/// The generated list of known English stems against the Snowball data it comes from.
@Suite struct EnglishWordsTests {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Data/snowball-english")

    /// Stems of the alphabetic ASCII vocabulary words of five or more letters, sorted.
    static func expectedStems() throws -> [String] {
        let words = try String(contentsOf: data.appendingPathComponent("voc.txt"), encoding: .utf8).split(separator: "\n")
        let stems = try String(contentsOf: data.appendingPathComponent("output.txt"), encoding: .utf8).split(separator: "\n")
        var result: Set<String> = []
        for (word, stem) in zip(words, stems) where word.count >= 5 && word.allSatisfy({ $0.isASCII && $0.isLetter }) {
            result.insert(String(stem))
        }
        return result.sorted()
    }

    @Test func listMatchesTheSnowballData() throws {
        let expected = try Self.expectedStems()
        if ProcessInfo.processInfo.environment["GRADE_UPDATE_LEXICON"] == "1" {
            try Self.write(expected)
            return
        }
        #expect(EnglishWords.stems.count == expected.count)
        #expect(EnglishWords.stems == Set(expected))
        #expect(EnglishWords.bounds.count == expected.count)
        #expect(expected.allSatisfy(EnglishWords.contains), "binary search finds every stem")
        #expect(!EnglishWords.contains("kuberent") && !EnglishWords.contains("") && !EnglishWords.contains("zzzzzz"))
    }

    @Test func knowsEverydayWordsButNotMisspellings() {
        for word in ["stale", "scale", "window", "careful", "morning"] {
            #expect(EnglishWords.contains(StemFilter().stem(word)), "\(word)")
        }
        for typo in ["kuberentes", "replcia", "strangeler"] {
            #expect(!EnglishWords.contains(StemFilter().stem(typo)), "\(typo)")
        }
    }

    /// Rewrites `Sources/GradeKit/Analysis/EnglishWords.swift` from `stems`.
    static func write(_ stems: [String]) throws {
        var lines: [String] = []
        var current = ""
        for stem in stems {
            if current.count + stem.count + 1 > 100 {
                lines.append(current)
                current = stem
            } else {
                current = current.isEmpty ? stem : current + " " + stem
            }
        }
        lines.append(current)
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Sources/GradeKit/Analysis/EnglishWords.swift")
        let existing = try String(contentsOf: file, encoding: .utf8)
        guard let start = existing.range(of: "    static let list = \"\"\"\n"),
            let end = existing.range(of: "\n        \"\"\"", range: start.upperBound..<existing.endIndex)
        else { throw CocoaError(.fileReadCorruptFile) }
        let body = lines.map { "        " + $0 }.joined(separator: "\n")
        try (existing[..<start.upperBound] + body + existing[end.lowerBound...]).write(to: file, atomically: true, encoding: .utf8)
    }
}
