/// Which words of a text stand inside parentheses: asides that elaborate on what comes before
/// them ("Automated security scanning (IaC scanners in CI, continuous CSPM) is out of scope"),
/// so a negation's reach and a rejection's narrowing can look past them. Only matched pairs
/// count: an unmatched `(` or a `:(` opens no aside.
struct Parentheses {
    /// Per word, whether it stands inside a matched pair of brackets.
    let inside: [Bool]
    /// Per word, whether the gap after it closes an aside and nothing more: a `)` with no `;`
    /// or dash, which end a clause of their own.
    let closesAfter: [Bool]

    /// The asides of `words` (ascending offsets into `text`), or nil when `text` has no
    /// matched pair of brackets.
    init?(_ words: [(start: Int, end: Int)], in text: String) {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "(")) else { return nil }
        var open: [Int] = []
        var pairs: [Range<Int>] = []
        for (offset, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "(") {
                open.append(offset)
            } else if byte == UInt8(ascii: ")"), let start = open.popLast() {
                pairs.append(start..<offset)
            }
        }
        guard !pairs.isEmpty else { return nil }
        pairs.sort { $0.lowerBound < $1.lowerBound }
        var inside = [Bool](repeating: false, count: words.count)
        var next = 0
        var active: [Range<Int>] = []
        for (k, word) in words.enumerated() {
            while next < pairs.count, pairs[next].lowerBound < word.start {
                active.append(pairs[next])
                next += 1
            }
            active.removeAll { $0.upperBound < word.end }
            inside[k] = !active.isEmpty
        }
        var closesAfter = [Bool](repeating: false, count: words.count)
        for k in words.indices.dropLast() where inside[k] && !inside[k + 1] {
            let gap = bytes[min(words[k].end, bytes.count)..<min(words[k + 1].start, bytes.count)]
            closesAfter[k] = gap.contains(UInt8(ascii: ")")) && !gap.contains(UInt8(ascii: ";"))
                && !Self.holdsDash(gap)
        }
        self.inside = inside
        self.closesAfter = closesAfter
    }

    /// Whether `gap` holds a dash between clauses (``ClauseDash``).
    private static func holdsDash(_ gap: ArraySlice<UInt8>) -> Bool {
        let bytes = Array(gap)
        return bytes.indices.contains { ClauseDash.ends(at: $0, in: bytes) }
    }
}
