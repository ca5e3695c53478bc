import GradeKit

/// `grade <answer.md> --scenario <id>`: grades one answer and prints a report.
enum GradeCommand {
    static let parser = ArgumentParser(options: [
        .init(long: "scenario", short: "s", takesValue: true),
        .init(long: "format", short: "f", takesValue: true),
        .init(long: "rubrics", short: nil, takesValue: true),
        .init(long: "fail-under", short: nil, takesValue: true),
        .init(long: "color", short: nil, takesValue: true),
        .init(long: "no-color", short: nil, takesValue: false),
        .init(long: "explain", short: "e", takesValue: false),
        .init(long: "baseline", short: "b", takesValue: true),
        .init(long: "output", short: "o", takesValue: true),
        .init(long: "help", short: "h", takesValue: false),
    ])

    struct Options {
        var answer: String
        var scenario: String
        var format: ReportFormat
        var rubrics: String?
        var failUnder: Double?
        var color: Terminal.ColorChoice
        var explain: Bool
        var baseline: String?
        var output: String?
    }

    static func run(_ arguments: [String], environment: Environment) throws(CLIError) -> ExitCode {
        let parsed = try parser.parse(arguments)
        if parsed.flags.contains("help") {
            environment.stdout.write(HelpText.main)
            return .success
        }
        let options = try validate(parsed)
        let rubrics = try CLI.loadRubrics(options.rubrics, environment: environment)
        let rubric: Rubric
        do {
            rubric = try rubrics.scenario(named: options.scenario)
        } catch {
            throw CLIError(error.description)
        }
        let baseline = try options.baseline.map { path throws(CLIError) in try BaselineReader(environment: environment).read(path) }
        let answer = try AnswerReader(environment: environment).read(options.answer)
        for warning in answer.warnings { environment.stderr.write("grade: warning: \(warning)\n") }

        let grader = Grader(rubrics: rubrics)
        let report = grader.grade(answer.text, file: options.answer, rubric: grader.compile(rubric))
        var comparison: BaselineComparison?
        if let baseline {
            do {
                comparison = try BaselineComparison(report: report, baseline: baseline)
            } catch {
                throw CLIError(error.description)
            }
        }
        let text: String
        switch options.format {
        case .text:
            let color = options.output == nil && Terminal.useColor(options.color, stream: environment.stdout, variables: environment.variables)
            text = TextReporter(color: color, explain: options.explain).render(report, comparison: comparison)
        case .json:
            text = JSONReporter().render(report, comparison: comparison)
        case .markdown:
            text = MarkdownReporter(explain: options.explain).render(report, comparison: comparison)
        case .html:
            text = HTMLReporter(explain: options.explain).render(report, comparison: comparison)
        }
        if let output = options.output {
            try FileOutput.write(text, to: output, environment: environment)
        } else {
            environment.stdout.write(text)
        }
        if let threshold = options.failUnder, report.score < threshold {
            environment.stderr.write("grade: score \(report.score.formattedScore) is below --fail-under \(threshold.formattedScore)\n")
            return .belowThreshold
        }
        return .success
    }

    static func validate(_ parsed: ArgumentParser.Parsed) throws(CLIError) -> Options {
        guard let answer = parsed.positionals.first else {
            throw CLIError("missing the answer file: grade <answer.md> --scenario <id> ('-' reads standard input)", showHelpHint: true)
        }
        guard parsed.positionals.count == 1 else {
            throw CLIError("expected one answer file, got \(parsed.positionals.count): \(parsed.positionals.joined(separator: " "))", showHelpHint: true)
        }
        guard let scenario = parsed.values["scenario"] else {
            throw CLIError("missing --scenario <id>; `grade scenarios` lists the ids", showHelpHint: true)
        }
        let formatName = parsed.values["format"] ?? "text"
        guard let format = ReportFormat(rawValue: formatName.lowercased()) else {
            throw CLIError("unknown format '\(formatName)' (expected one of: \(ReportFormat.names.joined(separator: ", ")))")
        }
        let failUnder = try parsed.failUnder()
        let color = try parsed.colorChoice()
        return Options(
            answer: answer, scenario: scenario, format: format, rubrics: parsed.values["rubrics"], failUnder: failUnder,
            color: color, explain: parsed.flags.contains("explain"), baseline: parsed.values["baseline"],
            output: parsed.values["output"])
    }
}

extension Double {
    /// A score as people write it: `72.5`, `80`.
    var formattedScore: String {
        self == rounded() ? String(Int(self)) : String((self * 10).rounded() / 10)
    }
}
