import Foundation
import Testing

/// `grade-bench`'s command line: the benchmark itself takes seconds of release-build time
/// and is run by hand (README, "Performance"); these check that it explains itself and
/// refuses what it cannot do before it starts measuring.
@Suite struct BenchArgumentsTests {
    /// The `grade-bench` executable built beside `grade`.
    static func bench() throws -> URL {
        let url = try EndToEndTests.builtBinary().deletingLastPathComponent().appendingPathComponent("grade-bench")
        try #require(FileManager.default.isExecutableFile(atPath: url.path), "build the grade-bench product first (swift build)")
        return url
    }

    @Test func helpSaysWhatItMeasuresAndExitsZero() throws {
        let result = try EndToEndTests.run(try Self.bench(), ["--help"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("usage: grade-bench [--fixtures DIR] [--format text|json]\n"))
        #expect(result.stdout.contains("5,000 answers"))
        #expect(result.stderr.isEmpty)
    }

    @Test(arguments: [
        (["--bogus"], "grade-bench: unknown argument '--bogus' (see --help)\n"),
        (["--format", "xml"], "grade-bench: --format needs text or json\n"),
        (["--format"], "grade-bench: --format needs text or json\n"),
        (["--fixtures"], "grade-bench: --fixtures needs a directory\n"),
    ])
    func badArgumentsAreOneLineAndExitTwo(arguments: [String], message: String) throws {
        let result = try EndToEndTests.run(try Self.bench(), arguments, in: FileManager.default.temporaryDirectory)
        #expect(result.status == 2)
        #expect(result.stderr == message)
        #expect(result.stdout.isEmpty)
    }

    @Test func aDirectoryWithoutLabelledAnswersIsRefused() throws {
        let directory = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "# an answer without labels\n".write(to: directory.appendingPathComponent("answer.md"), atomically: true, encoding: .utf8)
        let result = try EndToEndTests.run(try Self.bench(), ["--fixtures", directory.path], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr == "grade-bench: no labelled fixtures under \(directory.path)\n")
    }
}
