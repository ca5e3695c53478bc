/// Writes CSV cells and rows by RFC 4180, safe to open in a spreadsheet.
///
/// A cell is quoted when it holds a comma, a double quote, a carriage return or a line
/// feed, or starts or ends with a space or tab (which some readers would trim); a quote
/// inside is doubled. A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
/// would be taken by a spreadsheet for a formula (CSV injection, e.g. `=HYPERLINK(…)`), so it
/// gets a leading apostrophe first: the cell then shows as the text it is.
///
/// Every character the rules look at is ASCII, and in UTF-8 an ASCII byte is never part of
/// another character, so the tests and the doubling of quotes run on the text's bytes, and a
/// batch of thousands of rows of a hundred cells each is written into one byte buffer.
public enum CSVEscaping {
    /// `text` as one CSV cell: neutralised against formula injection, then quoted if needed.
    public static func cell(_ text: String) -> String {
        var out: [UInt8] = []
        append(cell: text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `cells` escaped and joined by commas, without a line end (the caller picks it).
    public static func row(_ cells: [String]) -> String {
        var out: [UInt8] = []
        append(row: cells, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 of ``row(_:)`` of `cells` to `out`.
    public static func append(row cells: [String], to out: inout [UInt8]) {
        for index in cells.indices {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            append(cell: cells[index], to: &out)
        }
    }

    /// Appends the UTF-8 of ``cell(_:)`` of `text` to `out`.
    public static func append(cell text: String, to out: inout [UInt8]) {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last else { return }
        let isFormula = isFormulaTrigger(first)
        // After the apostrophe a formula's cell starts with `'`, never with a blank.
        let quoted =
            (!isFormula && isBlank(first)) || isBlank(last)
            || bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
        if quoted { out.append(UInt8(ascii: "\"")) }
        if isFormula { out.append(UInt8(ascii: "'")) }
        guard quoted else {
            out.append(contentsOf: bytes)
            return
        }
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { out.append(byte) }
            out.append(byte)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether a cell whose first byte is `first` is read by a spreadsheet as the start of a
    /// formula: `=`, `+`, `-`, `@`, a tab or a carriage return.
    static func isFormulaTrigger(_ first: UInt8) -> Bool {
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return true
        default: return false
        }
    }

    /// A space or a tab, which some readers trim from either end of an unquoted cell.
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09
    }
}
