import Foundation

/// Turns the bytes of an answer file into text, refusing what is not an answer.
///
/// - A binary file (a NUL byte, or mostly control bytes, in its first 8 KiB) is refused:
///   grading a PDF or an image would only produce nonsense verdicts.
/// - Invalid UTF-8 in an otherwise textual file is read lossily (U+FFFD for each bad
///   sequence) with a warning, because a stray Latin-1 byte in a real answer should not
///   stop a candidate from being graded.
/// - A UTF-8 byte-order mark is dropped; files over ``maximumBytes`` are refused.
public enum AnswerFile {
    /// 64 MiB: far beyond any real answer, small enough to grade in memory.
    public static let maximumBytes = 64 * 1024 * 1024

    /// A decoded answer.
    public struct Decoded: Sendable, Equatable {
        /// The text.
        public var text: String
        /// Problems worth telling the user that did not stop grading.
        public var warnings: [String]
    }

    /// Decodes `data` read from `name` (used in messages).
    public static func decode(_ data: Data, name: String) throws(AnswerFileError) -> Decoded {
        guard data.count <= maximumBytes else {
            throw AnswerFileError(
                "\(name): file is \(data.count / 1_048_576) MiB; answers larger than \(maximumBytes / 1_048_576) MiB are not graded")
        }
        if looksBinary(data) { throw AnswerFileError("\(name): looks like a binary file, not a Markdown answer") }
        // Decoded in place: no copy of the bytes beside the data and the text.
        let bodyStart = data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return data.withUnsafeBytes { raw in
            let bytes = UnsafeBufferPointer(rebasing: raw.assumingMemoryBound(to: UInt8.self)[bodyStart...])
            if let text = String(validating: bytes, as: UTF8.self) { return Decoded(text: text, warnings: []) }
            return Decoded(
                text: String(decoding: bytes, as: UTF8.self),
                warnings: ["\(name): not valid UTF-8; invalid bytes were replaced with U+FFFD"])
        }
    }

    /// Reads and decodes the file at `path`; `name` is how messages refer to it.
    public static func read(path: String, name: String) throws(AnswerFileError) -> Decoded {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw AnswerFileError("\(name): no such file")
        }
        guard !isDirectory.boolValue else {
            throw AnswerFileError("\(name): is a directory (give one answer file, or use `grade batch` for a folder)")
        }
        guard FileManager.default.isReadableFile(atPath: path), let data = FileManager.default.contents(atPath: path) else {
            throw AnswerFileError("\(name): cannot read file (permission denied?)")
        }
        return try decode(data, name: name)
    }

    /// Whether the start of `data` looks like a binary file.
    public static func looksBinary(_ data: Data) -> Bool {
        // The bytes in place: iterating Data byte by byte costs far more than the check.
        data.withUnsafeBytes { raw in
            let sample = UnsafeBufferPointer(rebasing: raw.assumingMemoryBound(to: UInt8.self).prefix(8192))
            guard !sample.isEmpty else { return false }
            if sample.firstOffset(of: 0, in: sample.indices) < sample.count { return true }
            // Counted without a branch per byte, so the compiler can vectorise the loop.
            var control = 0
            for byte in sample {
                let isControl = byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C
                control &+= isControl ? 1 : 0
            }
            return control * 10 > sample.count
        }
    }
}

/// An answer file that cannot be graded, with a message naming it.
public struct AnswerFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The message.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
