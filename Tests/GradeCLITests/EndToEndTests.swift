import Foundation
import Testing

/// Runs the built `grade` binary as a user would: a copy of it in a temporary directory, run
/// from there, so the built-in rubrics must travel inside the binary.
@Suite(.serialized) struct EndToEndTests {
    /// The `grade` executable beside the test bundle in the build products directory.
    static func builtBinary() throws -> URL {
        var directory = Bundle.main.bundleURL
        if directory.pathExtension == "xctest" { directory.deleteLastPathComponent() }
        for candidate in [directory, directory.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("grade")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        let arguments = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("grade")
        try #require(FileManager.default.isExecutableFile(atPath: arguments.path), "build the grade product first (swift build)")
        return arguments
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ binary: URL, _ arguments: [String], in directory: URL, stdin: Data? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var variables = ProcessInfo.processInfo.environment
        // A developer's own rubric directory must not change what the tests see.
        variables.removeValue(forKey: "GRADE_RUBRICS")
        variables.merge(environment) { $1 }
        process.environment = variables
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test func gradesFromAnywhereWithTheRubricsInside() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let binary = directory.appendingPathComponent("grade")
        try FileManager.default.copyItem(at: try Self.builtBinary(), to: binary)
        try FileManager.default.copyItem(
            atPath: Harness.fixture("migration/strong.md"), toPath: directory.appendingPathComponent("answer.md").path)

        let text = try Self.run(binary, ["answer.md", "--scenario", "migration"], in: directory)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("Migration Project (migration)  ·  answer.md\nScore "))
        #expect(!text.stdout.contains("\u{1B}["), "a pipe is not a terminal: no colour")

        let json = try Self.run(binary, ["answer.md", "--scenario", "3", "--format", "json"], in: directory)
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["rules"] as? [Any])?.count == 13)
        let again = try Self.run(binary, ["answer.md", "--scenario", "3", "--format", "json"], in: directory)
        #expect(again.stdout == json.stdout, "same input, same bytes")

        let list = try Self.run(binary, ["scenarios"], in: directory)
        #expect(list.stdout.split(separator: "\n").count == 8)
    }

    @Test func anAnswerToAnotherScenarioSaysWhichOne() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(
            atPath: Harness.fixture("cost/offtopic.md"), toPath: directory.appendingPathComponent("answer.md").path)
        let binary = try Self.builtBinary()
        let wrong = try Self.run(binary, ["answer.md", "--scenario", "cost"], in: directory)
        #expect(wrong.status == 0, "\(wrong.stderr)")
        #expect(wrong.stdout.contains("Score 0 / 100"))
        #expect(wrong.stdout.contains("off topic: this reads as an answer to the Production Outage scenario (outage)"))
        #expect(wrong.stdout.contains("grade it with --scenario outage"))
        let right = try Self.run(binary, ["answer.md", "--scenario", "outage"], in: directory)
        #expect(right.status == 0)
        #expect(!right.stdout.contains("off topic"))
    }

    @Test func stdinExitCodesAndErrors() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let binary = try Self.builtBinary()
        let answer = try Data(contentsOf: URL(fileURLWithPath: Harness.fixture("outage/weak.md")))

        let piped = try Self.run(binary, ["-", "-s", "outage", "--fail-under", "95"], in: directory, stdin: answer)
        #expect(piped.status == 1)
        #expect(piped.stdout.contains("Production Outage"))

        let unknown = try Self.run(binary, ["x.md", "-s", "outgae"], in: directory)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'outage'?"))
        #expect(unknown.stderr.split(separator: "\n").count == 1)

        let missing = try Self.run(binary, ["x.md", "-s", "outage"], in: directory)
        #expect(missing.status == 2)
        #expect(missing.stderr == "grade: x.md: no such file\n")

        let version = try Self.run(binary, ["--version"], in: directory)
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("grade "))
    }

    @Test func aCustomRubricDirectoryWorksWithTheBinary() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let binary = directory.appendingPathComponent("grade")
        try FileManager.default.copyItem(at: try Self.builtBinary(), to: binary)
        try CustomRubricSet.build(in: directory) { try Self.run(binary, $0, in: directory).status }
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("rubrics/schema/rubric.schema.json").path))

        let lint = try Self.run(binary, ["lint", "rubrics", "--strict"], in: directory)
        #expect(lint.status == 0, "\(lint.stdout)")
        let list = try Self.run(binary, ["scenarios"], in: directory, environment: ["GRADE_RUBRICS": "rubrics"])
        #expect(list.stdout.split(separator: "\n").count == 9)
        try CustomRubricSet.answer.write(to: directory.appendingPathComponent("answer.md"), atomically: true, encoding: .utf8)
        let graded = try Self.run(binary, ["answer.md", "-s", "9", "--rubrics", "rubrics"], in: directory)
        #expect(graded.status == 0, "\(graded.stderr)")
        #expect(graded.stdout.hasPrefix("Kafka Consumer Backlog (\(CustomRubricSet.id))  ·  answer.md\n"))
        let outage = try Self.run(binary, ["show", "outage", "--format", "json"], in: directory, environment: ["GRADE_RUBRICS": "rubrics"])
        #expect(outage.status == 0)
        #expect(!outage.stdout.contains("outage.tools"))
        #expect(outage.stdout.contains("flip the feature flag off"))

        let again = try Self.run(binary, ["import", "kafka.md", "--output", "rubrics"], in: directory)
        #expect(again.status == 2)
        #expect(again.stderr == "grade: rubrics/\(CustomRubricSet.id).json already exists; use --force to replace it (nothing was written)\n")
    }

    @Test func hugeAnswerIsGraded() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let strong = try String(contentsOfFile: Harness.fixture("migration/strong.md"), encoding: .utf8)
        let huge = String(repeating: strong + "\n\n", count: 400)
        try huge.write(to: directory.appendingPathComponent("huge.md"), atomically: true, encoding: .utf8)
        let result = try Self.run(try Self.builtBinary(), ["huge.md", "-s", "migration", "--format", "json"], in: directory)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"scenario\": \"migration\""))
    }
}
