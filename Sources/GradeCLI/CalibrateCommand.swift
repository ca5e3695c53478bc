import GradeKit

/// `grade calibrate <fixtures-dir>`: grades every hand-labelled answer and reports how well
/// the grader agrees with the labels; exits 1 when a `--min-*` threshold is not met.
enum CalibrateCommand {
    static let thresholds = ["min-agreement", "min-kappa", "min-f1", "min-spearman"]
    static let parser = ArgumentParser(
        options: [
            .init(long: "format", short: "f", takesValue: true),
            .init(long: "rubrics", short: nil, takesValue: true),
            .init(long: "help", short: "h", takesValue: false),
        ] + thresholds.map { .init(long: $0, short: nil, takesValue: true) })

    static func run(_ arguments: [String], environment: Environment) throws(CLIError) -> ExitCode {
        let parsed = try parser.parse(arguments)
        if parsed.flags.contains("help") {
            environment.stdout.write(HelpText.calibrate)
            return .success
        }
        guard parsed.positionals.count == 1, let directory = parsed.positionals.first else {
            throw CLIError("usage: grade calibrate <fixtures-dir> [--format text|json] [--min-kappa X] …", showHelpHint: true)
        }
        let format = parsed.values["format"]?.lowercased() ?? "text"
        guard format == "text" || format == "json" else {
            throw CLIError("unknown format '\(format)' for calibrate (expected text or json)")
        }
        var limits: [String: Double] = [:]
        for name in thresholds {
            guard let text = parsed.values[name] else { continue }
            guard let value = Double(text), value.isFinite, (-1...1).contains(value) else {
                throw CLIError("--\(name) expects a number from -1 to 1, got '\(text)'")
            }
            limits[name] = value
        }
        let rubrics = try CLI.loadRubrics(parsed.values["rubrics"], environment: environment)
        let calibration: Calibration
        do throws(RubricError) {
            let full = directory.hasPrefix("/") ? directory : environment.currentDirectory + "/" + directory
            let answers = try FixtureSet.load(directory: full)
            guard !answers.isEmpty else { throw RubricError(file: directory, location: nil, message: "no *.labels.json fixtures found") }
            calibration = try Calibration(answers: answers, grader: Grader(rubrics: rubrics))
        } catch {
            throw CLIError(error.description)
        }
        let reporter = CalibrationReporter()
        environment.stdout.write(format == "json" ? reporter.json(calibration) : reporter.text(calibration))

        let overall = calibration.overall
        let measured: [String: Double] = [
            "min-agreement": overall.exactAgreement, "min-kappa": overall.quadraticWeightedKappa,
            "min-f1": overall.addressedF1, "min-spearman": calibration.scoreRatingCorrelation,
        ]
        var failed = false
        for name in thresholds {
            guard let limit = limits[name], let value = measured[name], value < limit else { continue }
            environment.stderr.write("grade: calibration below threshold: \(name.dropFirst(4)) \(value) < \(limit)\n")
            failed = true
        }
        return failed ? .belowThreshold : .success
    }
}
