import Foundation

/// Writing report files: atomically, relative paths against the command's directory.
enum FileOutput {
    /// `path` as an absolute path, relative ones resolved against the current directory.
    static func absolute(_ path: String, environment: Environment) -> String {
        path.hasPrefix("/") ? path : (environment.currentDirectory as NSString).appendingPathComponent(path)
    }

    /// Writes atomically: to a temporary file beside the target, then renamed over it, so
    /// an interrupted run never leaves a truncated report.
    static func write(_ text: String, to path: String, environment: Environment) throws(CLIError) {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: absolute(path, environment: environment)), options: .atomic)
        } catch {
            throw CLIError("\(path): cannot write report (\(error.localizedDescription))")
        }
    }

    /// Creates the directory `path` and its parents when missing; an existing file there is an error.
    static func makeDirectory(_ path: String, environment: Environment) throws(CLIError) {
        let full = absolute(path, environment: environment)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw CLIError("\(path): exists and is not a directory") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
        } catch {
            throw CLIError("\(path): cannot create the directory (\(error.localizedDescription))")
        }
    }
}
