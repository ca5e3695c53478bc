import Foundation
import GradeKit

/// `grade scenarios`: lists the scenarios with their numbers, ids and titles.
enum ScenariosCommand {
    static let parser = ArgumentParser(options: [
        .init(long: "format", short: "f", takesValue: true),
        .init(long: "rubrics", short: nil, takesValue: true),
        .init(long: "help", short: "h", takesValue: false),
    ])

    static func run(_ arguments: [String], environment: Environment) throws(CLIError) -> ExitCode {
        let parsed = try parser.parse(arguments)
        if parsed.flags.contains("help") {
            environment.stdout.write(HelpText.scenarios)
            return .success
        }
        guard parsed.positionals.isEmpty else {
            throw CLIError("'grade scenarios' takes no arguments, got: \(parsed.positionals.joined(separator: " "))")
        }
        let format = parsed.values["format"]?.lowercased() ?? "text"
        guard format == "text" || format == "json" else {
            throw CLIError("unknown format '\(format)' for scenarios (expected text or json)")
        }
        let rubrics = try CLI.loadRubrics(parsed.values["rubrics"], environment: environment)
        if format == "json" {
            let list = JSONOutput.array(
                rubrics.scenarios.map { rubric in
                    .object([
                        ("id", .string(rubric.id)), ("number", .int(rubric.number)), ("title", .string(rubric.title)),
                        ("rules", .int(rubrics.rules(for: rubric).count)),
                    ])
                })
            environment.stdout.write(JSONWriter.write(list) + "\n")
            return .success
        }
        let idWidth = rubrics.scenarios.map(\.id.count).max() ?? 0
        for rubric in rubrics.scenarios {
            let padded = rubric.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            environment.stdout.write("\(rubric.number)  \(padded)  \(rubric.title) (\(rubrics.rules(for: rubric).count) rules)\n")
        }
        return .success
    }
}
