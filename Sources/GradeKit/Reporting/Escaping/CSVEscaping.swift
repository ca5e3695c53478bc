/// Writes CSV cells and rows by RFC 4180, safe to open in a spreadsheet.
///
/// A cell is quoted when it holds a comma, a double quote, a carriage return or a line
/// feed, or starts or ends with a space or tab (which some readers would trim); a quote
/// inside is doubled. A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
/// would be taken by a spreadsheet for a formula (CSV injection, e.g. `=HYPERLINK(…)`), so it
/// gets a leading apostrophe first: the cell then shows as the text it is.
public enum CSVEscaping {
    /// `text` as one CSV cell: neutralised against formula injection, then quoted if needed.
    public static func cell(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, isFormulaTrigger(first) {
            value = "'" + value
        }
        guard needsQuotes(value) else { return value }
        var out = "\""
        for scalar in value.unicodeScalars {
            if scalar == "\"" { out.unicodeScalars.append("\"") }
            out.unicodeScalars.append(scalar)
        }
        out += "\""
        return out
    }

    /// `cells` escaped and joined by commas, without a line end (the caller picks it).
    public static func row(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",")
    }

    /// Whether a cell starting with `first` is read by a spreadsheet as the start of a formula.
    static func isFormulaTrigger(_ first: Unicode.Scalar) -> Bool {
        switch first {
        case "=", "+", "-", "@", "\t", "\r": return true
        default: return false
        }
    }

    private static func needsQuotes(_ value: String) -> Bool {
        let scalars = value.unicodeScalars
        if scalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) { return true }
        let blank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" }
        if let first = scalars.first, blank(first) { return true }
        if let last = scalars.last, blank(last) { return true }
        return false
    }
}
