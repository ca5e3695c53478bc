import Foundation

/// Splits blocks into the units matching works inside.
///
/// Headings, table rows and code lines are one unit each. Paragraphs and list items are
/// split into sentences at `.`, `!` or `?` followed by space and a word that does not start
/// in lower case, except after abbreviations (e.g., i.e., etc., vs.) and initials.
/// Decimals and versions (`1.5`, `v1.2.3`) never split because no space follows the dot.
///
/// No unit is longer than ``maximumUnitLength`` bytes: a longer one (a megabyte of text with
/// no full stop, a base64 blob pasted on one line) is cut at the last space before the limit,
/// so a pathological line costs what the same bytes in sentences would.
public struct SentenceSplitter: Sendable {
    /// The longest unit, in UTF-8 bytes; a real sentence is a few hundred.
    public static let maximumUnitLength = 16_384

    /// Abbreviations, lower-cased and without their final dot, after which a dot ends no sentence.
    static let abbreviations: Set<String> = [
        "e.g", "i.e", "eg", "ie", "etc", "vs", "cf", "approx", "incl", "esp", "viz", "al",
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "no", "nos", "fig", "min", "max",
        "est", "dept", "ca", "resp", "w.r.t", "a.k.a", "aka", "u.s", "e.t.a", "p.s",
    ]

    /// ``abbreviations`` as UTF-8 bytes.
    private static let abbreviationBytes: [[UInt8]] = abbreviations.map { Array($0.utf8) }

    /// Bytes that may follow a terminator and still belong to its sentence.
    private static let closers: Set<UInt8> = Set(".!?)]\"'".utf8)

    /// Creates a splitter.
    public init() {}

    /// Splits `blocks` into units, in document order.
    public func split(_ blocks: [TextBlock]) -> [TextUnit] {
        var units: [TextUnit] = []
        for (index, block) in blocks.enumerated() {
            split(block, index: index) { units.append($0) }
        }
        return units
    }

    /// Splits one block, the `index`th of its document, handing each unit to `body` in order.
    public func split(_ block: TextBlock, index: Int, _ body: (TextUnit) -> Void) {
        let utf8 = block.text.utf8
        var ranges: [Range<Int>] = []
        switch block.kind {
        case .paragraph, .listItem:
            var text = block.text
            text.withUTF8 { bytes in
                ranges = sentenceRanges(bytes)
                // Most sentences are far below the limit: only a block with a longer one is cut anew.
                if ranges.contains(where: { $0.count > Self.maximumUnitLength }) {
                    ranges = ranges.flatMap { Self.bounded($0, in: bytes) }
                }
            }
        case .heading, .tableRow, .code, .prompt:
            guard utf8.count > Self.maximumUnitLength else {
                body(
                    TextUnit(
                        text: block.text, kind: block.kind, block: index, level: block.level,
                        lineAnchors: block.lineAnchors))
                return
            }
            var text = block.text
            ranges = text.withUTF8 { Self.bounded(0..<$0.count, in: $0) }
        }
        // Units and line anchors both run in offset order: walk them together.
        let lineAnchors = block.lineAnchors
        var anchor = 0
        for range in ranges {
            while anchor + 1 < lineAnchors.count, lineAnchors[anchor + 1].offset <= range.lowerBound {
                anchor += 1
            }
            // The anchors from `anchor` up to `past` fall in the unit.
            var past = anchor + 1
            while past < lineAnchors.count, lineAnchors[past].offset < range.upperBound { past += 1 }
            let anchors: [LineAnchor]
            if range.lowerBound == 0, anchor == 0, past == lineAnchors.count, lineAnchors.first?.offset == 0 {
                // The unit starts the block and spans all its lines: the block's anchors are its own.
                anchors = lineAnchors
            } else {
                var moved: [LineAnchor] = []
                if anchor < lineAnchors.count { moved.append(LineAnchor(offset: 0, line: lineAnchors[anchor].line)) }
                for next in (anchor + 1)..<past {
                    moved.append(LineAnchor(offset: lineAnchors[next].offset - range.lowerBound, line: lineAnchors[next].line))
                }
                anchors = moved
            }
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
            // A block of one sentence, untrimmed, is its own unit's text: no copy.
            let text = range == 0..<utf8.count ? block.text : String(block.text[start..<end])
            body(TextUnit(text: text, kind: block.kind, block: index, level: block.level, lineAnchors: anchors))
        }
    }

    /// `range` of `text` cut into pieces of at most ``maximumUnitLength`` bytes: at the last
    /// space before the limit, or, in a run of 256 bytes without one, at the last whole
    /// character.
    static func bounded(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard range.count > maximumUnitLength else { return [range] }
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        while range.upperBound - start > maximumUnitLength {
            let limit = start + maximumUnitLength
            var cut = limit
            while cut > limit - 256, text[cut] != UInt8(ascii: " ") { cut -= 1 }
            if text[cut] != UInt8(ascii: " ") {
                cut = limit
                // Not inside a character: back off UTF-8 continuation bytes.
                while cut > start + 1, text[cut] & 0xC0 == 0x80 { cut -= 1 }
            }
            pieces.appendTrimmed(start..<cut, in: text)
            start = cut
        }
        pieces.appendTrimmed(start..<range.upperBound, in: text)
        return pieces
    }

    /// Byte ranges of the sentences in `text`, trimmed of surrounding spaces.
    func sentenceRanges(_ text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        guard text.baseAddress != nil else { return ranges }
        // The offset of the first `byte` at or after `offset`, or the end when none is.
        func first(_ byte: UInt8, from offset: Int) -> Int {
            text.firstOffset(of: byte, in: min(offset, text.count)..<text.count)
        }
        // The next terminator of each kind, found again only once passed, so a text is
        // searched once for each.
        var dot = first(UInt8(ascii: "."), from: 0)
        var bang = first(UInt8(ascii: "!"), from: 0)
        var question = first(UInt8(ascii: "?"), from: 0)
        var start = 0
        var i = 0
        while true {
            if dot < i { dot = first(UInt8(ascii: "."), from: i) }
            if bang < i { bang = first(UInt8(ascii: "!"), from: i) }
            if question < i { question = first(UInt8(ascii: "?"), from: i) }
            i = min(dot, bang, question)
            guard i < text.count else { break }
            let c = text[i]
            // Take a run of terminators and closers ("?!", "...", `.")`) at once, so a line of
            // ten thousand dots costs one pass, not one pass per dot.
            var end = i + 1
            while end < text.count, Self.closers.contains(text[end]) { end += 1 }
            // A sentence must start after the run before a dot can be an abbreviation's:
            // most are followed by no sentence (the block's end), and are not looked up.
            if startsSentence(after: end, in: text),
                !(c == UInt8(ascii: ".") && end == i + 1 && isAbbreviation(endingAt: i, in: text))
            {
                ranges.appendTrimmed(start..<end, in: text)
                start = end
            }
            i = end
        }
        ranges.appendTrimmed(start..<text.count, in: text)
        return ranges
    }

    /// Whether a new sentence starts after a terminator run ending at `end`: a space, then a
    /// word that does not start in lower case.
    private func startsSentence(after end: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end < text.count, text[end] == UInt8(ascii: " ") else { return false }
        var j = end
        while j < text.count, text[j] == UInt8(ascii: " ") { j += 1 }
        guard j < text.count else { return false }
        return !(text[j] >= UInt8(ascii: "a") && text[j] <= UInt8(ascii: "z"))
    }

    private func isAbbreviation(endingAt dot: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        // Abbreviations are short: look back a few bytes at most, never across the whole text.
        var start = dot
        while start > 0, dot - start < 12, text[start - 1] != UInt8(ascii: " "), text[start - 1] != UInt8(ascii: "(") {
            start -= 1
        }
        if start > 0, text[start - 1] != UInt8(ascii: " "), text[start - 1] != UInt8(ascii: "(") { return false }
        let word = text[start..<dot]
        guard !word.isEmpty else { return false }
        // A single capital letter is an initial ("J. Smith").
        if word.count == 1, let only = word.first, only >= UInt8(ascii: "A"), only <= UInt8(ascii: "Z") {
            return true
        }
        // Compared byte by byte, upper-case ASCII lowered, as a set of strings would compare
        // them: the abbreviations are lower-case ASCII letters and dots, and the only
        // characters canonically equivalent to an ASCII one (U+037E, U+1FEF, U+212A) stand
        // for `;`, `` ` `` and the upper-case `K`.
        return Self.abbreviationBytes.contains { abbreviation in
            abbreviation.count == word.count
                && zip(abbreviation, word).allSatisfy { $0 == ($1 >= 65 && $1 <= 90 ? $1 + 32 : $1) }
        }
    }
}

extension Array where Element == Range<Int> {
    fileprivate mutating func appendTrimmed(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, text[lower] == UInt8(ascii: " ") { lower += 1 }
        while upper > lower, text[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
        if lower < upper { append(lower..<upper) }
    }
}
