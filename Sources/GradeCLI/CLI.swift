import Foundation
import GradeKit

/// The `grade` command line: picks the subcommand, runs it, and turns every error into one
/// line on standard error and an exit status. It never calls `exit()`, so tests run it
/// in-process.
public enum CLI {
    /// The tool's version.
    public static let version = "0.1.0"

    /// Runs `grade` with `arguments` (without the program name) and returns the exit status.
    public static func run(_ arguments: [String], environment: Environment) -> Int32 {
        do {
            return try dispatch(arguments, environment: environment).rawValue
        } catch {
            environment.stderr.write("grade: \(error.message)\n")
            if error.showHelpHint { environment.stderr.write("Run 'grade --help' for usage.\n") }
            return ExitCode.usageOrInput.rawValue
        }
    }

    private static func dispatch(_ arguments: [String], environment: Environment) throws(CLIError) -> ExitCode {
        guard let first = arguments.first else {
            environment.stderr.write(HelpText.main)
            return .usageOrInput
        }
        switch first {
        case "--help", "-h", "help":
            let topic = arguments.dropFirst().first
            switch topic {
            case "scenarios": environment.stdout.write(HelpText.scenarios)
            case "batch": environment.stdout.write(HelpText.batch)
            case "calibrate": environment.stdout.write(HelpText.calibrate)
            case "lint": environment.stdout.write(HelpText.lint)
            case "import": environment.stdout.write(HelpText.importing)
            case "show": environment.stdout.write(HelpText.show)
            default: environment.stdout.write(HelpText.main)
            }
            return .success
        case "--version", "-V", "version":
            environment.stdout.write("grade \(version)\n")
            return .success
        case "batch":
            return try BatchCommand.run(Array(arguments.dropFirst()), environment: environment)
        case "calibrate":
            return try CalibrateCommand.run(Array(arguments.dropFirst()), environment: environment)
        case "scenarios":
            return try ScenariosCommand.run(Array(arguments.dropFirst()), environment: environment)
        case "lint":
            return try LintCommand.run(Array(arguments.dropFirst()), environment: environment)
        case "import":
            return try ImportCommand.run(Array(arguments.dropFirst()), environment: environment)
        case "show":
            return try ShowCommand.run(Array(arguments.dropFirst()), environment: environment)
        default:
            return try GradeCommand.run(arguments, environment: environment)
        }
    }

    /// The environment variable naming a rubric directory when `--rubrics` is not given.
    static let rubricsVariable = "GRADE_RUBRICS"

    /// The built-in rubrics with those of `--rubrics <dir>` laid over them, or, without the
    /// option, those of `$GRADE_RUBRICS`: the option wins over the variable, and a directory's
    /// scenario wins over the built-in one with the same id.
    static func loadRubrics(_ flag: String?, environment: Environment) throws(CLIError) -> RubricSet {
        let variable = environment.variables[rubricsVariable].flatMap { $0.isEmpty ? nil : $0 }
        guard let directory = flag ?? variable else {
            do {
                return try RubricLoader.builtin()
            } catch {
                throw CLIError(error.description)
            }
        }
        do {
            return try RubricLoader.load(directory: environment.path(directory), display: directory)
        } catch {
            throw CLIError(error.description + (flag == nil ? " (from \(rubricsVariable))" : ""))
        }
    }
}

extension Environment {
    /// `path` resolved against the current directory.
    func path(_ path: String) -> String {
        path.hasPrefix("/") ? path : (currentDirectory as NSString).appendingPathComponent(path)
    }
}
