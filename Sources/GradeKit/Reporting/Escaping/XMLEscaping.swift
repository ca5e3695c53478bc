/// Escapes text for XML 1.0 so a report stays well-formed whatever an answer contains.
///
/// Both forms replace `&`, `<`, `>`, `"` and `'` with entity references and drop the
/// characters XML 1.0 cannot carry at all, even as references: C0 controls other than
/// tab, line feed and carriage return (NUL, ESC, …), U+FFFE and U+FFFF. A carriage return
/// is written as `&#13;` because a parser would otherwise turn it into a line feed.
public enum XMLEscaping {
    /// `text` ready to go between tags (element content).
    public static func text(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// `text` ready to go between the quotes of an attribute value (either quote style).
    ///
    /// Tab and line feed are also written as character references (`&#9;`, `&#10;`):
    /// a parser replaces raw ones in an attribute with spaces, so a multi-line message
    /// would otherwise lose its lines.
    public static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    /// Whether XML 1.0 allows `scalar` in a document (its `Char` production).
    /// Swift strings never hold surrogates, so only the controls and U+FFFE/U+FFFF remain.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00..<0x20: return false
        case 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        // Most text needs nothing; return it as is without building a copy.
        guard text.unicodeScalars.contains(where: { needsWork($0, inAttribute: inAttribute) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
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
            case "'": replacement = "&apos;"
            case "\r": replacement = "&#13;"
            case "\n": replacement = "&#10;"
            case "\t": replacement = "&#9;"
            default: replacement = ""  // a character XML forbids: dropped
            }
            out.append(contentsOf: replacement.unicodeScalars)
        }
        return String(out)
    }

    private static func needsWork(_ scalar: Unicode.Scalar, inAttribute: Bool) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'", "\r": return true
        case "\n", "\t": return inAttribute
        default: return !isAllowed(scalar)
        }
    }
}
