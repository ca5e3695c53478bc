import Foundation
import GradeKit

/// Reads the earlier result named by `--baseline`: a missing, unreadable or invalid file is
/// one line on standard error and exit 2.
struct BaselineReader {
    let environment: Environment

    /// The most a baseline may weigh; a `grade --format json` result is a few kilobytes.
    static let limit = 64 << 20

    func read(_ path: String) throws(CLIError) -> Baseline {
        let full = FileOutput.absolute(path, environment: environment)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else { throw CLIError("\(path): no such file") }
        guard !isDirectory.boolValue else { throw CLIError("\(path): is a directory, not a file") }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: full))
        } catch {
            throw CLIError("\(path): cannot read (\(error.localizedDescription))")
        }
        guard data.count <= Self.limit else { throw CLIError("\(path): larger than \(Self.limit >> 20) MiB, not a grade result") }
        do {
            return try Baseline.parse(data, source: path)
        } catch {
            throw CLIError(error.description)
        }
    }
}
