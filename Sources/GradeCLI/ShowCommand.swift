import GradeKit

/// `grade show <scenario>`: the prompt and the rubric of a scenario, as the grader sees it
/// (custom directories and `extends` resolved).
enum ShowCommand {
    static let parser = ArgumentParser(options: [
        .init(long: "format", short: "f", takesValue: true),
        .init(long: "rubrics", short: nil, takesValue: true),
        .init(long: "help", short: "h", takesValue: false),
    ])

    static func run(_ arguments: [String], environment: Environment) throws(CLIError) -> ExitCode {
        let parsed = try parser.parse(arguments)
        if parsed.flags.contains("help") {
            environment.stdout.write(HelpText.show)
            return .success
        }
        guard parsed.positionals.count == 1, let name = parsed.positionals.first else {
            throw CLIError("usage: grade show <scenario> [--format text|json] [--rubrics DIR]", showHelpHint: true)
        }
        let format = parsed.values["format"]?.lowercased() ?? "text"
        guard format == "text" || format == "json" else {
            throw CLIError("unknown format '\(format)' for show (expected text or json)")
        }
        let rubrics = try CLI.loadRubrics(parsed.values["rubrics"], environment: environment)
        let rubric: Rubric
        do {
            rubric = try rubrics.scenario(named: name)
        } catch {
            throw CLIError(error.description)
        }
        let reporter = RubricReporter()
        environment.stdout.write(format == "json" ? reporter.json(rubric) : reporter.text(rubric, in: rubrics))
        return .success
    }
}
