import Foundation
import Testing

@testable import GradeKit

@Suite struct AnswerFileTests {
    @Test func textWithTabsAndLineEndsIsNotBinary() {
        #expect(!AnswerFile.looksBinary(Data("# Plan\r\n\n\tstep one\u{0C}\n".utf8)))
        #expect(!AnswerFile.looksBinary(Data()))
    }

    @Test func aNulByteInTheFirst8KiBMakesItBinary() {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 9000)
        bytes[8191] = 0
        #expect(AnswerFile.looksBinary(Data(bytes)))
        bytes[8191] = UInt8(ascii: "a")
        bytes[8192] = 0
        #expect(!AnswerFile.looksBinary(Data(bytes)), "only the first 8 KiB are sampled")
    }

    @Test func moreThanATenthControlBytesMakesItBinary() {
        // 100 bytes: 11 control bytes is binary, 10 is not (the test is control × 10 > count).
        func sample(control: Int) -> Data {
            Data([UInt8](repeating: 0x01, count: control) + [UInt8](repeating: UInt8(ascii: "x"), count: 100 - control))
        }
        #expect(AnswerFile.looksBinary(sample(control: 11)))
        #expect(!AnswerFile.looksBinary(sample(control: 10)))
    }

    @Test func decodingDropsAByteOrderMarkAndRepairsBadUTF8() throws {
        let plain = try AnswerFile.decode(Data([0xEF, 0xBB, 0xBF] + Array("hello".utf8)), name: "a.md")
        #expect(plain.text == "hello" && plain.warnings.isEmpty)
        let repaired = try AnswerFile.decode(Data([0x68, 0xFF, 0x69]), name: "b.md")
        #expect(repaired.text == "h\u{FFFD}i")
        #expect(repaired.warnings == ["b.md: not valid UTF-8; invalid bytes were replaced with U+FFFD"])
        #expect(throws: AnswerFileError("c.md: looks like a binary file, not a Markdown answer")) {
            try AnswerFile.decode(Data([0x00, 0x01]), name: "c.md")
        }
    }
}
