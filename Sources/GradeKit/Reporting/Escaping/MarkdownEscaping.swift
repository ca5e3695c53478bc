/// Escapes text for GitHub-flavoured Markdown so it shows as the characters typed, in a
/// table cell or in running text: never as HTML, a link, an image, emphasis, code, a
/// heading, maths or a new table cell.
///
/// Every character with a Markdown or HTML meaning inline gets a backslash: `\` `` ` `` `*`
/// `_` `[` `]` `<` `>` `#` `|` `&` `~` `$` (`&` so an entity reference shows as typed, `~`
/// for strikethrough, `$` for GitHub's maths, which would turn `$20 … $30` into a formula).
/// Tabs and line breaks (CR, LF, CRLF, U+0085, U+2028, U+2029) become one space each, so
/// a value cannot end a table row or start a block; other control characters are dropped.
/// GitHub also turns bare `https://…` and `www.…` into links (its autolink extension), so the
/// `:` of `://` and the `.` of `www.` get a backslash too: the text then shows as typed, and
/// a candidate's URL is not a link in a coach's report.
/// Letters, digits, spaces and other punctuation (`-`, `.`, `(`, `:` …) are left alone.
public enum MarkdownEscaping {
    /// `text` escaped for a table cell or a line of Markdown.
    public static func escape(_ text: String) -> String {
        guard
            text.unicodeScalars.contains(where: { specials.contains($0) || isBreakOrControl($0) || $0 == ":" || $0 == "." })
        else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for (index, scalar) in scalars.enumerated() {
            defer { previous = scalar }
            if specials.contains(scalar) || startsAutolink(scalars, at: index) {
                out.append("\\")
                out.append(scalar)
            } else if scalar == "\n" && previous == "\r" {
                continue  // CRLF: the CR already became the space
            } else if isBreak(scalar) {
                out.append(" ")
            } else if isBreakOrControl(scalar) {
                continue
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether the `:` of `://` or the `.` of `www.` is at `index`, where GitHub would start
    /// a link.
    static func startsAutolink(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        switch scalars[index] {
        case ":":
            return index + 2 < scalars.count && scalars[index + 1] == "/" && scalars[index + 2] == "/"
        case ".":
            guard index >= 3 else { return false }
            return scalars[(index - 3)..<index].allSatisfy { $0 == "w" || $0 == "W" }
        default:
            return false
        }
    }

    /// Characters escaped with a backslash (all ASCII punctuation, which CommonMark lets
    /// a backslash escape).
    static let specials: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "&", "~", "$"]

    private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    private static func isBreakOrControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
