/// Splits blocks into the units matching works inside.
///
/// Headings, table rows and code lines are one unit each. Paragraphs and list items are
/// split into sentences at `.`, `!` or `?` followed by space and a word that does not start
/// in lower case, except after abbreviations (e.g., i.e., etc., vs.) and initials.
/// Decimals and versions (`1.5`, `v1.2.3`) never split because no space follows the dot.
public struct SentenceSplitter: Sendable {
    /// Abbreviations, lower-cased and without their final dot, after which a dot ends no sentence.
    static let abbreviations: Set<String> = [
        "e.g", "i.e", "eg", "ie", "etc", "vs", "cf", "approx", "incl", "esp", "viz", "al",
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "no", "nos", "fig", "min", "max",
        "est", "dept", "ca", "resp", "w.r.t", "a.k.a", "aka", "u.s", "e.t.a", "p.s",
    ]

    /// Bytes that may follow a terminator and still belong to its sentence.
    private static let closers: Set<UInt8> = Set(".!?)]\"'".utf8)

    /// Creates a splitter.
    public init() {}

    /// Splits `blocks` into units, in document order.
    public func split(_ blocks: [TextBlock]) -> [TextUnit] {
        var units: [TextUnit] = []
        for (index, block) in blocks.enumerated() {
            switch block.kind {
            case .paragraph, .listItem:
                for range in sentenceRanges(Array(block.text.utf8)) {
                    units.append(unit(of: block, index: index, range: range))
                }
            case .heading, .tableRow, .code:
                units.append(
                    TextUnit(
                        text: block.text, kind: block.kind, block: index, level: block.level,
                        lineAnchors: block.lineAnchors))
            }
        }
        return units
    }

    private func unit(of block: TextBlock, index: Int, range: Range<Int>) -> TextUnit {
        let bytes = block.text.utf8
        let start = bytes.index(bytes.startIndex, offsetBy: range.lowerBound)
        let end = bytes.index(bytes.startIndex, offsetBy: range.upperBound)
        let text = String(block.text[start..<end])
        var anchors: [LineAnchor] = []
        for anchor in block.lineAnchors {
            if anchor.offset <= range.lowerBound {
                anchors = [LineAnchor(offset: 0, line: anchor.line)]
            } else if anchor.offset < range.upperBound {
                anchors.append(LineAnchor(offset: anchor.offset - range.lowerBound, line: anchor.line))
            }
        }
        return TextUnit(text: text, kind: block.kind, block: index, level: block.level, lineAnchors: anchors)
    }

    /// Byte ranges of the sentences in `text`, trimmed of surrounding spaces.
    func sentenceRanges(_ text: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < text.count {
            let c = text[i]
            let isTerminator = c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?")
            if isTerminator, !(c == UInt8(ascii: ".") && isAbbreviation(endingAt: i, in: text)),
                let end = boundary(after: i, in: text)
            {
                ranges.appendTrimmed(start..<end, in: text)
                start = end
                i = end
                continue
            }
            i += 1
        }
        ranges.appendTrimmed(start..<text.count, in: text)
        return ranges
    }

    /// If the terminator at `i` ends a sentence, where the sentence ends (after closing
    /// quotes and brackets).
    private func boundary(after i: Int, in text: [UInt8]) -> Int? {
        var j = i + 1
        // Runs of terminators ("?!", "...") and closing punctuation belong to the sentence.
        while j < text.count, Self.closers.contains(text[j]) { j += 1 }
        guard j < text.count, text[j] == UInt8(ascii: " ") else { return nil }
        let end = j
        while j < text.count, text[j] == UInt8(ascii: " ") { j += 1 }
        guard j < text.count else { return nil }
        if text[j] >= UInt8(ascii: "a") && text[j] <= UInt8(ascii: "z") { return nil }
        return end
    }

    private func isAbbreviation(endingAt dot: Int, in text: [UInt8]) -> Bool {
        var start = dot
        while start > 0, text[start - 1] != UInt8(ascii: " "), text[start - 1] != UInt8(ascii: "(") {
            start -= 1
        }
        let word = text[start..<dot]
        guard !word.isEmpty else { return false }
        // A single capital letter is an initial ("J. Smith").
        if word.count == 1, let only = word.first, only >= UInt8(ascii: "A"), only <= UInt8(ascii: "Z") {
            return true
        }
        let lowered = String(decoding: word.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        return Self.abbreviations.contains(lowered)
    }
}

extension Array where Element == Range<Int> {
    fileprivate mutating func appendTrimmed(_ range: Range<Int>, in text: [UInt8]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, text[lower] == UInt8(ascii: " ") { lower += 1 }
        while upper > lower, text[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
        if lower < upper { append(lower..<upper) }
    }
}
