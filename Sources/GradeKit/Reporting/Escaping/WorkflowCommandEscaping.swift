/// Escapes values for GitHub Actions workflow commands (`::error file=…,title=…::message`),
/// the same way as `escapeData` and `escapeProperty` in `@actions/core`.
///
/// The runner reads one command per line and undoes these escapes, so an escaped value can
/// neither end the command nor start a new one: text like `%0A::error::` in an answer shows
/// as that text instead of becoming a second annotation.
///
/// Beyond `@actions/core`, every other control character except tab (NUL, ESC, BEL, DEL, the
/// C1 controls) becomes U+FFFD (�): the runner has no escape for them, and an ESC sequence
/// passed through would be acted on by the log viewer.
public enum WorkflowCommandEscaping {
    /// A command's message (after the second `::`): `%` → `%25`, CR → `%0D`, LF → `%0A`.
    public static func data(_ text: String) -> String {
        escape(text, property: false)
    }

    /// A property value (`file=`, `title=` …): as ``data(_:)``, and also `:` → `%3A` and
    /// `,` → `%2C`, which would otherwise end the value.
    public static func property(_ text: String) -> String {
        escape(text, property: true)
    }

    private static func escape(_ text: String, property: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where property: out += "%3A"
            case "," where property: out += "%2C"
            case "\t": out += "\t"
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
