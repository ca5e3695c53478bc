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
        default:
            return try GradeCommand.run(arguments, environment: environment)
        }
    }

    /// Loads the built-in rubrics, or those in `directory`.
    static func loadRubrics(_ directory: String?, environment: Environment) throws(CLIError) -> RubricSet {
        do {
            if let directory {
                let full = directory.hasPrefix("/") ? directory : environment.currentDirectory + "/" + directory
                return try RubricLoader.load(directory: full)
            }
            return try RubricLoader.builtin()
        } catch {
            var located = error
            if let directory, !directory.hasPrefix("/"), located.file.hasPrefix(environment.currentDirectory + "/") {
                located.file = String(located.file.dropFirst(environment.currentDirectory.count + 1))
            }
            throw CLIError(located.description)
        }
    }
}
