/// Makes text safe to print on one line of a terminal.
///
/// A file name or an error message can hold control characters: an ESC sequence would
/// recolour, move the cursor or retitle the user's terminal, a line break would break a
/// table, and bidirectional overrides (U+202A–U+202E, U+2066–U+2069) would make text read
/// differently from what it is. Tabs and line breaks become a space; every other C0 or C1
/// control, DEL and bidi override becomes U+FFFD (�) so the user sees something was there.
public enum TerminalEscaping {
    /// `text` with every control character made harmless, on one line.
    public static func line(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { replacement(for: $0) != nil }) else { return text }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\n" && previous == "\r" { continue }  // CRLF: one space
            if let replacement = replacement(for: scalar) {
                out.append(replacement)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return " "
        case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: return "\u{FFFD}"
        default: return nil
        }
    }
}
