import Testing

@testable import GradeKit

@Suite("JSONWriter")
struct JSONWriterTests {
    @Test(
        "numbers",
        arguments: [
            (2.0, "2"),
            (100, "100"),
            (-3, "-3"),
            (0, "0"),
            (-0.0, "0"),
            (72.5, "72.5"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (-2.25, "-2.25"),
            (123_456_789.5, "123456789.5"),
            (999_999_999_999_999, "999999999999999"),
            (-999_999_999_999_999, "-999999999999999"),
            // At 1e15 and above Swift's shortest form takes over; it switches to an
            // exponent only from 2^53, so 1e15 keeps a ".0".
            (1e15, "1000000000000000.0"),
            (1e16, "1e+16"),
            (1.5e300, "1.5e+300"),
            (1e-7, "1e-07"),
            (.leastNonzeroMagnitude, "5e-324"),
            (.nan, "null"),
            (.infinity, "null"),
            (-.infinity, "null"),
        ])
    func numberFormat(number: Double, expected: String) {
        #expect(JSONWriter.format(number) == expected)
        #expect(JSONWriter.write(.number(number)) == expected)
    }

    @Test(arguments: [(0, "0"), (-42, "-42"), (Int.max, "9223372036854775807"), (Int.min, "-9223372036854775808")])
    func integers(value: Int, expected: String) {
        #expect(JSONWriter.write(.int(value)) == expected)
    }

    @Test(
        "escaping",
        arguments: [
            ("plain text", "plain text"),
            ("", ""),
            ("say \"hi\"", #"say \"hi\""#),
            (#"C:\path\n"#, #"C:\\path\\n"#),
            ("line1\nline2\r\n", #"line1\nline2\r\n"#),
            ("a\tb\u{8}c\u{C}d", #"a\tb\bc\fd"#),
            ("nul\u{0}byte", #"nul\u0000byte"#),
            ("\u{1}\u{1F}\u{1B}[31m", #"\u0001\u001f\u001b[31m"#),
            ("del\u{7F}", "del\u{7F}"),
            ("</script><script>alert(1)</script>", "</script><script>alert(1)</script>"),
            ("a\u{2028}b\u{2029}c", #"a\u2028b\u2029c"#),
            ("€ \u{2027} \u{202A}", "€ \u{2027} \u{202A}"),
            ("café 😀 👩‍👩‍👧 e\u{301}", "café 😀 👩‍👩‍👧 e\u{301}"),
            ("\u{FEFF}bom", "\u{FEFF}bom"),
        ])
    func escape(text: String, expected: String) {
        #expect(JSONWriter.escape(text) == expected)
        #expect(JSONWriter.write(.string(text)) == "\"" + expected + "\"")
    }

    @Test func prettyOutputIsByteExact() {
        let report = JSONOutput.object([
            ("file", .string("answers/alice.md")),
            ("scenario", .string("migration")),
            ("score", .number(72.5)),
            (
                "rules",
                .array([
                    .object([
                        ("id", .string("migration.strangler-fig")),
                        ("weight", .int(2)),
                        ("status", .string("addressed")),
                        ("credit", .number(1)),
                        (
                            "evidence",
                            .array([.object([("line", .int(12)), ("text", .string("carve \"services\" out"))])])
                        ),
                        ("tags", .array([])),
                        ("extra", .object([])),
                    ])
                ])
            ),
            ("passed", .bool(true)),
            ("note", .null),
            ("matrix", .array([.array([.int(1), .int(2)]), .array([])])),
        ])
        let expected = """
            {
              "file": "answers/alice.md",
              "scenario": "migration",
              "score": 72.5,
              "rules": [
                {
                  "id": "migration.strangler-fig",
                  "weight": 2,
                  "status": "addressed",
                  "credit": 1,
                  "evidence": [
                    {
                      "line": 12,
                      "text": "carve \\"services\\" out"
                    }
                  ],
                  "tags": [],
                  "extra": {}
                }
              ],
              "passed": true,
              "note": null,
              "matrix": [
                [
                  1,
                  2
                ],
                []
              ]
            }
            """
        #expect(JSONWriter.write(report) == expected)
        #expect(JSONWriter.write(report, pretty: true) == expected)
    }

    @Test func compactOutputHasNoWhitespace() {
        let value = JSONOutput.object([
            ("a", .array([.int(1), .number(2.5), .object([("b", .null)])])),
            ("c", .object([])),
            ("d", .array([])),
            ("e", .string("x y")),
        ])
        #expect(JSONWriter.write(value, pretty: false) == #"{"a":[1,2.5,{"b":null}],"c":{},"d":[],"e":"x y"}"#)
    }

    @Test func topLevelScalarsAndEmptyContainers() {
        #expect(JSONWriter.write(.null) == "null")
        #expect(JSONWriter.write(.bool(false)) == "false")
        #expect(JSONWriter.write(.string("s")) == "\"s\"")
        #expect(JSONWriter.write(.array([])) == "[]")
        #expect(JSONWriter.write(.object([])) == "{}")
        #expect(JSONWriter.write(.array([]), pretty: false) == "[]")
    }

    @Test func membersKeepTheGivenOrderAndDuplicates() {
        let value = JSONOutput.object([("z", .int(1)), ("a", .int(2)), ("z", .int(3))])
        #expect(JSONWriter.write(value, pretty: false) == #"{"z":1,"a":2,"z":3}"#)
    }

    static let hostileStrings: [String] = [
        "</script><script>alert('x')</script>",
        "\"quoted\" and 'single'",
        "line1\nline2\r\nline3\rend",
        "nul\u{0}inside",
        String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }),
        "del\u{7F} and \u{85} next-line",
        "\u{2028}\u{2029}",
        "back\\slash \\u0041 \\n",
        "😀 👩‍👩‍👧 🇺🇳 e\u{301} 한국어 العربية",
        "\u{FEFF}bom and zero\u{200B}width",
        "",
        "/* not a comment */ // nor this",
    ]

    @Test(arguments: [true, false])
    func writtenStringsParseBackUnchanged(pretty: Bool) throws {
        let value = JSONOutput.object(
            Self.hostileStrings.enumerated().map { ("key \($0.offset): \($0.element)", .string($0.element)) }
                + [("all", .array(Self.hostileStrings.map(JSONOutput.string)))])
        let text = JSONWriter.write(value, pretty: pretty)
        let parsed = try JSONParser.parse(text)
        let members = try #require(parsed.members)
        #expect(members.count == Self.hostileStrings.count + 1)
        for (offset, string) in Self.hostileStrings.enumerated() {
            #expect(members[offset].key == "key \(offset): \(string)")
            #expect(members[offset].value.stringValue == string)
        }
        #expect(members.last?.value.elements?.map(\.stringValue) == Self.hostileStrings)
    }

    @Test func outputNeverContainsRawControlCharactersOrLineSeparators() {
        let text = JSONWriter.write(.array(Self.hostileStrings.map(JSONOutput.string)), pretty: false)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" })
    }

    @Test(
        arguments: [
            0.1, 72.5, -2.5, 1e300, -1e-300, .leastNonzeroMagnitude, 1.7976931348623157e308, 123_456_789.123_456_78,
            1e15, 1e21,
            0.1 + 0.2, 2.0 / 3.0, 42,
        ])
    func writtenNumbersParseBackUnchanged(number: Double) throws {
        let parsed = try JSONParser.parse(JSONWriter.write(.array([.number(number)])))
        #expect(parsed.elements?.first?.numberValue == number)
    }

    @Test func documentRoundTripsThroughTheParser() throws {
        let value = JSONOutput.object([
            ("name", .string("grade \"report\"\n")),
            ("score", .number(72.5)),
            ("count", .int(3)),
            ("ok", .bool(true)),
            ("none", .null),
            ("nested", .array([.object([("k", .array([]))]), .object([])])),
        ])
        let parsed = try JSONParser.parse(JSONWriter.write(value))
        let expected = PlainJSON.object([
            .init(key: "name", value: .string("grade \"report\"\n")),
            .init(key: "score", value: .number(72.5)),
            .init(key: "count", value: .number(3)),
            .init(key: "ok", value: .bool(true)),
            .init(key: "none", value: .null),
            .init(key: "nested", value: .array([.object([.init(key: "k", value: .array([]))]), .object([])])),
        ])
        #expect(PlainJSON(parsed) == expected)
        // Same value, same bytes: the contract scripts rely on.
        #expect(JSONWriter.write(value) == JSONWriter.write(value))
    }
}
