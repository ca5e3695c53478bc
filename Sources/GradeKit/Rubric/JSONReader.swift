/// The parsing state of `JSONParser` over one contiguous UTF-8 buffer.
///
/// Internal only so that its parts can live in two files: `JSONParser` creates one per
/// document, inside the closure for which `bytes` is valid, and nothing keeps it after.
struct JSONReader {
    /// An array or object whose closing bracket has not been read yet.
    private struct Frame {
        var isObject: Bool
        var start: SourceLocation
        var elements: [JSONNode] = []
        var members: [JSONMember] = []
        /// The key whose value is being read, for an object.
        var key = ""
        var keyLocation = SourceLocation(line: 0, column: 0)
    }

    /// A remembered byte position, kept so an error can point back at it after the
    /// reader has moved on to a later line.
    private struct Mark {
        var offset: Int
        var line: Int
        var lineStart: Int
    }

    /// What sits at a byte position where the grammar cannot continue.
    enum Probe {
        case problem(JSONParseError)
        case scalar(Unicode.Scalar)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var line = 1
    private var lineStart = 0
    /// Columns are counted incrementally from the last location asked for, because
    /// locations are requested in increasing order and recounting from the line
    /// start would make a long single-line (minified) document quadratic.
    private var cachedColumnOffset = 0
    private var cachedColumn = 1
    private var stack: [Frame] = []
    /// Reused between strings so that escapes do not allocate per string.
    var scratch: [UInt8] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Parses the whole buffer. Returns a `Result` because the standard library's buffer
    /// closures rethrow as untyped errors, which would lose `JSONParseError`.
    mutating func parseDocument() -> Result<JSONNode, JSONParseError> {
        do throws(JSONParseError) {
            return .success(try document())
        } catch {
            return .failure(error)
        }
    }

    // MARK: Document structure

    private mutating func document() throws(JSONParseError) -> JSONNode {
        if hasPrefix([0xEF, 0xBB, 0xBF]) {
            index = 3
            lineStart = 3
            cachedColumnOffset = 3
        } else if hasPrefix([0xFE, 0xFF]) || hasPrefix([0xFF, 0xFE]) {
            throw error("the file is UTF-16 encoded (save it as UTF-8)", at: 0)
        }
        skipWhitespace()
        if index == bytes.count {
            throw error("empty document (expected a JSON value)", at: index)
        }
        let root = try valueTree()
        skipWhitespace()
        if index < bytes.count {
            switch probe(at: index) {
            case .problem(let problem):
                throw problem
            case .scalar(let scalar):
                throw error(
                    "unexpected character \(Self.display(scalar)) after the JSON value"
                        + " (a document holds exactly one value)",
                    at: index)
            }
        }
        return root
    }

    /// Reads one value and everything nested in it, iteratively.
    private mutating func valueTree() throws(JSONParseError) -> JSONNode {
        var node: JSONNode
        nextValue: while true {
            // Here whitespace has been skipped and a value must start at `index`.
            guard index < bytes.count else { throw endOfFile() }
            let start = location(at: index)
            switch bytes[index] {
            case UInt8(ascii: "{"):
                try open(isObject: true, start: start)
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    stack.removeLast()
                    node = JSONNode(value: .object([]), location: start)
                } else {
                    try readKey()
                    continue nextValue
                }
            case UInt8(ascii: "["):
                try open(isObject: false, start: start)
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    stack.removeLast()
                    node = JSONNode(value: .array([]), location: start)
                } else {
                    continue nextValue
                }
            case UInt8(ascii: "\""):
                node = JSONNode(value: .string(try readString(start: start)), location: start)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                node = JSONNode(value: .number(try readNumber()), location: start)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                node = JSONNode(value: try readLiteral(), location: start)
            default:
                throw valueError(at: index)
            }

            // Hand the finished value to its container, closing every container
            // that ends right after it, until one expects another value.
            while !stack.isEmpty {
                let top = stack.count - 1
                skipWhitespace()
                if stack[top].isObject {
                    let member = JSONMember(
                        key: stack[top].key, keyLocation: stack[top].keyLocation, value: node)
                    stack[top].members.append(member)
                    guard index < bytes.count else { throw endOfFile() }
                    switch bytes[index] {
                    case UInt8(ascii: ","):
                        let comma = mark()
                        index += 1
                        skipWhitespace()
                        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                            throw JSONParseError(message: "trailing comma before '}'", location: location(of: comma))
                        }
                        try readKey()
                        continue nextValue
                    case UInt8(ascii: "}"):
                        index += 1
                        let frame = stack.removeLast()
                        node = JSONNode(value: .object(frame.members), location: frame.start)
                    default:
                        throw structuralError("expected ',' or '}' after object member", at: index)
                    }
                } else {
                    stack[top].elements.append(node)
                    guard index < bytes.count else { throw endOfFile() }
                    switch bytes[index] {
                    case UInt8(ascii: ","):
                        let comma = mark()
                        index += 1
                        skipWhitespace()
                        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                            throw JSONParseError(message: "trailing comma before ']'", location: location(of: comma))
                        }
                        continue nextValue
                    case UInt8(ascii: "]"):
                        index += 1
                        let frame = stack.removeLast()
                        node = JSONNode(value: .array(frame.elements), location: frame.start)
                    default:
                        throw structuralError("expected ',' or ']' after array element", at: index)
                    }
                }
            }
            return node
        }
    }

    /// Consumes an opening bracket and leaves `index` at the next significant byte.
    private mutating func open(isObject: Bool, start: SourceLocation) throws(JSONParseError) {
        guard stack.count < JSONParser.maximumDepth else {
            throw JSONParseError(
                message: "nesting too deep (more than \(JSONParser.maximumDepth) nested arrays and objects)",
                location: start)
        }
        stack.append(Frame(isObject: isObject, start: start))
        index += 1
        skipWhitespace()
    }

    /// Reads `"key":` into the innermost object and leaves `index` at its value.
    private mutating func readKey() throws(JSONParseError) {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            switch probe(at: index) {
            case .problem(let problem):
                throw problem
            case .scalar(let scalar):
                throw error("expected a double-quoted object key, found \(Self.display(scalar))", at: index)
            }
        }
        let keyLocation = location(at: index)
        let key = try readString(start: keyLocation)
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
            throw structuralError("expected ':' after object key \(Self.quoted(key))", at: index)
        }
        index += 1
        skipWhitespace()
        stack[stack.count - 1].key = key
        stack[stack.count - 1].keyLocation = keyLocation
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                index += 1
            case UInt8(ascii: "\n"):
                index += 1
                line += 1
                lineStart = index
            case UInt8(ascii: "\r"):
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "\n") {
                    index += 1
                }
                line += 1
                lineStart = index
            default:
                return
            }
        }
    }

    // MARK: Errors and locations

    mutating func error(_ message: String, at offset: Int) -> JSONParseError {
        JSONParseError(message: message, location: location(at: offset))
    }

    private mutating func endOfFile() -> JSONParseError {
        guard let open = stack.last else {
            return error("unexpected end of file (expected a JSON value)", at: bytes.count)
        }
        let what = open.isObject ? "an object" : "an array"
        return error("unexpected end of file (\(what) opened at \(open.start) is not closed)", at: bytes.count)
    }

    /// Decodes the character at `offset` for a message, or explains why it cannot be
    /// shown: end of file, a comment, or invalid UTF-8.
    mutating func probe(at offset: Int) -> Probe {
        guard offset < bytes.count else { return .problem(endOfFile()) }
        let lead = bytes[offset]
        if lead == UInt8(ascii: "/"), offset + 1 < bytes.count,
            bytes[offset + 1] == UInt8(ascii: "/") || bytes[offset + 1] == UInt8(ascii: "*")
        {
            return .problem(error("comments are not allowed in JSON", at: offset))
        }
        if lead < 0x80 {
            return .scalar(Unicode.Scalar(lead))
        }
        let end: Int
        do throws(JSONParseError) {
            end = try skipUTF8Sequence(at: offset)
        } catch {
            return .problem(error)
        }
        var value = UInt32(lead) & (0xFF >> (end - offset + 1))
        for position in (offset + 1)..<end {
            value = value << 6 | UInt32(bytes[position] & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return .problem(invalidUTF8(at: offset)) }
        return .scalar(scalar)
    }

    /// The error for a byte that cannot start a value.
    private mutating func valueError(at offset: Int) -> JSONParseError {
        switch probe(at: offset) {
        case .problem(let problem):
            return problem
        case .scalar(let scalar):
            let hint =
                switch scalar {
                case "'": "strings must be in double quotes"
                case "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}": "strings must use straight double quotes"
                case "+": "a number cannot start with '+'"
                case ".": "a number must start with a digit"
                default: "expected a value"
                }
            return error("unexpected character \(Self.display(scalar)) (\(hint))", at: offset)
        }
    }

    /// The error for a byte where punctuation was expected. End of file and comments
    /// get their own messages, since "expected ','" would send the author the wrong way.
    private mutating func structuralError(_ message: String, at offset: Int) -> JSONParseError {
        guard offset >= bytes.count || bytes[offset] == UInt8(ascii: "/"),
            case .problem(let problem) = probe(at: offset)
        else { return error(message, at: offset) }
        return problem
    }

    private func hasPrefix(_ prefix: [UInt8]) -> Bool {
        bytes.count >= prefix.count && bytes.prefix(prefix.count).elementsEqual(prefix)
    }

    private func mark() -> Mark {
        Mark(offset: index, line: line, lineStart: lineStart)
    }

    /// The location of `offset`, which must be on the current line.
    mutating func location(at offset: Int) -> SourceLocation {
        if cachedColumnOffset < lineStart || cachedColumnOffset > offset {
            cachedColumnOffset = lineStart
            cachedColumn = 1
        }
        var column = cachedColumn
        for position in cachedColumnOffset..<offset where bytes[position] & 0xC0 != 0x80 {
            column += 1
        }
        cachedColumnOffset = offset
        cachedColumn = column
        return SourceLocation(line: line, column: column)
    }

    private func location(of mark: Mark) -> SourceLocation {
        var column = 1
        for position in mark.lineStart..<mark.offset where bytes[position] & 0xC0 != 0x80 {
            column += 1
        }
        return SourceLocation(line: mark.line, column: column)
    }
}
