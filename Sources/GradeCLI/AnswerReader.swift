import Foundation
import GradeKit

/// Reads the answer named on the command line: a file, or standard input for `-`.
struct AnswerReader {
    let environment: Environment

    func read(_ path: String) throws(CLIError) -> AnswerFile.Decoded {
        do {
            if path == "-" { return try AnswerFile.decode(environment.readStdin(), name: "<stdin>") }
            let full = path.hasPrefix("/") ? path : (environment.currentDirectory as NSString).appendingPathComponent(path)
            return try AnswerFile.read(path: full, name: path)
        } catch {
            throw CLIError(error.message)
        }
    }
}
