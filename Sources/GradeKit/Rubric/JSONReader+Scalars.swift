extension JSONReader {
    // MARK: Scalars

    /// Reads the number starting at `index`, checking the RFC 8259 grammar itself
    /// because `Double(_:)` accepts forms JSON forbids ("+1", "01", ".5", "inf").
    mutating func readNumber() throws(JSONParseError) -> Double {
        let begin = index
        var i = index
        let negative = bytes[i] == UInt8(ascii: "-")
        if negative {
            i += 1
        }
        guard i < bytes.count, Self.isDigit(bytes[i]) else {
            throw numberError(at: begin, "expected a digit after '-'")
        }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
            if i < bytes.count, Self.isDigit(bytes[i]) {
                throw numberError(at: begin, "leading zeros are not allowed")
            }
        } else {
            while i < bytes.count, Self.isDigit(bytes[i]) { i += 1 }
        }
        let integerEnd = i
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard i < bytes.count, Self.isDigit(bytes[i]) else {
                throw numberError(at: begin, "expected a digit after '.'")
            }
            while i < bytes.count, Self.isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
                i += 1
            }
            guard i < bytes.count, Self.isDigit(bytes[i]) else {
                throw numberError(at: begin, "expected a digit in the exponent")
            }
            while i < bytes.count, Self.isDigit(bytes[i]) { i += 1 }
        }

        let digitsStart = negative ? begin + 1 : begin
        // Integers of up to 15 digits are exact in a Double, so they skip the
        // general (allocating) conversion; they are most numbers in a rubric.
        if integerEnd == i, i - digitsStart <= 15 {
            var magnitude = 0
            for offset in digitsStart..<i {
                magnitude = magnitude * 10 + Int(bytes[offset] &- UInt8(ascii: "0"))
            }
            index = i
            return negative ? -Double(magnitude) : Double(magnitude)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<i]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw numberError(at: begin, "out of range for a 64-bit floating-point number")
        }
        index = i
        return value
    }

    private mutating func numberError(at begin: Int, _ reason: String) -> JSONParseError {
        // Show the whole token the author wrote, e.g. '-Infinity' or '1.e5',
        // not just the prefix that happened to be valid.
        var end = begin
        while end < bytes.count, end - begin < 40 {
            let byte = bytes[end]
            guard
                Self.isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+")
                    || byte == UInt8(ascii: "-")
            else { break }
            end += 1
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<end]), as: UTF8.self)
        return error("invalid number '\(text)' (\(reason))", at: begin)
    }

    /// Reads `true`, `false` or `null`; any other word gets a message saying what the
    /// author probably meant.
    mutating func readLiteral() throws(JSONParseError) -> JSONValue {
        let begin = index
        var end = index
        while end < bytes.count, Self.isAlphanumeric(bytes[end]) { end += 1 }
        let word = UnsafeBufferPointer(rebasing: bytes[begin..<end])
        if word.elementsEqual("true".utf8) {
            index = end
            return .bool(true)
        }
        if word.elementsEqual("false".utf8) {
            index = end
            return .bool(false)
        }
        if word.elementsEqual("null".utf8) {
            index = end
            return .null
        }
        let text = String(decoding: word.prefix(40), as: UTF8.self)
        switch text.lowercased() {
        case "true", "false", "null":
            throw error("invalid literal '\(text)' (JSON literals are lower-case: true, false, null)", at: begin)
        case "nan", "infinity", "inf":
            throw error(
                "invalid literal '\(text)' (JSON has no NaN or Infinity; use null or a finite number)", at: begin)
        default:
            throw error("unexpected word '\(text)' (strings must be in double quotes)", at: begin)
        }
    }

    // MARK: Strings

    /// Reads the string whose opening quote is at `index`.
    mutating func readString(start: SourceLocation) throws(JSONParseError) -> String {
        let contentStart = index + 1
        var i = contentStart
        var segmentStart = i
        var escaped = false
        while true {
            guard i < bytes.count else {
                throw JSONParseError(message: "unterminated string", location: start)
            }
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") {
                break
            } else if byte == UInt8(ascii: "\\") {
                if !escaped {
                    escaped = true
                    scratch.removeAll(keepingCapacity: true)
                }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<i]))
                i = try readEscape(at: i, stringStart: start)
                segmentStart = i
            } else if byte < 0x20 {
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    throw JSONParseError(
                        message: "unterminated string (the line ends before the closing '\"';"
                            + " write a line break inside a string as \\n)",
                        location: start)
                }
                throw error(
                    "control character \(Self.codePoint(UInt32(byte))) in string"
                        + " (write it as \(Self.escapeHint(byte)))",
                    at: i)
            } else if byte < 0x80 {
                i += 1
            } else {
                i = try skipUTF8Sequence(at: i)
            }
        }
        index = i + 1
        guard escaped else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<i]), as: UTF8.self)
        }
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<i]))
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Appends the escape whose backslash is at `offset` to `scratch` and returns
    /// the offset just after it.
    private mutating func readEscape(at offset: Int, stringStart: SourceLocation) throws(JSONParseError) -> Int {
        guard offset + 1 < bytes.count else {
            throw JSONParseError(message: "unterminated string", location: stringStart)
        }
        switch bytes[offset + 1] {
        case UInt8(ascii: "\""): scratch.append(0x22)
        case UInt8(ascii: "\\"): scratch.append(0x5C)
        case UInt8(ascii: "/"): scratch.append(0x2F)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            let first = try readHex(at: offset)
            if (0xDC00...0xDFFF).contains(first) {
                throw error(
                    "lone surrogate '\(escapeText(at: offset))'"
                        + " (a low surrogate must follow a high surrogate \\uD800-\\uDBFF)",
                    at: offset)
            }
            guard (0xD800...0xDBFF).contains(first) else {
                appendUTF8(first)
                return offset + 6
            }
            let next = offset + 6
            let loneHigh =
                "lone surrogate '\(escapeText(at: offset))'"
                + " (a high surrogate must be followed by a low surrogate \\uDC00-\\uDFFF)"
            guard next + 1 < bytes.count, bytes[next] == UInt8(ascii: "\\"), bytes[next + 1] == UInt8(ascii: "u")
            else { throw error(loneHigh, at: offset) }
            let second = try readHex(at: next)
            guard (0xDC00...0xDFFF).contains(second) else { throw error(loneHigh, at: offset) }
            appendUTF8(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
            return next + 6
        default:
            let valid = "(valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"
            switch probe(at: offset + 1) {
            case .problem(let problem):
                throw problem
            case .scalar(let scalar):
                if scalar.value > 0x20, scalar.value < 0x7F {
                    throw error("invalid escape '\\\(Character(scalar))' \(valid)", at: offset)
                }
                throw error("invalid escape: '\\' followed by \(Self.display(scalar)) \(valid)", at: offset)
            }
        }
        return offset + 2
    }

    /// Reads the four hex digits of the `\u` escape whose backslash is at `offset`.
    private mutating func readHex(at offset: Int) throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for position in (offset + 2)..<(offset + 6) {
            guard position < bytes.count, let digit = Self.hexValue(bytes[position]) else {
                let shown = String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[offset..<min(position, bytes.count)]), as: UTF8.self)
                throw error("invalid unicode escape '\(shown)' (expected 4 hex digits after \\u)", at: offset)
            }
            value = value << 4 | digit
        }
        return value
    }

    private func escapeText(at offset: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + 6)]), as: UTF8.self)
    }

    private mutating func appendUTF8(_ value: UInt32) {
        switch value {
        case ..<0x80:
            scratch.append(UInt8(value))
        case ..<0x800:
            scratch.append(UInt8(0xC0 | value >> 6))
            scratch.append(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            scratch.append(UInt8(0xE0 | value >> 12))
            scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | value & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | value >> 18))
            scratch.append(UInt8(0x80 | value >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// Checks the multi-byte UTF-8 sequence starting at `offset` (Unicode table 3-7:
    /// no overlong forms, no encoded surrogates, nothing above U+10FFFF) and returns
    /// the offset after it.
    mutating func skipUTF8Sequence(at offset: Int) throws(JSONParseError) -> Int {
        let lead = bytes[offset]
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            secondRange = 0x80...0x9F
        case 0xF0:
            length = 4
            secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            secondRange = 0x80...0x8F
        default: throw invalidUTF8(at: offset)
        }
        guard offset + length <= bytes.count, secondRange.contains(bytes[offset + 1]) else {
            throw invalidUTF8(at: offset)
        }
        for position in (offset + 2)..<(offset + length) where bytes[position] & 0xC0 != 0x80 {
            throw invalidUTF8(at: offset)
        }
        return offset + length
    }

    mutating func invalidUTF8(at offset: Int) -> JSONParseError {
        let hex = String(bytes[offset], radix: 16, uppercase: true)
        return error("invalid UTF-8 byte 0x\(hex.count < 2 ? "0" + hex : hex) (save the file as UTF-8)", at: offset)
    }

    // MARK: Character classes and display

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20) &- UInt8(ascii: "a") < 26
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        if isDigit(byte) { return UInt32(byte &- UInt8(ascii: "0")) }
        let lower = byte | 0x20
        if lower &- UInt8(ascii: "a") < 6 { return UInt32(lower &- UInt8(ascii: "a")) + 10 }
        return nil
    }

    private static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func escapeHint(_ byte: UInt8) -> String {
        switch byte {
        case 0x08: "\\b"
        case 0x09: "\\t"
        case 0x0C: "\\f"
        default: "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
        }
    }

    /// A character as a message shows it: quoted when it is visible, with its code
    /// point when it is not ASCII, and only the code point when it is invisible.
    static func display(_ scalar: Unicode.Scalar) -> String {
        if scalar == "'" { return "\"'\"" }
        if scalar.isASCII {
            return scalar.value > 0x20 && scalar.value < 0x7F ? "'\(Character(scalar))'" : codePoint(scalar.value)
        }
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .privateUse,
            .surrogate, .unassigned, .nonspacingMark, .spacingMark, .enclosingMark:
            return codePoint(scalar.value)
        default:
            return "'\(Character(scalar))' \(codePoint(scalar.value))"
        }
    }

    /// A key for a message, short and with invisible characters made visible.
    static func quoted(_ key: String) -> String {
        let shown = key.unicodeScalars.prefix(40).map { $0.escaped(asASCII: false) }.joined()
        return "\"\(shown)\(key.unicodeScalars.count > 40 ? "…" : "")\""
    }
}
