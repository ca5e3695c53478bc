import Testing

@testable import GradeKit

@Suite struct CSVEscapingTests {
    @Test(arguments: ["", "plain", "answers/alice.md", "72.5", "Needs work", "a;b", "it's", "x=1", "mid - dash", "中文 🚀"])
    func ordinaryCellsStayTheSame(text: String) {
        #expect(CSVEscaping.cell(text) == text)
    }

    @Test(arguments: [
        ("a,b", #""a,b""#),
        (#"say "hi""#, #""say ""hi""""#),
        ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "\"cr\rhere\""),
        (" leading", "\" leading\""),
        ("trailing ", "\"trailing \""),
        ("trailing\t", "\"trailing\t\""),
        ("\t=1 ", "\"'\t=1 \""),
        ("café, crème", "\"café, crème\""),
        // A quote with a combining accent is one character but still a quote to a CSV reader.
        ("a\"\u{301}b", "\"a\"\"\u{301}b\""),
        ("🚀\n中文", "\"🚀\n中文\""),
    ])
    func quotesByRFC4180(text: String, expected: String) {
        #expect(CSVEscaping.cell(text) == expected)
    }

    @Test(arguments: [
        (#"=HYPERLINK("http://x","y")"#, #""'=HYPERLINK(""http://x"",""y"")""#),
        ("=1+2", "'=1+2"),
        ("+SUM(A1)", "'+SUM(A1)"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "\"'\r=1\""),
    ])
    func neutralisesFormulas(text: String, expected: String) {
        #expect(CSVEscaping.cell(text) == expected)
    }

    @Test func rowsJoinWithCommasAndNoLineEnd() {
        #expect(CSVEscaping.row(["a", "b,c", "", "=x"]) == #"a,"b,c",,'=x"#)
        #expect(CSVEscaping.row([]) == "")
    }

    @Test func appendsRowsToOneBuffer() {
        var out: [UInt8] = Array("head\n".utf8)
        CSVEscaping.append(row: ["x", "y z", "+1"], to: &out)
        CSVEscaping.append(row: [""], to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "head\nx,y z,'+1")
    }
}
