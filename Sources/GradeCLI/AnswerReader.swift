import Foundation

/// Reads an answer file (or standard input) into text, refusing what is not an answer.
///
/// - A missing file, a directory or an unreadable file is an error.
/// - A binary file (a NUL byte, or mostly control bytes, in its first 8 KiB) is an error:
///   grading a PDF or an image would only produce nonsense verdicts.
/// - Invalid UTF-8 in an otherwise textual file is read lossily (U+FFFD for each bad
///   sequence) with a warning, because a stray Latin-1 byte in a real answer should not
///   stop a candidate from being graded.
/// - Files larger than ``maximumBytes`` are refused.
struct AnswerReader {
    /// 64 MiB: far beyond any real answer, small enough to grade in memory.
    static let maximumBytes = 64 * 1024 * 1024

    struct Answer {
        var text: String
        var warnings: [String]
    }

    let environment: Environment

    func read(_ path: String) throws(CLIError) -> Answer {
        let data: Data
        if path == "-" {
            data = environment.readStdin()
        } else {
            let full = resolve(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else {
                throw CLIError("\(path): no such file")
            }
            guard !isDirectory.boolValue else {
                throw CLIError("\(path): is a directory (give one answer file, or use a file inside it)")
            }
            guard FileManager.default.isReadableFile(atPath: full), let contents = FileManager.default.contents(atPath: full) else {
                throw CLIError("\(path): cannot read file (permission denied?)")
            }
            data = contents
        }
        let name = path == "-" ? "<stdin>" : path
        guard data.count <= Self.maximumBytes else {
            throw CLIError("\(name): file is \(data.count / 1_048_576) MiB; answers larger than \(Self.maximumBytes / 1_048_576) MiB are not graded")
        }
        if Self.looksBinary(data) {
            throw CLIError("\(name): looks like a binary file, not a Markdown answer")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Answer(text: text, warnings: [])
        }
        return Answer(
            text: String(decoding: bytes, as: UTF8.self),
            warnings: ["\(name): not valid UTF-8; invalid bytes were replaced with U+FFFD"])
    }

    private func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (environment.currentDirectory as NSString).appendingPathComponent(path)
    }

    static func looksBinary(_ data: Data) -> Bool {
        let sample = data.prefix(8192)
        guard !sample.isEmpty else { return false }
        var control = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { control += 1 }
        }
        return control * 10 > sample.count
    }
}
