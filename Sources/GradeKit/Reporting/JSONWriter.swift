/// An ordered JSON value for output: members are written in the order given, so output is deterministic.
public indirect enum JSONOutput: Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A floating-point number; integral values print without a fraction, NaN and
    /// infinities print as `null`.
    case number(Double)
    /// An integer, printed exactly.
    case int(Int)
    /// A string, escaped by `JSONWriter.escape(_:)`.
    case string(String)
    /// An array, elements in the order given.
    case array([JSONOutput])
    /// An object, members in the order given; the writer neither sorts nor removes
    /// duplicate keys, so the caller decides the order once.
    case object([(String, JSONOutput)])
}

/// Writes `JSONOutput` as JSON text, byte for byte the same for the same value.
public enum JSONWriter {
    /// Writes `value` pretty-printed (2-space indent, `"key": value`, empty containers
    /// as `[]` and `{}`) or compact (no whitespace at all). No trailing newline is
    /// added: the caller decides how the document ends.
    public static func write(_ value: JSONOutput, pretty: Bool = true) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(1024)
        append(value, to: &output, pretty: pretty, indent: 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// The JSON string-literal content for `text`, without the surrounding quotes.
    ///
    /// Escapes `"`, `\`, every control character below U+0020 (`\n`, `\r`, `\t`, `\b`,
    /// `\f`, otherwise `\u00xx`), and U+2028/U+2029, which JavaScript treats as line
    /// ends and so would break the output when embedded in a script. Everything else,
    /// `/` included, is written verbatim as UTF-8; HTML reports escape for HTML themselves.
    public static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        appendEscaped(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// The JSON form of a Double: integral values below 1e15 in magnitude without a
    /// fraction ("2", not "2.0"), others in the shortest form that reads back to the
    /// same Double, negative zero as "0", and NaN or an infinity as "null" because
    /// JSON cannot express them.
    public static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        // Truncating through Int64 instead of `rounded()` keeps GradeKit free of libm,
        // which a binary that does not import Foundation does not link on Linux.
        if abs(number) < 1e15, Double(Int64(number)) == number {
            return String(Int64(number))
        }
        return number.description
    }

    // MARK: Internals

    private static func append(_ value: JSONOutput, to output: inout [UInt8], pretty: Bool, indent: Int) {
        switch value {
        case .null:
            output.append(contentsOf: "null".utf8)
        case .bool(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number):
            output.append(contentsOf: format(number).utf8)
        case .int(let integer):
            output.append(contentsOf: String(integer).utf8)
        case .string(let text):
            appendQuoted(text, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else {
                output.append(contentsOf: "[]".utf8)
                return
            }
            output.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                newline(to: &output, pretty: pretty, indent: indent + 1)
                append(element, to: &output, pretty: pretty, indent: indent + 1)
            }
            newline(to: &output, pretty: pretty, indent: indent)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else {
                output.append(contentsOf: "{}".utf8)
                return
            }
            output.append(UInt8(ascii: "{"))
            for (position, (key, member)) in members.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                newline(to: &output, pretty: pretty, indent: indent + 1)
                appendQuoted(key, to: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(UInt8(ascii: " ")) }
                append(member, to: &output, pretty: pretty, indent: indent + 1)
            }
            newline(to: &output, pretty: pretty, indent: indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(to output: inout [UInt8], pretty: Bool, indent: Int) {
        guard pretty else { return }
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    private static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        appendEscaped(text, to: &output)
        output.append(UInt8(ascii: "\""))
    }

    private static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            // Copy runs of bytes that need no escape in one go; most text is one run.
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let escape: String
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): escape = #"\""#
                case UInt8(ascii: "\\"): escape = #"\\"#
                case UInt8(ascii: "\n"): escape = #"\n"#
                case UInt8(ascii: "\r"): escape = #"\r"#
                case UInt8(ascii: "\t"): escape = #"\t"#
                case 0x08: escape = #"\b"#
                case 0x0C: escape = #"\f"#
                case 0x00..<0x20:
                    let hex = String(byte, radix: 16)
                    escape = #"\u00"# + (hex.count < 2 ? "0" : "") + hex
                case 0xE2
                where index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    // U+2028 and U+2029 (E2 80 A8/A9) end a line in JavaScript.
                    escape = bytes[index + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#
                    length = 3
                default:
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output.append(contentsOf: escape.utf8)
                index += length
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
    }
}
