import Testing

@testable import GradeKit

/// The Markdown reader trims and tests lines byte by byte where that gives the same answer as
/// comparing characters; these tests hold the byte paths to the character definitions on
/// lines built from spaces, no-break spaces, combining marks, a prepended mark and ASCII.
@Suite struct LineTrimmingTests {
    /// Pieces whose mixes exercise every branch: a mark joins the character before it, a
    /// prepended mark joins the one after it.
    static let pieces = [
        " ", " ", "\u{00A0}", "\u{0301}", "\u{0600}", "\u{200D}", "a", "é", ">", "|", "#", "-", "=", "[", "]", "<", "!",
    ]

    /// Reference: leading spaces dropped character by character.
    static func leading(_ s: Substring) -> Substring {
        s.drop { $0 == " " || $0 == "\u{00A0}" }
    }

    /// Reference: trailing spaces dropped character by character.
    static func trailing(_ s: Substring) -> Substring {
        var end = s.endIndex
        while end > s.startIndex {
            let before = s.index(before: end)
            guard s[before] == " " || s[before] == "\u{00A0}" else { break }
            end = before
        }
        return s[s.startIndex..<end]
    }

    /// Every line of up to `length` pieces drawn by a fixed generator, sliced out of a longer
    /// string so substrings that do not start at 0 are covered.
    static func lines(count: Int, length: Int) -> [Substring] {
        var generator = SplitMix(seed: 7)
        return (0..<count).map { _ in
            let parts = (0..<Int(generator.next() % UInt64(length + 1))).map { _ in
                pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            let whole = "x" + parts.joined() + "y"
            return whole.dropFirst().dropLast()
        }
    }

    @Test func bytePathsAgreeWithCharacters() {
        for line in Self.lines(count: 20_000, length: 8) {
            let scalars = line.unicodeScalars.map(\.value)
            // The same slice of the line, not merely an equivalent text.
            #expect(line.trimmingLeadingSpaces().startIndex == Self.leading(line).startIndex, "leading: \(scalars)")
            #expect(line.trimmingTrailingSpaces().endIndex == Self.trailing(line).endIndex, "trailing: \(scalars)")
            #expect(Array(String(line).trimmingLeadingSpaces().unicodeScalars) == Array(Self.leading(line).unicodeScalars))
            #expect(Array(String(line).trimmingTrailingSpaces().unicodeScalars) == Array(Self.trailing(line).unicodeScalars))
            for byte in [UInt8(ascii: ">"), UInt8(ascii: "|")] {
                let character = String(Unicode.Scalar(byte))
                #expect(line.startsWithCharacter(byte) == line.hasPrefix(character), "prefix: \(scalars)")
            }
            for prefix in ["-", "- ", "[ ]", "|-", "<!--", "=="] {
                #expect(line.hasASCIIPrefix(prefix) == line.hasPrefix(prefix), "prefix \(prefix): \(scalars)")
            }
            let bytes = Array(line.utf8)
            if let kept = bytes.trimmingSpaces(in: bytes.indices) {
                #expect(Array(bytes[kept]) == Array(line.trimmingSpaces().utf8), "bytes: \(scalars)")
            } else {
                // Left to characters only where a space or a non-ASCII scalar ends the line.
                #expect(line.utf8.first.map { $0 == 0x20 || $0 >= 0x80 } == true || line.utf8.last.map { $0 == 0x20 || $0 >= 0x80 } == true)
            }
        }
    }

    @Test func marksKeepTheirSpaces() {
        // A space carrying a combining mark is not a space character.
        #expect(Substring(" \u{0301}a").trimmingLeadingSpaces() == " \u{0301}a")
        #expect(Substring("a \u{0301}").trimmingTrailingSpaces() == "a \u{0301}")
        // A prepended mark joins the space after it.
        #expect(Substring("a\u{0600} ").trimmingTrailingSpaces() == "a\u{0600} ")
        #expect(!Substring(">\u{0301} quote").startsWithCharacter(UInt8(ascii: ">")))
        #expect(Substring("\u{00A0} a \u{00A0}").trimmingLeadingSpaces().trimmingTrailingSpaces() == "a")
    }
}

/// A small deterministic generator (SplitMix64), so failures reproduce.
private struct SplitMix {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
