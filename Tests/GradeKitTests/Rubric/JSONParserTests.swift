import Testing

@testable import GradeKit

/// A parsed value without locations, so content can be compared on its own
/// (shared with the JSONWriter round-trip tests).
indirect enum PlainJSON: Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([PlainJSON])
    case object([Member])

    struct Member: Equatable {
        var key: String
        var value: PlainJSON
    }

    init(_ node: JSONNode) {
        switch node.value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let number): self = .number(number)
        case .string(let text): self = .string(text)
        case .array(let elements): self = .array(elements.map(PlainJSON.init))
        case .object(let members): self = .object(members.map { Member(key: $0.key, value: PlainJSON($0.value)) })
        }
    }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let flag): "\(flag)"
        case .number(let number): "\(number)"
        case .string(let text): text.debugDescription
        case .array(let elements): "[" + elements.map(\.description).joined(separator: ", ") + "]"
        case .object(let members):
            "{" + members.map { "\($0.key.debugDescription): \($0.value)" }.joined(separator: ", ") + "}"
        }
    }
}

/// Parses `bytes`, returning the error, or `nil` when the document is valid.
private func parseFailure(_ bytes: [UInt8]) -> JSONParseError? {
    do throws(JSONParseError) {
        _ = try JSONParser.parse(bytes)
        return nil
    } catch {
        return error
    }
}

/// `SourceLocation` alone is ambiguous here: Swift Testing has a type of that name too.
private func location(_ line: Int, _ column: Int) -> GradeKit.SourceLocation {
    GradeKit.SourceLocation(line: line, column: column)
}

@Suite("JSONParser: valid documents")
struct JSONParserValidTests {
    @Test(
        "scalars at the top level",
        arguments: [
            ("null", PlainJSON.null),
            ("true", .bool(true)),
            ("false", .bool(false)),
            ("0", .number(0)),
            ("-0", .number(0)),
            ("12", .number(12)),
            ("-3.5", .number(-3.5)),
            ("1e3", .number(1000)),
            ("1E-2", .number(0.01)),
            ("2.5e+3", .number(2500)),
            ("0.1", .number(0.1)),
            ("123456789012345", .number(123_456_789_012_345)),
            ("-1234567890123456789", .number(-1.2345678901234568e18)),
            ("1.7976931348623157e308", .number(1.7976931348623157e308)),
            ("5e-324", .number(.leastNonzeroMagnitude)),
            ("1e-400", .number(0)),
            ("\"\"", .string("")),
            ("\"abc\"", .string("abc")),
            ("[]", .array([])),
            ("{}", .object([])),
        ])
    func scalar(text: String, expected: PlainJSON) throws {
        let node = try JSONParser.parse(text)
        #expect(PlainJSON(node) == expected)
        #expect(node.location == location(1, 1))
    }

    @Test func negativeZeroKeepsItsSign() throws {
        let node = try JSONParser.parse("-0")
        #expect(node.numberValue?.sign == .minus)
    }

    @Test func whitespaceAroundTheValueIsSkipped() throws {
        let node = try JSONParser.parse(" \t\n  [ 1 ,\t2 ] \r\n ")
        #expect(PlainJSON(node) == .array([.number(1), .number(2)]))
        #expect(node.location == location(2, 3))
        #expect(node.elements?.map(\.location) == [location(2, 5), location(2, 9)])
    }

    @Test func nestedDocumentHasExactLocations() throws {
        let text = """
            {
              "a": [1, {"b": null}],
              "c": "x",
              "d": {"e": true, "f": -2.5}
            }
            """
        let root = try JSONParser.parse(text)
        #expect(root.location == location(1, 1))
        #expect(root.typeName == "object")
        #expect(root.members?.map(\.key) == ["a", "c", "d"])

        let a = try #require(root.member("a"))
        #expect(a.keyLocation == location(2, 3))
        #expect(a.value.location == location(2, 8))
        let elements = try #require(a.value.elements)
        #expect(elements.map(\.location) == [location(2, 9), location(2, 12)])
        let b = try #require(elements[1].member("b"))
        #expect(b.keyLocation == location(2, 13))
        #expect(b.value.location == location(2, 18))
        #expect(b.value.isNull)

        let c = try #require(root.member("c"))
        #expect(c.keyLocation == location(3, 3))
        #expect(c.value.location == location(3, 8))
        #expect(c.value.stringValue == "x")

        let d = try #require(root.member("d"))
        #expect(d.value.member("e")?.value.boolValue == true)
        #expect(d.value.member("e")?.value.location == location(4, 14))
        #expect(d.value.member("f")?.keyLocation == location(4, 20))
        #expect(d.value.member("f")?.value.numberValue == -2.5)
        #expect(d.value.member("f")?.value.location == location(4, 25))
    }

    @Test func columnsCountUnicodeScalarsAfterMultiByteCharacters() throws {
        // é is 2 bytes, € 3, 😀 4, and "e\u{301}" is two scalars forming one Character.
        let root = try JSONParser.parse("{\"é€😀\": \"ü\", \"e\u{301}\": 1, \"k\": [\"😀😀\", 2]}")
        let members = try #require(root.members)
        #expect(members.map(\.key) == ["é€😀", "e\u{301}", "k"])
        #expect(members.map(\.keyLocation) == [location(1, 2), location(1, 14), location(1, 23)])
        #expect(members.map(\.value.location) == [location(1, 9), location(1, 20), location(1, 28)])
        #expect(members[2].value.elements?.map(\.location) == [location(1, 29), location(1, 35)])
    }

    @Test func crlfAndLoneCRLineEndsCountAsOneLine() throws {
        let crlf = try JSONParser.parse("{\r\n  \"a\": 1,\r\n\r\n  \"b\": 2\r\n}")
        #expect(crlf.member("a")?.keyLocation == location(2, 3))
        #expect(crlf.member("b")?.keyLocation == location(4, 3))
        #expect(crlf.member("b")?.value.location == location(4, 8))

        let cr = try JSONParser.parse("[\r1,\r\r2]")
        #expect(cr.elements?.map(\.location) == [location(2, 1), location(4, 1)])
    }

    @Test func tabCountsAsOneColumn() throws {
        let root = try JSONParser.parse("[\t\t7]")
        #expect(root.elements?.first?.location == location(1, 4))
    }

    @Test(
        "escapes are decoded",
        arguments: [
            (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{8}\u{C}\n\r\t"),
            (#""\u0041\u00e9\u20AC""#, "Aé€"),
            (#""\uD83D\uDE00 \ud83d\ude00""#, "😀 😀"),
            (#""\u0000""#, "\u{0}"),
            (#""a\nb""#, "a\nb"),
            (#""plain \u002F mixed \\ text""#, "plain / mixed \\ text"),
            ("\"\u{2028}é😀\"", "\u{2028}é😀"),
        ])
    func escapes(text: String, expected: String) throws {
        #expect(try JSONParser.parse(text).stringValue == expected)
    }

    @Test func byteOrderMarkIsSkippedAndNotCounted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8)
        let root = try JSONParser.parse(bytes)
        #expect(root.location == location(1, 1))
        #expect(root.member("a")?.keyLocation == location(1, 2))
        #expect(root.member("a")?.value.intValue == 1)

        let fromString = try JSONParser.parse("\u{FEFF}[true]")
        #expect(PlainJSON(fromString) == .array([.bool(true)]))
    }

    @Test func duplicateKeysAreKeptInOrder() throws {
        let root = try JSONParser.parse(#"{"a": 1, "b": 2, "a": 3}"#)
        let members = try #require(root.members)
        #expect(members.map(\.key) == ["a", "b", "a"])
        #expect(members.map(\.keyLocation) == [location(1, 2), location(1, 10), location(1, 18)])
        // The first occurrence wins, so a later duplicate cannot silently override it.
        #expect(root.member("a")?.value.intValue == 1)
        #expect(root.member("z") == nil)
    }

    @Test func accessorsReturnNilForOtherTypes() throws {
        let root = try JSONParser.parse(#"["s", 2.5, 3, true, null, [], {}]"#)
        let elements = try #require(root.elements)
        #expect(elements.map(\.typeName) == ["string", "number", "number", "boolean", "null", "array", "object"])
        #expect(elements[0].numberValue == nil)
        #expect(elements[0].member("x") == nil)
        #expect(elements[1].intValue == nil)
        #expect(elements[2].intValue == 3)
        #expect(elements[3].stringValue == nil)
        #expect(elements[4].boolValue == nil)
        #expect(elements[5].members == nil)
        #expect(elements[6].elements == nil)
        #expect(try JSONParser.parse("1e300").intValue == nil)
        #expect(try JSONParser.parse("3e0").intValue == 3)
        #expect(try JSONParser.parse("-9223372036854775808").intValue == Int.min)
        #expect(try JSONParser.parse("9223372036854775808").intValue == nil)
    }

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let depth = JSONParser.maximumDepth
        let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var node = try JSONParser.parse(arrays)
        var levels = 1
        while let inner = node.elements?.first {
            node = inner
            levels += 1
        }
        #expect(levels == depth)

        let objects = String(repeating: "{\"a\":", count: depth - 1) + "{}" + String(repeating: "}", count: depth - 1)
        #expect(try JSONParser.parse(objects).typeName == "object")
    }

    @Test func anyCollectionOfBytesCanBeParsed() throws {
        let bytes = Array(#"{"k": [1, "v"]}"#.utf8)
        let expected = PlainJSON.object([.init(key: "k", value: .array([.number(1), .string("v")]))])
        #expect(PlainJSON(try JSONParser.parse(bytes)) == expected)
        #expect(PlainJSON(try JSONParser.parse(bytes[...])) == expected)
        // A lazy map has no contiguous storage, which takes the copying path.
        #expect(PlainJSON(try JSONParser.parse(bytes.lazy.map { $0 })) == expected)
    }

    @Test func largeDocumentParses() throws {
        let rule = #"{"id": "x.rule-ü", "weight": 3, "score": 72.5, "concepts": ["a\nb", "c \"d\"", "😀"]}"#
        let text = "[" + Array(repeating: rule, count: 10_000).joined(separator: ",\n") + "]"
        let root = try JSONParser.parse(text)
        let elements = try #require(root.elements)
        #expect(elements.count == 10_000)
        #expect(elements.last?.location == location(10_000, 1))
        #expect(elements.last?.member("score")?.value.location == location(10_000, 42))
    }
}

/// One malformed document and the exact error it must produce.
struct ParseErrorCase: Sendable, CustomTestStringConvertible {
    var input: [UInt8]
    var message: String
    var line: Int
    var column: Int

    init(_ input: String, _ message: String, _ line: Int, _ column: Int) {
        self.init(bytes: Array(input.utf8), message, line, column)
    }

    init(bytes: [UInt8], _ message: String, _ line: Int, _ column: Int) {
        self.input = bytes
        self.message = message
        self.line = line
        self.column = column
    }

    var testDescription: String {
        String(decoding: input, as: UTF8.self).debugDescription
    }
}

@Suite("JSONParser: errors")
struct JSONParserErrorTests {
    static let validEscapes = #"(valid escapes are \" \\ \/ \b \f \n \r \t \uXXXX)"#

    static let structure: [ParseErrorCase] = [
        .init("", "empty document (expected a JSON value)", 1, 1),
        .init("  \n  ", "empty document (expected a JSON value)", 2, 3),
        .init("{", "unexpected end of file (an object opened at 1:1 is not closed)", 1, 2),
        .init("[1, 2", "unexpected end of file (an array opened at 1:1 is not closed)", 1, 6),
        .init("{\n  \"a\": [\n", "unexpected end of file (an array opened at 2:8 is not closed)", 3, 1),
        .init("{\"a\":", "unexpected end of file (an object opened at 1:1 is not closed)", 1, 6),
        .init("[[1],", "unexpected end of file (an array opened at 1:1 is not closed)", 1, 6),
        .init("{\"a\" 1}", "expected ':' after object key \"a\"", 1, 6),
        .init("{\"a\\nb\" 1}", "expected ':' after object key \"a\\nb\"", 1, 9),
        .init("{\"a\": 1 \"b\": 2}", "expected ',' or '}' after object member", 1, 9),
        .init("{\"a\":1]", "expected ',' or '}' after object member", 1, 7),
        .init("[1 2]", "expected ',' or ']' after array element", 1, 4),
        .init("[1}", "expected ',' or ']' after array element", 1, 3),
        .init("[\"a\":1]", "expected ',' or ']' after array element", 1, 5),
        .init("[1,]", "trailing comma before ']'", 1, 3),
        .init("{\"a\":1,}", "trailing comma before '}'", 1, 7),
        .init("[\n  1,\n]", "trailing comma before ']'", 2, 4),
        .init("{\"a\": [1],\r\n\r\n}", "trailing comma before '}'", 1, 10),
        .init("{a:1}", "expected a double-quoted object key, found 'a'", 1, 2),
        .init("{'a':1}", "expected a double-quoted object key, found \"'\"", 1, 2),
        .init("{\"a\":1,,}", "expected a double-quoted object key, found ','", 1, 8),
        .init("[1,,2]", "unexpected character ',' (expected a value)", 1, 4),
        .init("{\"a\": }", "unexpected character '}' (expected a value)", 1, 7),
        .init("[@]", "unexpected character '@' (expected a value)", 1, 2),
        .init("[\t@]", "unexpected character '@' (expected a value)", 1, 3),
        .init("['a']", "unexpected character \"'\" (strings must be in double quotes)", 1, 2),
        .init("[“a”]", "unexpected character '“' U+201C (strings must use straight double quotes)", 1, 2),
        .init("[\u{A0}1]", "unexpected character U+00A0 (expected a value)", 1, 2),
        .init("[\u{FEFF}1]", "unexpected character U+FEFF (expected a value)", 1, 2),
        .init("[\u{1}]", "unexpected character U+0001 (expected a value)", 1, 2),
        .init("{\"ключ\": @}", "unexpected character '@' (expected a value)", 1, 10),
        .init("{\"😀\": é}", "unexpected character 'é' U+00E9 (expected a value)", 1, 7),
        .init("{\r\n  \"a\": 1\r\n  \"b\": 2\r\n}", "expected ',' or '}' after object member", 3, 3),
        .init("{} {}", "unexpected character '{' after the JSON value (a document holds exactly one value)", 1, 4),
        .init("1 2", "unexpected character '2' after the JSON value (a document holds exactly one value)", 1, 3),
        .init("{\"a\":1}}", "unexpected character '}' after the JSON value (a document holds exactly one value)", 1, 8),
    ]

    static let literalsAndNumbers: [ParseErrorCase] = [
        .init("[yes]", "unexpected word 'yes' (strings must be in double quotes)", 1, 2),
        .init("[truex]", "unexpected word 'truex' (strings must be in double quotes)", 1, 2),
        .init("[True]", "invalid literal 'True' (JSON literals are lower-case: true, false, null)", 1, 2),
        .init("NULL", "invalid literal 'NULL' (JSON literals are lower-case: true, false, null)", 1, 1),
        .init("[NaN]", "invalid literal 'NaN' (JSON has no NaN or Infinity; use null or a finite number)", 1, 2),
        .init(
            "[Infinity]", "invalid literal 'Infinity' (JSON has no NaN or Infinity; use null or a finite number)",
            1, 2),
        .init("[+1]", "unexpected character '+' (a number cannot start with '+')", 1, 2),
        .init("[.5]", "unexpected character '.' (a number must start with a digit)", 1, 2),
        .init("[-Infinity]", "invalid number '-Infinity' (expected a digit after '-')", 1, 2),
        .init("[-]", "invalid number '-' (expected a digit after '-')", 1, 2),
        .init("[01]", "invalid number '01' (leading zeros are not allowed)", 1, 2),
        .init("[-007]", "invalid number '-007' (leading zeros are not allowed)", 1, 2),
        .init("[1.]", "invalid number '1.' (expected a digit after '.')", 1, 2),
        .init("[1.e5]", "invalid number '1.e5' (expected a digit after '.')", 1, 2),
        .init("[1e]", "invalid number '1e' (expected a digit in the exponent)", 1, 2),
        .init("[ 1e+]", "invalid number '1e+' (expected a digit in the exponent)", 1, 3),
        .init("[1e400]", "invalid number '1e400' (out of range for a 64-bit floating-point number)", 1, 2),
        .init("-1e999", "invalid number '-1e999' (out of range for a 64-bit floating-point number)", 1, 1),
    ]

    static let strings: [ParseErrorCase] = [
        .init("\"abc", "unterminated string", 1, 1),
        .init("[\"a\", \"b", "unterminated string", 1, 7),
        .init("\"\\", "unterminated string", 1, 1),
        .init(
            "{\"a\": \"abc\n}",
            "unterminated string (the line ends before the closing '\"'; write a line break inside a string as \\n)",
            1, 7),
        .init("[\"a\tb\"]", "control character U+0009 in string (write it as \\t)", 1, 4),
        .init("[\"\u{1}\"]", "control character U+0001 in string (write it as \\u0001)", 1, 3),
        .init("[\"é\u{1F}\"]", "control character U+001F in string (write it as \\u001F)", 1, 4),
        .init("[\"\\q\"]", "invalid escape '\\q' \(validEscapes)", 1, 3),
        .init("[\"ok\", \"\\x41\"]", "invalid escape '\\x' \(validEscapes)", 1, 9),
        .init("[\"\\\n\"]", "invalid escape: '\\' followed by U+000A \(validEscapes)", 1, 3),
        .init("[\"\\u12G4\"]", "invalid unicode escape '\\u12' (expected 4 hex digits after \\u)", 1, 3),
        .init("\"\\u12", "invalid unicode escape '\\u12' (expected 4 hex digits after \\u)", 1, 2),
        .init(
            "[\"\\uD800\"]",
            "lone surrogate '\\uD800' (a high surrogate must be followed by a low surrogate \\uDC00-\\uDFFF)", 1, 3),
        .init(
            "[\"\\ud800\\u0041\"]",
            "lone surrogate '\\ud800' (a high surrogate must be followed by a low surrogate \\uDC00-\\uDFFF)", 1, 3),
        .init(
            "[\"x\\uDC00\"]",
            "lone surrogate '\\uDC00' (a low surrogate must follow a high surrogate \\uD800-\\uDBFF)", 1, 4),
        .init("[\"\\uD83D\\uZZZZ\"]", "invalid unicode escape '\\u' (expected 4 hex digits after \\u)", 1, 9),
    ]

    static let encodingAndComments: [ParseErrorCase] = [
        .init(
            bytes: Array("[\"a".utf8) + [0xFF] + Array("\"]".utf8), "invalid UTF-8 byte 0xFF (save the file as UTF-8)",
            1, 4),
        .init(
            bytes: Array("[\"caf".utf8) + [0xE9] + Array("\"]".utf8),
            "invalid UTF-8 byte 0xE9 (save the file as UTF-8)", 1, 6),
        .init(
            bytes: Array("[\"é".utf8) + [0xC3, 0x28] + Array("\"]".utf8),
            "invalid UTF-8 byte 0xC3 (save the file as UTF-8)", 1, 4),
        .init(bytes: [0x22, 0xC0, 0x80, 0x22], "invalid UTF-8 byte 0xC0 (save the file as UTF-8)", 1, 2),
        .init(bytes: [0x22, 0xED, 0xA0, 0x80, 0x22], "invalid UTF-8 byte 0xED (save the file as UTF-8)", 1, 2),
        .init(bytes: [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], "invalid UTF-8 byte 0xF4 (save the file as UTF-8)", 1, 2),
        .init(bytes: [0x22, 0x80, 0x22], "invalid UTF-8 byte 0x80 (save the file as UTF-8)", 1, 2),
        .init(bytes: [0x22, 0xE2, 0x82], "invalid UTF-8 byte 0xE2 (save the file as UTF-8)", 1, 2),
        .init(bytes: [0x5B, 0xFF, 0x5D], "invalid UTF-8 byte 0xFF (save the file as UTF-8)", 1, 2),
        .init(bytes: [0x5B, 0x0A, 0x31, 0x2C, 0xF5, 0x5D], "invalid UTF-8 byte 0xF5 (save the file as UTF-8)", 2, 3),
        .init(bytes: [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00], "the file is UTF-16 encoded (save it as UTF-8)", 1, 1),
        .init(bytes: [0xEF, 0xBB, 0xBF] + Array("[@]".utf8), "unexpected character '@' (expected a value)", 1, 2),
        .init("{// note\n}", "comments are not allowed in JSON", 1, 2),
        .init("[1 /* x */]", "comments are not allowed in JSON", 1, 4),
        .init("// c\n{}", "comments are not allowed in JSON", 1, 1),
        .init("{} // c", "comments are not allowed in JSON", 1, 4),
        .init("{\"a\": 1, // c\n}", "comments are not allowed in JSON", 1, 10),
        .init("{\"a\" /* c */ : 1}", "comments are not allowed in JSON", 1, 6),
        .init("[1 / 2]", "expected ',' or ']' after array element", 1, 4),
    ]

    @Test(arguments: structure)
    func structureErrors(_ errorCase: ParseErrorCase) {
        check(errorCase)
    }

    @Test(arguments: literalsAndNumbers)
    func literalAndNumberErrors(_ errorCase: ParseErrorCase) {
        check(errorCase)
    }

    @Test(arguments: strings)
    func stringErrors(_ errorCase: ParseErrorCase) {
        check(errorCase)
    }

    @Test(arguments: encodingAndComments)
    func encodingAndCommentErrors(_ errorCase: ParseErrorCase) {
        check(errorCase)
    }

    private func check(_ errorCase: ParseErrorCase) {
        let failure = parseFailure(errorCase.input)
        #expect(failure?.message == errorCase.message)
        #expect(failure?.location == location(errorCase.line, errorCase.column))
    }

    @Test func nestingBeyondTheLimitIsAnError() {
        let depth = JSONParser.maximumDepth
        let message = "nesting too deep (more than \(depth) nested arrays and objects)"

        let arrays = String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
        #expect(parseFailure(Array(arrays.utf8)) == JSONParseError(message: message, location: location(1, depth + 1)))

        let objects = String(repeating: "{\"a\":", count: depth + 1)
        #expect(
            parseFailure(Array(objects.utf8)) == JSONParseError(message: message, location: location(1, depth * 5 + 1)))
    }

    @Test func hostileDepthIsReportedNotACrash() {
        let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 1_000_000)
        #expect(parseFailure(bytes)?.location == location(1, JSONParser.maximumDepth + 1))
    }

    @Test func descriptionIsLineColonColumnColonMessage() {
        let error = JSONParseError(message: "unterminated string", location: location(3, 5))
        #expect(error.description == "3:5: unterminated string")
        #expect("rubric.json:\(error)" == "rubric.json:3:5: unterminated string")
    }

    @Test func typedThrowsCarryTheError() {
        #expect(throws: JSONParseError(message: "trailing comma before ']'", location: location(1, 3))) {
            try JSONParser.parse("[1,]")
        }
    }
}

@Suite("SourceLocation")
struct SourceLocationTests {
    @Test func describesAndOrders() {
        #expect(location(12, 7).description == "12:7")
        #expect(location(1, 9) < location(2, 1))
        #expect(location(2, 1) < location(2, 3))
        let unsorted: [GradeKit.SourceLocation] = [location(3, 1), location(1, 2), location(1, 1)]
        let sorted: [GradeKit.SourceLocation] = [location(1, 1), location(1, 2), location(3, 1)]
        #expect(unsorted.sorted() == sorted)
    }
}
