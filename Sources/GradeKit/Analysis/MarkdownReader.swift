import Foundation

/// Turns a Markdown answer into plain-text blocks, keeping every block's source lines.
///
/// It understands the Markdown people type in answers: YAML front matter (skipped), ATX and
/// Setext headings, bullet, numbered and task lists, block quotes, pipe tables, fenced code
/// (kept as text, one block per line: a `kubectl rollout undo` in a fence is evidence),
/// HTML comments (dropped) and thematic breaks. It is deliberately forgiving: any input
/// yields blocks, never an error.
public struct MarkdownReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads `source` into blocks in document order.
    public func read(_ source: String) -> [TextBlock] {
        var blocks: [TextBlock] = []
        read(source) { blocks.append($0) }
        return blocks
    }

    /// Reads `source`, handing each block to `body` in document order as soon as it is
    /// complete, so a large answer is never held as lines or blocks all at once.
    public func read(_ source: String, _ body: (TextBlock) -> Void) {
        var state = ReaderState()
        // Hands on the blocks finished so far, after `line` (none at the end of the source).
        // The state is passed in, not captured by this function: a variable captured by a
        // nested function is boxed, and each access to it checked for exclusivity at run time.
        func consume(_ line: (text: Substring, number: Int)?, _ reader: inout ReaderState) {
            if let line { reader.consume(line: line.text, number: line.number) }
            for block in reader.blocks { SpeakerLabel.split(block, body) }
            reader.blocks.removeAll(keepingCapacity: true)
        }
        // Lines that may be YAML front matter wait until its closing line shows they are
        // (and are dropped); with no closing line they are read as Markdown after all.
        var frontMatter: [Substring] = []
        var inFrontMatter = false
        var number = 0
        Self.forEachLine(source) { line in
            number += 1
            if inFrontMatter {
                let trimmed = line.trimmingTrailingSpaces()
                if trimmed == "---" || trimmed == "..." {
                    inFrontMatter = false
                    frontMatter = []
                } else {
                    frontMatter.append(line)
                }
            } else if number == 1, line.trimmingTrailingSpaces() == "---" {
                inFrontMatter = true
                frontMatter = [line]
            } else {
                consume((line, number), &state)
            }
        }
        for (index, line) in frontMatter.enumerated() { consume((line, index + 1), &state) }
        state.flush()
        consume(nil, &state)
    }

    /// Splits on LF, CRLF and lone CR; tabs become spaces so indentation is measurable.
    static func splitLines(_ source: String) -> [Substring] {
        var lines: [Substring] = []
        forEachLine(source) { lines.append($0) }
        return lines
    }

    /// Calls `body` with each line of `source`, split as ``splitLines(_:)`` does. Line
    /// breaks are ASCII, so they are found on the UTF-8 bytes in place (by `memchr`, far
    /// faster than a loop over the bytes) and each line is cut out of `source` at their
    /// offsets; a line break is a character of its own, so every cut falls between characters.
    static func forEachLine(_ source: String, _ body: (Substring) -> Void) {
        // In native UTF-8 storage a line is cut out at a byte offset in constant time; a
        // bridged string (UTF-16 underneath) would count its way to every offset.
        // `withUTF8` needs a variable; on a string already contiguous it copies nothing.
        var contiguous = source
        contiguous.makeContiguousUTF8()
        // Lines are cut out of a constant: a nested function capturing a variable would box it
        // and check exclusive access at every cut.
        let text = contiguous
        let utf8 = text.utf8
        func line(_ start: Int, _ end: Int) -> Substring {
            text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
        }
        contiguous.withUTF8 { bytes in
            func first(_ byte: UInt8, in range: Range<Int>) -> Int { bytes.firstOffset(of: byte, in: range) }
            var start = 0
            // The first LF at or after `start`, found again only once passed, so a text of
            // lone CRs is not searched to its end at every line.
            var newline = first(UInt8(ascii: "\n"), in: 0..<bytes.count)
            while start < bytes.count {
                if newline < start { newline = first(UInt8(ascii: "\n"), in: start..<bytes.count) }
                let end = first(UInt8(ascii: "\r"), in: start..<newline)
                body(line(start, end))
                // A CR ends its line, taking an LF right after it along (CRLF).
                start = end + (end < newline && end + 1 == newline ? 2 : 1)
            }
        }
    }

    /// Index of the first line after YAML front matter (`---` … `---` or `...` at the top).
    static func frontMatterEnd(_ lines: [Substring]) -> Int {
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else { return 0 }
        for i in 1..<max(1, lines.count) {
            let trimmed = lines[i].trimmingTrailingSpaces()
            if trimmed == "---" || trimmed == "..." { return i + 1 }
        }
        return 0
    }
}

/// The line-by-line state machine behind ``MarkdownReader``.
private struct ReaderState {
    var blocks: [TextBlock] = []
    private var pending: PendingBlock?
    private var fence: (marker: Unicode.Scalar, length: Int)?
    private var inComment = false

    mutating func consume(line raw: Substring, number: Int) {
        let expanded = raw.expandingTabs()
        if let open = fence {
            if Self.isFence(expanded, closing: open) {
                fence = nil
            } else if !expanded.allSatisfy({ $0 == " " }) {
                emit(kind: .code, level: 0, text: String(expanded.trimmingLeadingSpaces()), line: number)
            }
            return
        }
        if inComment {
            if let end = expanded.range(of: "-->") {
                inComment = false
                let rest = expanded[end.upperBound...]
                if !rest.allSatisfy({ $0 == " " }) { consumeContent(Substring(rest), number: number) }
            }
            return
        }
        consumeContent(expanded, number: number)
    }

    private mutating func consumeContent(_ line: Substring, number: Int) {
        var body = line.trimmingLeadingSpaces()
        let indent = line.utf8.count - body.utf8.count
        // Block quotes: the markers go, the content is read as usual.
        while body.startsWithCharacter(UInt8(ascii: ">")) {
            body = body.dropFirst().trimmingLeadingSpaces()
        }
        let content = body.trimmingTrailingSpaces()

        if content.isEmpty {
            flush()
            return
        }
        if consumeConstruct(content, indent: indent, number: number) {
            return
        }
        if pending == nil {
            pending = PendingBlock(kind: .paragraph, level: 0)
        }
        pending?.append(content, line: number)
    }

    /// Reads `content` (a line without its indent of `indent` bytes and its quote markers)
    /// when it opens or closes a construct other than a paragraph line; false when it is
    /// paragraph text.
    private mutating func consumeConstruct(_ content: Substring, indent: Int, number: Int) -> Bool {
        // Every construct below opens with a byte other than an ASCII letter (`<`, a fence,
        // `#`, `=`, `-`, `*`, `_`, `:`, `|`, `+`, a digit): a line opening with a letter, as
        // most do, is paragraph text with nothing to check. A construct that opens with a
        // letter would have to come before this test.
        if let first = content.utf8.first, (first | 0x20) &- UInt8(ascii: "a") < 26 { return false }
        if content.hasASCIIPrefix("<!--") && !content.contains("-->") {
            flush()
            inComment = true
            return true
        }
        if let marker = Self.fenceOpening(content) {
            flush()
            fence = marker
            return true
        }
        if let (level, text) = Self.atxHeading(content) {
            flush()
            emit(kind: .heading, level: level, text: text, line: number)
            return true
        }
        if let setextLevel = Self.setextUnderline(content), let paragraph = pending, paragraph.kind == .paragraph {
            pending = nil
            blocks.append(paragraph.finished(as: .heading, level: setextLevel))
            return true
        }
        if Self.isThematicBreak(content) {
            flush()
            return true
        }
        if Self.isTableSeparator(content) {
            return true
        }
        if content.startsWithCharacter(UInt8(ascii: "|")) {
            flush()
            let cells = Self.tableCells(content)
                .map { InlineMarkdown.strip($0).trimmingSpaces() }
                .filter { !$0.isEmpty }
            if !cells.isEmpty {
                emit(kind: .tableRow, level: 0, text: cells.joined(separator: " | "), line: number)
            }
            return true
        }
        if let item = Self.listItem(content) {
            flush()
            pending = PendingBlock(kind: .listItem, level: indent / 2 + 1)
            pending?.append(item, line: number)
            return true
        }
        return false
    }

    /// The cells of a table row: `row` split at every `|` character, empty cells kept.
    ///
    /// Walked on bytes while every `|` stands between ASCII bytes, where it is a character of
    /// its own; a `|` beside a combining or prepended mark is part of a larger character,
    /// which is no separator, so such a row is split by characters.
    static func tableCells(_ row: Substring) -> [Substring] {
        let bytes = row.utf8
        var cells: [Substring] = []
        var start = bytes.startIndex
        var previous: UInt8 = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            if byte == UInt8(ascii: "|") {
                guard previous < 0x80, next == bytes.endIndex || bytes[next] < 0x80 else {
                    return row.split(separator: "|", omittingEmptySubsequences: false)
                }
                cells.append(row[start..<index])
                start = next
            }
            previous = byte
            index = next
        }
        cells.append(row[start..<bytes.endIndex])
        return cells
    }

    mutating func flush() {
        if let block = pending {
            blocks.append(block.finished(as: block.kind, level: block.level))
            pending = nil
        }
    }

    private mutating func emit(kind: UnitKind, level: Int, text: String, line: Int) {
        flush()
        guard !text.utf8.allSatisfy({ $0 == UInt8(ascii: " ") }) else { return }
        blocks.append(TextBlock(kind: kind, level: level, text: text, lineAnchors: [LineAnchor(offset: 0, line: line)]))
    }

    // MARK: Line classification

    private static func fenceOpening(_ s: Substring) -> (marker: Unicode.Scalar, length: Int)? {
        guard let first = s.unicodeScalars.first, first == "`" || first == "~" else { return nil }
        let run = s.unicodeScalars.prefix { $0 == first }.count
        guard run >= 3 else { return nil }
        if first == "`" && s.unicodeScalars.dropFirst(run).contains("`") { return nil }
        return (first, run)
    }

    private static func isFence(_ s: Substring, closing open: (marker: Unicode.Scalar, length: Int)) -> Bool {
        let body = s.trimmingLeadingSpaces().trimmingTrailingSpaces()
        let run = body.unicodeScalars.prefix { $0 == open.marker }.count
        return run >= open.length && run == body.unicodeScalars.count
    }

    private static func atxHeading(_ s: Substring) -> (Int, String)? {
        // Most lines do not start with "#": no character needs to be formed to see it.
        guard s.utf8.first == UInt8(ascii: "#") else { return nil }
        let hashes = s.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = s.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingSpaces()
        while text.hasSuffix("#") { text.removeLast() }
        return (hashes, InlineMarkdown.strip(Substring(text)).trimmingSpaces())
    }

    private static func setextUnderline(_ s: Substring) -> Int? {
        // Byte by byte: a run of ASCII bytes is a run of characters, and a line holding any
        // other byte holds a character other than "=" or "-".
        if !s.isEmpty && s.utf8.allSatisfy({ $0 == UInt8(ascii: "=") }) { return 1 }
        if s.utf8.count >= 2 && s.utf8.allSatisfy({ $0 == UInt8(ascii: "-") }) { return 2 }
        return nil
    }

    private static func isThematicBreak(_ s: Substring) -> Bool {
        guard let first = s.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else {
            return false
        }
        var count = 0
        for byte in s.utf8 where byte != UInt8(ascii: " ") {
            guard byte == first else { return false }
            count += 1
        }
        return count >= 3
    }

    private static func isTableSeparator(_ s: Substring) -> Bool {
        // One pass on bytes, over at the first byte no separator holds (nearly always the
        // first): Foundation's substring search is far slower and this runs on every line.
        // Every byte of a separator is ASCII, so its first byte is its first character.
        var dash = false
        var bar = false
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "-"): dash = true
            case UInt8(ascii: "|"): bar = true
            case UInt8(ascii: ":"), UInt8(ascii: " "): break
            default: return false
            }
        }
        let first = s.utf8.first
        return dash && (bar || first == UInt8(ascii: "-") || first == UInt8(ascii: ":"))
    }

    /// The boxes of a task list item, removed from its text.
    private static let taskBoxes = ["[ ]", "[x]", "[X]"]

    /// The text of a list item line (`- x`, `* x`, `+ x`, `1. x`, `1) x`, task boxes removed).
    private static func listItem(_ s: Substring) -> Substring? {
        // An item starts with a bullet or a digit: other lines are left after one byte.
        guard let lead = s.utf8.first else { return nil }
        let isBullet = lead == UInt8(ascii: "-") || lead == UInt8(ascii: "*") || lead == UInt8(ascii: "+")
        guard isBullet || (lead >= UInt8(ascii: "0") && lead <= UInt8(ascii: "9")) else { return nil }
        var rest: Substring
        let bytes = s.utf8
        if isBullet, bytes.dropFirst().first == UInt8(ascii: " "), bytes.dropFirst(2).first.map({ $0 < 0x80 }) ?? true {
            // A bullet and a space, each an ASCII character of its own.
            rest = s[bytes.index(bytes.startIndex, offsetBy: 2)...]
        } else if isBullet, let first = s.first, "-*+".contains(first), s.dropFirst().first == " " {
            // The bullet's byte begins a longer character (a mark joins it, or the space
            // after it): only then are characters formed to tell.
            rest = s.dropFirst(2)
        } else if let start = numberedItemStart(s) {
            rest = s[bytes.index(bytes.startIndex, offsetBy: start)...]
        } else {
            let digits = s.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count) else { return nil }
            let after = s.dropFirst(digits.count)
            guard let marker = after.first, marker == "." || marker == ")",
                after.dropFirst().first == " " || after.count == 1
            else { return nil }
            rest = after.dropFirst(1)
        }
        rest = rest.trimmingLeadingSpaces()
        // Every box starts with "[": one byte shows most items have none.
        guard rest.utf8.first == UInt8(ascii: "[") else { return rest }
        for box in Self.taskBoxes where rest.hasASCIIPrefix(box) {
            rest = rest.dropFirst(box.count).trimmingLeadingSpaces()
        }
        return rest
    }

    /// Where the text of a numbered item (`1. x`, `12) x`) starts in `line`, in UTF-8 bytes,
    /// when its bytes show it: one to nine ASCII digits, `.` or `)`, then a space or the end,
    /// and no non-ASCII byte right after any of them (where a mark could join one into a
    /// larger character), so each is a character of its own. Nil leaves the line to the
    /// character comparison, item or not.
    private static func numberedItemStart(_ line: Substring) -> Int? {
        line.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var digits = 0
            while digits < bytes.count, bytes[digits] >= UInt8(ascii: "0"), bytes[digits] <= UInt8(ascii: "9") { digits += 1 }
            guard (1...9).contains(digits), digits < bytes.count,
                bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")")
            else { return nil }
            let start = digits + 1
            guard start < bytes.count else { return start }
            guard bytes[start] == UInt8(ascii: " "), start + 1 == bytes.count || bytes[start + 1] < 0x80 else { return nil }
            return start
        } ?? nil
    }
}

/// A paragraph or list item still collecting lines.
private struct PendingBlock {
    var kind: UnitKind
    var level: Int
    /// The block's text so far, as UTF-8: made a string once, when the block is finished.
    var text: [UInt8] = []
    var anchors: [LineAnchor] = []

    init(kind: UnitKind, level: Int) {
        self.kind = kind
        self.level = level
    }

    /// Adds a source line: without inline markup and its surrounding spaces, after a single
    /// space; a line left empty adds nothing.
    mutating func append(_ line: Substring, line number: Int) {
        let joined = text.count
        if !text.isEmpty { text.append(UInt8(ascii: " ")) }
        let start = text.count
        InlineMarkdown.strip(line, into: &text)
        if let kept = text.trimmingSpaces(in: start..<text.count) {
            text.removeSubrange(kept.upperBound...)
            text.removeSubrange(start..<kept.lowerBound)
        } else {
            // A space next to a non-ASCII character may belong to it: trimmed as characters.
            let trimmed = String(decoding: text[start...], as: UTF8.self).trimmingSpaces()
            text.replaceSubrange(start..., with: trimmed.utf8)
        }
        guard text.count > start else {
            // Nothing is left of the line: the space before it goes too.
            text.removeSubrange(joined...)
            return
        }
        anchors.append(LineAnchor(offset: start, line: number))
    }

    func finished(as kind: UnitKind, level: Int) -> TextBlock {
        TextBlock(kind: kind, level: level, text: String(decoding: text, as: UTF8.self), lineAnchors: anchors)
    }
}

extension StringProtocol {
    /// Without its leading spaces and no-break spaces, compared as characters.
    ///
    /// A space followed by an ASCII byte (or by nothing) is a character of its own, as no
    /// mark can join an ASCII character, so such spaces are dropped byte by byte; a space
    /// before a non-ASCII scalar, or a line starting with one, is left to the character
    /// comparison.
    func trimmingLeadingSpaces() -> SubSequence {
        let bytes = utf8
        var start = bytes.startIndex
        while start < bytes.endIndex, bytes[start] == UInt8(ascii: " ") {
            let next = bytes.index(after: start)
            guard next == bytes.endIndex || bytes[next] < 0x80 else { break }
            start = next
        }
        guard start < bytes.endIndex, bytes[start] == UInt8(ascii: " ") || bytes[start] >= 0x80 else { return self[start...] }
        return self[start...].drop { $0 == " " || $0 == "\u{00A0}" }
    }

    /// Without its trailing spaces and no-break spaces, compared as characters; like
    /// ``trimmingLeadingSpaces()``, spaces after an ASCII byte are dropped byte by byte.
    func trimmingTrailingSpaces() -> SubSequence {
        // How many bytes stay, and whether the last one left may still end a space character.
        let fast: (kept: Int, careful: Bool)? = utf8.withContiguousStorageIfAvailable { bytes in
            var end = bytes.count
            while end > 0, bytes[end - 1] == UInt8(ascii: " "), end == 1 || bytes[end - 2] < 0x80 { end -= 1 }
            // A line ending in an ASCII byte other than a space ends in a character that is not one.
            return (end, end > 0 && (bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] >= 0x80))
        }
        var end = endIndex
        if let fast {
            end = utf8.index(utf8.startIndex, offsetBy: fast.kept)
            guard fast.careful else { return self[startIndex..<end] }
        }
        while end > startIndex {
            let before = index(before: end)
            guard self[before] == " " || self[before] == "\u{00A0}" else { break }
            end = before
        }
        return self[startIndex..<end]
    }

    /// Whether the string starts with the characters of `prefix`, as `hasPrefix` says, mostly
    /// without forming characters. `prefix` is ASCII without `;`, `` ` `` or `K`, the only
    /// ASCII characters another character (U+037E, U+1FEF, U+212A) is canonically equivalent
    /// to; so its bytes must start the string, and then only a non-ASCII byte after them (a
    /// mark may join the last one) needs the character comparison.
    func hasASCIIPrefix(_ prefix: String) -> Bool {
        let bytes = utf8
        var index = bytes.startIndex
        for byte in prefix.utf8 {
            guard index < bytes.endIndex, bytes[index] == byte else { return false }
            index = bytes.index(after: index)
        }
        return index == bytes.endIndex || bytes[index] < 0x80 || hasPrefix(prefix)
    }

    /// Whether the first character is the ASCII `byte` alone, as `hasPrefix` with that one
    /// character says, mostly without forming a character: no other character is
    /// canonically equivalent to an ASCII one but itself.
    func startsWithCharacter(_ byte: UInt8) -> Bool {
        let bytes = utf8
        guard let first = bytes.first, first == byte else { return false }
        let next = bytes.index(after: bytes.startIndex)
        if next == bytes.endIndex || bytes[next] < 0x80 { return true }
        // A mark may join it: compare the whole first character.
        return self.first == Character(Unicode.Scalar(byte))
    }

    func trimmingSpaces() -> String {
        String(trimmingLeadingSpaces().trimmingTrailingSpaces())
    }

    func replacingTabs() -> String {
        guard utf8.contains(UInt8(ascii: "\t")) else { return String(self) }
        var result = ""
        for c in self {
            if c == "\t" { result += "    " } else { result.append(c) }
        }
        return result
    }
}

extension [UInt8] {
    /// `range` of the UTF-8 bytes without its leading and trailing spaces, as
    /// ``StringProtocol/trimmingSpaces()`` trims them byte by byte; nil when a space or a
    /// no-break space may join another character at either end, where characters must be
    /// compared.
    func trimmingSpaces(in range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, self[lower] == UInt8(ascii: " "), lower + 1 == upper || self[lower + 1] < 0x80 { lower += 1 }
        if lower < upper, self[lower] == UInt8(ascii: " ") || self[lower] >= 0x80 { return nil }
        while upper > lower, self[upper - 1] == UInt8(ascii: " "), upper - 1 == lower || self[upper - 2] < 0x80 { upper -= 1 }
        if upper > lower, self[upper - 1] == UInt8(ascii: " ") || self[upper - 1] >= 0x80 { return nil }
        return lower..<upper
    }
}

extension Substring {
    /// The line with tabs expanded as ``StringProtocol/replacingTabs()`` does, without a
    /// copy when there is no tab (nearly always).
    func expandingTabs() -> Substring {
        containsByte(UInt8(ascii: "\t")) ? Substring(replacingTabs()) : self
    }

    /// Whether the UTF-8 bytes include `byte`, searched in place by `memchr`: walking a
    /// substring's UTF-8 view element by element costs several times as much, on every line,
    /// and even a loop over the bytes in place costs a few instructions a byte.
    func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            bytes.firstOffset(of: byte, in: bytes.indices) < bytes.count
        } ?? utf8.contains(byte)
    }
}
