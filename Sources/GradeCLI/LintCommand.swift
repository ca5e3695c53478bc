import GradeKit

/// `grade lint [paths…]`: checks rubric files and reports every problem with its file, line
/// and column. Exits 2 on any error; warnings exit 0, or 1 with `--strict`.
enum LintCommand {
    static let parser = ArgumentParser(options: [
        .init(long: "format", short: "f", takesValue: true),
        .init(long: "strict", short: nil, takesValue: false),
        .init(long: "help", short: "h", takesValue: false),
    ])

    static func run(_ arguments: [String], environment: Environment) throws(CLIError) -> ExitCode {
        let parsed = try parser.parse(arguments)
        if parsed.flags.contains("help") {
            environment.stdout.write(HelpText.lint)
            return .success
        }
        let format = parsed.values["format"]?.lowercased() ?? "text"
        guard format == "text" || format == "json" else {
            throw CLIError("unknown format '\(format)' for lint (expected text or json)")
        }
        let linter = RubricLinter()
        let result =
            parsed.positionals.isEmpty
            ? linter.lintBuiltin() : linter.lint(paths: parsed.positionals, currentDirectory: environment.currentDirectory)
        let reporter = LintReporter()
        if format == "json" {
            environment.stdout.write(reporter.json(result))
        } else {
            environment.stdout.write(reporter.text(result))
            environment.stderr.write("grade lint: \(reporter.summary(result))\n")
        }
        if result.errorCount > 0 { return .usageOrInput }
        if result.warningCount > 0 && parsed.flags.contains("strict") { return .belowThreshold }
        return .success
    }
}
