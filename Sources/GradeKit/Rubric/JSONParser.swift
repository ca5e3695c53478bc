/// A syntax error in a JSON document: what is wrong, in words a rubric author can act
/// on, and where.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and, where it helps, how to fix it, e.g.
    /// `expected ',' or '}' after object member`.
    public var message: String
    /// Where the problem is; for an unterminated string, where the string starts.
    public var location: SourceLocation

    /// Creates an error from a message and the location it refers to.
    public init(message: String, location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// `line:column: message`; put the file path and a colon in front to get the
    /// `file:line:column: message` form editors and CI annotations understand.
    public var description: String { "\(location): \(message)" }
}

/// A strict RFC 8259 JSON parser that keeps the source location of every value, so a
/// broken or ill-typed rubric can be reported as `file:line:column: problem`.
///
/// It accepts exactly one value with optional whitespace around it and an optional
/// UTF-8 byte order mark; comments, trailing commas, NaN, leading zeros, raw control
/// characters in strings, lone surrogates and invalid UTF-8 are errors. Nesting is
/// tracked on an explicit stack, so hostile input cannot overflow the call stack.
public enum JSONParser {
    /// How many arrays and objects may be open at once; one more is an error.
    public static let maximumDepth = 512

    /// Parses a UTF-8 encoded document.
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONNode {
        let direct = bytes.withContiguousStorageIfAvailable { buffer in
            var reader = JSONReader(buffer)
            return reader.parseDocument()
        }
        if let direct {
            return try direct.get()
        }
        let copy = Array(bytes)
        let result = copy.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(buffer)
            return reader.parseDocument()
        }
        return try result.get()
    }

    /// Parses a document held in a string.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONNode {
        try parse(text.utf8)
    }
}
