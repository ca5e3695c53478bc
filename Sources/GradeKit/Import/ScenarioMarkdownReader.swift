import Foundation

/// Splits a Markdown document into classified lines for the importer: headings, list items
/// (continuation lines joined), paragraph text, code and page furniture.
///
/// Only what a scenario document uses is recognised; the importer reports whatever it does
/// not understand, so nothing here needs to be a full CommonMark parser. Fenced code is kept
/// apart so a `#` or `-` inside a fence is never a heading or an item.
struct ScenarioMarkdownReader {
    func read(_ text: String) -> [MarkdownLine] {
        let lines = Self.split(text)
        var result: [MarkdownLine] = []
        var fence: String?
        var inComment = false
        var index = 0
        if lines.first.map({ $0.trimmingCharacters(in: .whitespaces) == "---" }) == true {
            // YAML front matter: up to the closing `---` or `...`.
            if let end = lines.dropFirst().firstIndex(where: { ["---", "..."].contains($0.trimmingCharacters(in: .whitespaces)) }) {
                for number in 0...end { result.append(MarkdownLine(number: number + 1, raw: lines[number], kind: .furniture)) }
                index = end + 1
            }
        }
        while index < lines.count {
            let raw = lines[index]
            let number = index + 1
            index += 1
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if let open = fence {
                result.append(MarkdownLine(number: number, raw: raw, kind: .code))
                if trimmed.hasPrefix(open) && trimmed.allSatisfy({ $0 == open.first }) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                result.append(MarkdownLine(number: number, raw: raw, kind: .code))
                continue
            }
            if inComment || trimmed.hasPrefix("<!--") {
                inComment = !trimmed.contains("-->")
                result.append(MarkdownLine(number: number, raw: raw, kind: .furniture))
                continue
            }
            if trimmed.isEmpty {
                result.append(MarkdownLine(number: number, raw: raw, kind: .blank))
            } else if let heading = Self.heading(trimmed), Self.indent(of: raw) < 4 {
                result.append(MarkdownLine(number: number, raw: raw, kind: .heading(level: heading.level, text: heading.text)))
            } else if let item = Self.item(raw) {
                var text = item.text
                var continuation: [String] = []
                // Lines that continue the item: not blank, not a new block.
                while index < lines.count, Self.continues(lines[index]) {
                    text += " " + lines[index].trimmingCharacters(in: .whitespaces)
                    continuation.append(lines[index])
                    index += 1
                }
                result.append(
                    MarkdownLine(number: number, raw: raw, kind: .item(indent: item.indent, text: text), continuation: continuation))
            } else if trimmed.hasPrefix("<") && trimmed.hasSuffix(">") {
                result.append(MarkdownLine(number: number, raw: raw, kind: .furniture))
            } else {
                result.append(MarkdownLine(number: number, raw: raw, kind: .text))
            }
        }
        return result
    }

    /// Lines split at LF, CRLF or a lone CR, trailing white space removed.
    static func split(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var afterCR = false
        for scalar in text.unicodeScalars {
            if afterCR && scalar == "\n" {
                afterCR = false
                continue
            }
            afterCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        lines.append(current)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { line in
            var line = line
            while let last = line.last, last == " " || last == "\t" { line.removeLast() }
            return line
        }
    }

    /// `## Title ##` → (2, "Title"); nil when the line is not an ATX heading.
    static func heading(_ trimmed: String) -> (level: Int, text: String)? {
        let level = trimmed.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let rest = trimmed.dropFirst(level)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingCharacters(in: .whitespaces)
        // A closing sequence of #s, when separated by a space, is not part of the title.
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0 {
            let body = text.dropLast(closing)
            if body.isEmpty || body.last == " " { text = body.trimmingCharacters(in: .whitespaces) }
        }
        return (level, text)
    }

    /// `  - text` → (2, "text"); `3. text` and `3) text` too.
    static func item(_ raw: String) -> (indent: Int, text: String)? {
        let indent = indent(of: raw)
        let body = raw.drop { $0 == " " || $0 == "\t" }
        var marker = 0
        if let first = body.first, "-*+".contains(first) {
            marker = 1
        } else {
            let digits = body.prefix { $0.isASCII && $0.isNumber }.count
            guard (1...9).contains(digits) else { return nil }
            let after = body.dropFirst(digits).first
            guard after == "." || after == ")" else { return nil }
            marker = digits + 1
        }
        let rest = body.dropFirst(marker)
        guard let space = rest.first, space == " " || space == "\t" else { return nil }
        let text = rest.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        // A line of dashes or stars is a thematic break, not an item.
        if marker == 1, text.allSatisfy({ $0 == body.first || $0 == " " }) { return nil }
        return (indent, text)
    }

    /// Whether a line continues the list item above it (a lazy continuation line).
    static func continues(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, item(line) == nil, heading(trimmed) == nil else { return false }
        return !trimmed.hasPrefix("```") && !trimmed.hasPrefix("~~~") && !trimmed.hasPrefix("<")
    }

    /// Leading white space in columns, a tab counting as four.
    static func indent(of line: String) -> Int {
        var columns = 0
        for character in line {
            if character == " " {
                columns += 1
            } else if character == "\t" {
                columns += 4
            } else {
                break
            }
        }
        return columns
    }
}
