import Foundation
import GradeCLI

/// Runs the CLI in-process with captured streams.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum Harness {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func fixture(_ path: String) -> String {
        root.appendingPathComponent("Fixtures/\(path)").path
    }

    static func run(
        _ arguments: [String], stdin: String = "", terminal: Bool = false, variables: [String: String] = [:],
        directory: String? = nil
    ) -> Run {
        let out = BufferStream(isTerminal: terminal)
        let err = BufferStream(isTerminal: terminal)
        let input = Data(stdin.utf8)
        let environment = Environment(
            stdout: out, stderr: err, readStdin: { input }, variables: variables,
            currentDirectory: directory ?? FileManager.default.temporaryDirectory.path)
        let status = CLI.run(arguments, environment: environment)
        return Run(status: status, stdout: out.text, stderr: err.text)
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("grade-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
