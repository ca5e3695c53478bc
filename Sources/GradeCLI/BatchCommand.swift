import Foundation
import GradeKit

/// `grade batch <paths…>`: grades many answers in parallel for CI, with machine-readable
/// reports and gates.
enum BatchCommand {
    static let parser = ArgumentParser(options: [
        .init(long: "scenario", short: "s", takesValue: true),
        .init(long: "format", short: "f", takesValue: true),
        .init(long: "jobs", short: "j", takesValue: true),
        .init(long: "fail-under", short: nil, takesValue: true),
        .init(long: "min-pass-rate", short: nil, takesValue: true),
        .init(long: "output", short: "o", takesValue: true),
        .init(long: "report-dir", short: nil, takesValue: true),
        .init(long: "keep-going", short: nil, takesValue: false),
        .init(long: "rubrics", short: nil, takesValue: true),
        .init(long: "color", short: nil, takesValue: true),
        .init(long: "no-color", short: nil, takesValue: false),
        .init(long: "no-progress", short: nil, takesValue: false),
        .init(long: "help", short: "h", takesValue: false),
    ])

    struct Options {
        var paths: [String]
        var scenario: String?
        var format: BatchFormat
        var jobs: Int
        var gates: BatchResult.Gates
        var output: String?
        var reportDirectory: String?
        var keepGoing: Bool
        var rubrics: String?
        var color: Terminal.ColorChoice
        var progress: Bool
    }

    static func run(_ arguments: [String], environment: Environment) throws(CLIError) -> ExitCode {
        let parsed = try parser.parse(arguments)
        if parsed.flags.contains("help") {
            environment.stdout.write(HelpText.batch)
            return .success
        }
        let options = try validate(parsed)
        let rubrics = try CLI.loadRubrics(options.rubrics, environment: environment)
        let choice: BatchRunner.ScenarioChoice
        switch options.scenario?.lowercased() {
        case nil: choice = .perAnswer(detect: false)
        case "auto": choice = .perAnswer(detect: true)
        case .some(let name):
            do {
                choice = .fixed(try rubrics.scenario(named: name))
            } catch {
                throw CLIError(error.description)
            }
        }

        let collection = AnswerCollector(currentDirectory: environment.currentDirectory).collect(options.paths)
        if collection.answers.isEmpty && collection.missing.isEmpty {
            let skipped = collection.skipped.isEmpty ? "" : " (\(collection.skipped.count) other files skipped)"
            throw CLIError("no Markdown answers (*.md) found in \(options.paths.joined(separator: " "))\(skipped)")
        }
        let progress = ProgressBar(stream: environment.stderr, enabled: options.progress)
        let runner = BatchRunner(grader: Grader(rubrics: rubrics), gates: options.gates, jobs: options.jobs)
        let result = runner.run(collection, scenario: choice) { done, total in progress.update(done: done, total: total) }
        progress.finish()

        for item in result.items {
            if let error = item.error { environment.stderr.write("grade: \(error)\n") }
            for note in item.report?.notes ?? [] where note.contains("UTF-8") {
                environment.stderr.write("grade: warning: \(note)\n")
            }
        }
        if let directory = options.reportDirectory {
            try writeReportDirectory(result, to: directory, environment: environment)
        }
        let color = options.output == nil && Terminal.useColor(options.color, stream: environment.stdout, variables: environment.variables)
        let text = options.format.render(result, color: color)
        if let output = options.output {
            try FileOutput.write(text, to: output, environment: environment)
        } else {
            environment.stdout.write(text)
        }
        if options.format == .github, let summary = environment.variables["GITHUB_STEP_SUMMARY"], !summary.isEmpty {
            try append(GitHubReporter().summaryMarkdown(result), to: summary)
        }

        if !result.errors.isEmpty && !options.keepGoing { return .usageOrInput }
        return result.meetsGates ? .success : .belowThreshold
    }

    static func validate(_ parsed: ArgumentParser.Parsed) throws(CLIError) -> Options {
        guard !parsed.positionals.isEmpty else {
            throw CLIError("missing answers: grade batch <files or directories…>", showHelpHint: true)
        }
        let formatName = parsed.values["format"] ?? "text"
        guard let format = BatchFormat(rawValue: formatName.lowercased()) else {
            throw CLIError("unknown format '\(formatName)' (expected one of: \(BatchFormat.names.joined(separator: ", ")))")
        }
        var jobs = ProcessInfo.processInfo.activeProcessorCount
        if let text = parsed.values["jobs"] {
            guard let value = Int(text), (1...256).contains(value) else { throw CLIError("--jobs expects a number from 1 to 256, got '\(text)'") }
            jobs = value
        }
        var gates = BatchResult.Gates(failUnder: try parsed.failUnder())
        if let text = parsed.values["min-pass-rate"] {
            let number = text.hasSuffix("%") ? String(text.dropLast()) : text
            guard let value = Double(number), value.isFinite, (0...100).contains(value) else {
                throw CLIError("--min-pass-rate expects a percentage from 0 to 100, got '\(text)'")
            }
            gates.minPassRate = value
        }
        let color = try parsed.colorChoice()
        return Options(
            paths: parsed.positionals, scenario: parsed.values["scenario"], format: format, jobs: jobs, gates: gates,
            output: parsed.values["output"], reportDirectory: parsed.values["report-dir"], keepGoing: parsed.flags.contains("keep-going"),
            rubrics: parsed.values["rubrics"], color: color, progress: !parsed.flags.contains("no-progress"))
    }

    /// `--report-dir`: creates the directory if missing and writes every answer's page, then
    /// `index.html`, each atomically.
    static func writeReportDirectory(_ result: BatchResult, to directory: String, environment: Environment) throws(CLIError) {
        try FileOutput.makeDirectory(directory, environment: environment)
        for file in HTMLReportSet.files(for: result) {
            try FileOutput.write(file.contents, to: (directory as NSString).appendingPathComponent(file.name), environment: environment)
        }
    }

    static func append(_ text: String, to path: String) throws(CLIError) {
        do {
            if !FileManager.default.fileExists(atPath: path) {
                try Data().write(to: URL(fileURLWithPath: path))
            }
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw CLIError("\(path): cannot append the step summary (\(error.localizedDescription))")
        }
    }
}
