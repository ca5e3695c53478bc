/// Removes inline Markdown markup from one line: emphasis, code spans, links, images,
/// autolinks, HTML comments, backslash escapes and common entities.
///
/// The words stay exactly as written so the grader can quote them; only the markup goes.
/// Raw HTML tags are kept as text on purpose: an answer is never rendered, and a reporter
/// escapes whatever it shows.
enum InlineMarkdown {
    /// Returns `line` without inline markup.
    static func strip(_ line: Substring) -> String {
        // Most lines hold no markup at all: return them without decoding every scalar.
        if !line.utf8.contains(where: isMarkupByte) { return String(line) }
        let scalars = Array(line.unicodeScalars)
        var brackets: Brackets?
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "\\":
                if i + 1 < scalars.count, scalars[i + 1].isASCII, isPunctuation(scalars[i + 1]) {
                    out.append(scalars[i + 1])
                    i += 2
                } else {
                    out.append(c)
                    i += 1
                }
            case "`":
                i = codeSpan(scalars, from: i, into: &out)
            case "!" where i + 1 < scalars.count && scalars[i + 1] == "[":
                if let next = link(scalars, from: i + 1, brackets: &brackets, into: &out) {
                    i = next
                } else {
                    out.append(c)
                    i += 1
                }
            case "[":
                if let next = link(scalars, from: i, brackets: &brackets, into: &out) {
                    i = next
                } else {
                    out.append(c)
                    i += 1
                }
            case "<":
                i = angle(scalars, from: i, into: &out)
            case "*", "~":
                i += 1
            case "_":
                let before = i > 0 ? scalars[i - 1] : " "
                let after = i + 1 < scalars.count ? scalars[i + 1] : " "
                if isWordScalar(before) && isWordScalar(after) { out.append(c) }
                i += 1
            case "&":
                i = entity(scalars, from: i, into: &out)
            default:
                out.append(c)
                i += 1
            }
        }
        return String(out)
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

    private static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }

    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil
    }

    /// A code span keeps its content verbatim: `kubectl rollout undo` is evidence.
    private static func codeSpan(
        _ s: [Unicode.Scalar], from start: Int, into out: inout String.UnicodeScalarView
    ) -> Int {
        var run = 0
        while start + run < s.count, s[start + run] == "`" { run += 1 }
        var j = start + run
        while j < s.count {
            if s[j] == "`" {
                var closing = 0
                while j + closing < s.count, s[j + closing] == "`" { closing += 1 }
                if closing == run {
                    out.appendEach(s[(start + run)..<j])
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
        _ s: [Unicode.Scalar], from open: Int, brackets: inout Brackets?, into out: inout String.UnicodeScalarView
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
        case "(": end = index.closing[close + 1]
        case "[": end = index.nextSquareClose[close + 2]
        default: return nil
        }
        guard end >= 0, end < s.count else { return nil }
        let label = String(String.UnicodeScalarView(s[(open + 1)..<close]))
        out.appendEach(strip(Substring(label)).unicodeScalars)
        return end + 1
    }

    /// Drops HTML comments and unwraps autolinks; other `<` stay as text.
    private static func angle(
        _ s: [Unicode.Scalar], from start: Int, into out: inout String.UnicodeScalarView
    ) -> Int {
        if start + 3 < s.count, s[start + 1] == "!", s[start + 2] == "-", s[start + 3] == "-" {
            var j = start + 4
            while j + 2 < s.count {
                if s[j] == "-", s[j + 1] == "-", s[j + 2] == ">" { return j + 3 }
                j += 1
            }
            return s.count
        }
        var j = start + 1
        while j < s.count, s[j] != ">", s[j] != " ", s[j] != "<" { j += 1 }
        if j < s.count, s[j] == ">" {
            let inner = String(String.UnicodeScalarView(s[(start + 1)..<j]))
            if inner.contains("://") || inner.hasPrefix("mailto:") {
                out.appendEach(inner.unicodeScalars)
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

    private static func entity(
        _ s: [Unicode.Scalar], from start: Int, into out: inout String.UnicodeScalarView
    ) -> Int {
        var j = start + 1
        while j < s.count, j - start <= 10, s[j] != ";" { j += 1 }
        if j < s.count, s[j] == ";", j > start + 1 {
            let name = String(String.UnicodeScalarView(s[(start + 1)..<j]))
            if let scalar = entities[name] {
                out.append(scalar)
                return j + 1
            }
            if name.hasPrefix("#") {
                let digits = name.dropFirst()
                let value =
                    digits.hasPrefix("x") || digits.hasPrefix("X")
                    ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                if let value, let scalar = Unicode.Scalar(value), value != 0 {
                    out.append(scalar)
                    return j + 1
                }
            }
        }
        out.append("&")
        return start + 1
    }

    /// Where the brackets of a line close, found in one pass.
    struct Brackets {
        /// For each `[` and `(`, the index of the `]` or `)` that closes it (brackets of
        /// one kind nest; the other kind is ignored); -1 when none does, and for every
        /// other scalar.
        var closing: [Int]
        /// For each index, the first `]` at or after it (the count when there is none),
        /// with one extra entry for the end.
        var nextSquareClose: [Int]

        init(_ s: [Unicode.Scalar]) {
            closing = Array(repeating: -1, count: s.count)
            var squares: [Int] = []
            var rounds: [Int] = []
            for (j, c) in s.enumerated() {
                switch c {
                case "[": squares.append(j)
                case "(": rounds.append(j)
                case "]": if let open = squares.popLast() { closing[open] = j }
                case ")": if let open = rounds.popLast() { closing[open] = j }
                default: break
                }
            }
            nextSquareClose = Array(repeating: s.count, count: s.count + 1)
            for j in stride(from: s.count - 1, through: 0, by: -1) {
                nextSquareClose[j] = s[j] == "]" ? j : nextSquareClose[j + 1]
            }
        }
    }
}

extension String.UnicodeScalarView {
    /// Appends `scalars` one by one. `append(contentsOf:)` on a scalar view rebuilds the whole
    /// string at each call, which made a long line with many code spans quadratic.
    fileprivate mutating func appendEach<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        for scalar in scalars { append(scalar) }
    }
}
