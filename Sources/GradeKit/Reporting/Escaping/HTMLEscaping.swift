/// Escapes text for the HTML reports so whatever an answer, a path or a rubric holds shows as
/// the characters typed: never as a tag, an attribute, an entity, a comment or a script.
///
/// The reports are written as XHTML-compatible HTML (every tag closed, attributes quoted), so
/// one escape serves both an HTML parser and an XML parser: `&`, `<`, `>`, `"` and `'` become
/// references (`'` as `&#39;`, which HTML 4 and XML both know), and characters neither may
/// carry are replaced by U+FFFD (�) so a reader sees something was there: C0 controls other
/// than tab and line feed, DEL, the C1 controls, and U+FFFE/U+FFFF. A carriage return (alone
/// or before a line feed) becomes a line feed, as an HTML parser would make it anyway.
/// Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) also become U+FFFD:
/// inside a report they could make an answer's text, or the report around it, read
/// differently from what it is.
///
/// The `:` of `://` is written `&#58;`: the text still reads `https://…`, but the file holds
/// no URL at all, so a check (or a mail filter) that looks for one in a self-contained report
/// finds none even when an answer quotes a link.
public enum HTMLEscaping {
    /// `text` ready to go between tags (element content).
    public static func text(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// `text` ready to go between the double or single quotes of an attribute value.
    ///
    /// Tab and line feed are written as `&#9;` and `&#10;`: an XML parser turns raw ones in
    /// an attribute into spaces.
    public static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        // Most text needs nothing; return it as is without building a copy.
        guard text.unicodeScalars.contains(where: { needsWork($0, inAttribute: inAttribute) }) || text.contains("://") else { return text }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            defer { previous = scalar }
            if scalar == "\n" && previous == "\r" { continue }  // CRLF: the CR already became the break
            if scalar == ":" && index + 2 < scalars.count && scalars[index + 1] == "/" && scalars[index + 2] == "/" {
                out.append(contentsOf: "&#58;".unicodeScalars)
                continue
            }
            guard needsWork(scalar, inAttribute: inAttribute) else {
                out.append(scalar)
                continue
            }
            let replacement: String
            switch scalar {
            case "&": replacement = "&amp;"
            case "<": replacement = "&lt;"
            case ">": replacement = "&gt;"
            case "\"": replacement = "&quot;"
            case "'": replacement = "&#39;"
            case "\r": replacement = inAttribute ? "&#10;" : "\n"
            case "\n": replacement = "&#10;"
            case "\t": replacement = "&#9;"
            default: replacement = "\u{FFFD}"
            }
            out.append(contentsOf: replacement.unicodeScalars)
        }
        return String(out)
    }

    private static func needsWork(_ scalar: Unicode.Scalar, inAttribute: Bool) -> Bool {
        switch scalar.value {
        case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0x0D: return true  // & < > " ' CR
        case 0x0A, 0x09: return inAttribute
        case 0x00..<0x20, 0x7F..<0xA0: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        case 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}
