/// Removes inline Markdown markup from one line: emphasis, code spans, links, images,
/// autolinks, HTML comments, backslash escapes and common entities.
///
/// The words stay exactly as written so the grader can quote them; only the markup goes.
/// Raw HTML tags are kept as text on purpose: an answer is never rendered, and a reporter
/// escapes whatever it shows.
enum InlineMarkdown {
    /// Returns `line` without inline markup.
    static func strip(_ line: Substring) -> String {
        // Most lines hold no markup at all: return them without looking at every byte twice.
        let hasMarkup = line.utf8.withContiguousStorageIfAvailable { $0.contains(where: isMarkupByte) } ?? line.utf8.contains(where: isMarkupByte)
        if !hasMarkup { return String(line) }
        var out: [UInt8] = []
        strip(line, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of `line` without inline markup to `out`, read in place.
    static func strip(_ line: Substring, into out: inout [UInt8]) {
        // In place; a bridged string's bytes are made contiguous first.
        var line = line
        line.withUTF8 { strip($0, into: &out) }
    }

    /// How deep links may nest in one another's text; deeper brackets are text. Each level
    /// strips its label again, so without a bound a line of a few thousand nested links cost
    /// time and memory in the square of its length.
    static let maximumLinkDepth = 8

    /// Appends the UTF-8 bytes `s` of a line without inline markup to `out`. Every markup
    /// character is ASCII, so the line is walked byte by byte and other scalars are copied as
    /// they are. `depth` counts the links this text is the label of.
    private static func strip(_ s: UnsafeBufferPointer<UInt8>, depth: Int = 0, into out: inout [UInt8]) {
        var brackets: Brackets?
        var i = 0
        while i < s.count {
            let c = s[i]
            switch c {
            case UInt8(ascii: "\\"):
                if i + 1 < s.count, isPunctuation(s[i + 1]) {
                    out.append(s[i + 1])
                    i += 2
                } else {
                    out.append(c)
                    i += 1
                }
            case UInt8(ascii: "`"):
                i = codeSpan(s, from: i, into: &out)
            case UInt8(ascii: "!") where i + 1 < s.count && s[i + 1] == UInt8(ascii: "[") && depth < maximumLinkDepth:
                if let next = link(s, from: i + 1, depth: depth, brackets: &brackets, into: &out) {
                    i = next
                } else {
                    out.append(c)
                    i += 1
                }
            case UInt8(ascii: "[") where depth < maximumLinkDepth:
                if let next = link(s, from: i, depth: depth, brackets: &brackets, into: &out) {
                    i = next
                } else {
                    out.append(c)
                    i += 1
                }
            case UInt8(ascii: "<"):
                i = angle(s, from: i, into: &out)
            case UInt8(ascii: "*"), UInt8(ascii: "~"):
                i += 1
            case UInt8(ascii: "_"):
                let before = i > 0 ? scalar(endingAt: i, in: s) : " "
                let after = i + 1 < s.count ? scalar(startingAt: i + 1, in: s) : " "
                if isWordScalar(before) && isWordScalar(after) { out.append(c) }
                i += 1
            case UInt8(ascii: "&"):
                i = entity(s, from: i, into: &out)
            default:
                // A run of bytes that start no markup is copied in one go.
                var end = i + 1
                while end < s.count, !isMarkupByte(s[end]) { end += 1 }
                out.append(contentsOf: s[i..<end])
                i = end
            }
        }
    }

    /// Bytes that can start inline markup.
    private static func isMarkupByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "!"), UInt8(ascii: "["), UInt8(ascii: "<"),
            UInt8(ascii: "*"), UInt8(ascii: "~"), UInt8(ascii: "_"), UInt8(ascii: "&"):
            return true
        default:
            return false
        }
    }

    /// ASCII punctuation, which a backslash escapes.
    private static func isPunctuation(_ c: UInt8) -> Bool {
        switch c {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }

    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil
    }

    /// The scalar whose UTF-8 starts at `i` (`s` is valid UTF-8: it comes from a string and
    /// is only ever cut at ASCII bytes).
    private static func scalar(startingAt i: Int, in s: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var end = i + 1
        while end < s.count, s[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: s[i..<end], as: UTF8.self).unicodeScalars.first ?? " "
    }

    /// The scalar whose UTF-8 ends just before `i`.
    private static func scalar(endingAt i: Int, in s: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var start = i - 1
        while start > 0, s[start] & 0xC0 == 0x80 { start -= 1 }
        return String(decoding: s[start..<i], as: UTF8.self).unicodeScalars.first ?? " "
    }

    /// A code span keeps its content verbatim: `kubectl rollout undo` is evidence.
    private static func codeSpan(_ s: UnsafeBufferPointer<UInt8>, from start: Int, into out: inout [UInt8]) -> Int {
        var run = 0
        while start + run < s.count, s[start + run] == UInt8(ascii: "`") { run += 1 }
        var j = start + run
        while j < s.count {
            if s[j] == UInt8(ascii: "`") {
                var closing = 0
                while j + closing < s.count, s[j + closing] == UInt8(ascii: "`") { closing += 1 }
                if closing == run {
                    out.append(contentsOf: s[(start + run)..<j])
                    return j + closing
                }
                j += closing
            } else {
                j += 1
            }
        }
        // No closing run: the backticks are literal text.
        return start + run
    }

    /// `[text](url)`, `[text][ref]` and `![alt](url)` become their text; returns nil when
    /// the bracket is not a link.
    ///
    /// The line's brackets are matched once (`brackets`, made at the first link), so a line
    /// of many unclosed `[` or `](` costs one pass, not one pass per bracket.
    private static func link(
        _ s: UnsafeBufferPointer<UInt8>, from open: Int, depth: Int, brackets: inout Brackets?, into out: inout [UInt8]
    ) -> Int? {
        let index = brackets ?? Brackets(s)
        brackets = index
        // The `]` where the nesting opened at `open` closes.
        let close = index.closing[open]
        guard close > open, close + 1 < s.count else { return nil }
        // The destination may hold balanced parentheses: [x](https://en.wikipedia.org/wiki/A_(b));
        // a reference ends at the next `]`.
        let end: Int
        switch s[close + 1] {
        case UInt8(ascii: "("): end = index.closing[close + 1]
        case UInt8(ascii: "["): end = index.nextSquareClose[close + 2]
        default: return nil
        }
        guard end >= 0, end < s.count else { return nil }
        strip(UnsafeBufferPointer(rebasing: s[(open + 1)..<close]), depth: depth + 1, into: &out)
        return end + 1
    }

    /// Drops HTML comments and unwraps autolinks; other `<` stay as text.
    private static func angle(_ s: UnsafeBufferPointer<UInt8>, from start: Int, into out: inout [UInt8]) -> Int {
        if start + 3 < s.count, s[start + 1] == UInt8(ascii: "!"), s[start + 2] == UInt8(ascii: "-"),
            s[start + 3] == UInt8(ascii: "-")
        {
            var j = start + 4
            while j + 2 < s.count {
                if s[j] == UInt8(ascii: "-"), s[j + 1] == UInt8(ascii: "-"), s[j + 2] == UInt8(ascii: ">") { return j + 3 }
                j += 1
            }
            return s.count
        }
        var j = start + 1
        while j < s.count, s[j] != UInt8(ascii: ">"), s[j] != UInt8(ascii: " "), s[j] != UInt8(ascii: "<") { j += 1 }
        if j < s.count, s[j] == UInt8(ascii: ">") {
            let inner = String(decoding: s[(start + 1)..<j], as: UTF8.self)
            if inner.contains("://") || inner.hasPrefix("mailto:") {
                out.append(contentsOf: inner.utf8)
                return j + 1
            }
        }
        out.append(s[start])
        return start + 1
    }

    private static let entities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "rsquo": "\u{2019}",
        "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}",
    ]

    private static func entity(_ s: UnsafeBufferPointer<UInt8>, from start: Int, into out: inout [UInt8]) -> Int {
        // An entity's name is ASCII, so counting bytes here counts characters wherever it matters.
        var j = start + 1
        while j < s.count, j - start <= 10, s[j] != UInt8(ascii: ";") { j += 1 }
        if j < s.count, s[j] == UInt8(ascii: ";"), j > start + 1 {
            let name = String(decoding: s[(start + 1)..<j], as: UTF8.self)
            if let scalar = entities[name] {
                out.append(contentsOf: String(scalar).utf8)
                return j + 1
            }
            if name.hasPrefix("#") {
                let digits = name.dropFirst()
                let value =
                    digits.hasPrefix("x") || digits.hasPrefix("X")
                    ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                if let value, let scalar = Unicode.Scalar(value), value != 0 {
                    out.append(contentsOf: String(scalar).utf8)
                    return j + 1
                }
            }
        }
        out.append(UInt8(ascii: "&"))
        return start + 1
    }

    /// Where the brackets of a line close, found in one pass.
    struct Brackets {
        /// For each `[` and `(`, the index of the `]` or `)` that closes it (brackets of
        /// one kind nest; the other kind is ignored); -1 when none does, and for every
        /// other byte.
        var closing: [Int]
        /// For each index, the first `]` at or after it (the count when there is none),
        /// with one extra entry for the end.
        var nextSquareClose: [Int]

        init(_ s: UnsafeBufferPointer<UInt8>) {
            closing = Array(repeating: -1, count: s.count)
            var squares: [Int] = []
            var rounds: [Int] = []
            for (j, c) in s.enumerated() {
                switch c {
                case UInt8(ascii: "["): squares.append(j)
                case UInt8(ascii: "("): rounds.append(j)
                case UInt8(ascii: "]"): if let open = squares.popLast() { closing[open] = j }
                case UInt8(ascii: ")"): if let open = rounds.popLast() { closing[open] = j }
                default: break
                }
            }
            nextSquareClose = Array(repeating: s.count, count: s.count + 1)
            for j in stride(from: s.count - 1, through: 0, by: -1) {
                nextSquareClose[j] = s[j] == UInt8(ascii: "]") ? j : nextSquareClose[j + 1]
            }
        }
    }
}
