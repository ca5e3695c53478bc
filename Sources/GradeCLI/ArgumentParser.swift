import GradeKit

/// A small command-line parser: long and short options with or without values
/// (`--format json`, `--format=json`, `-f json`), flags, positionals, and `--` to end options.
struct ArgumentParser {
    /// One option a command accepts.
    struct Option {
        var long: String
        var short: Character?
        var takesValue: Bool
    }

    /// The parsed command line.
    struct Parsed {
        var values: [String: String] = [:]
        var flags: Set<String> = []
        var positionals: [String] = []
    }

    let options: [Option]

    func parse(_ arguments: [String]) throws(CLIError) -> Parsed {
        var parsed = Parsed()
        var i = 0
        var onlyPositionals = false
        while i < arguments.count {
            let argument = arguments[i]
            i += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            let option: Option
            var inlineValue: String?
            if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                let name: Substring
                if let equals = body.firstIndex(of: "=") {
                    name = body[..<equals]
                    inlineValue = String(body[body.index(after: equals)...])
                } else {
                    name = body
                }
                guard let found = options.first(where: { $0.long == name }) else {
                    throw CLIError("unknown option '--\(name)'\(suggestion(for: String(name)))", showHelpHint: true)
                }
                option = found
            } else {
                let letters = Array(argument.dropFirst())
                guard letters.count == 1, let found = options.first(where: { $0.short == letters[0] }) else {
                    throw CLIError("unknown option '\(argument)'", showHelpHint: true)
                }
                option = found
            }
            if option.takesValue {
                if let inlineValue {
                    parsed.values[option.long] = inlineValue
                } else {
                    guard i < arguments.count else { throw CLIError("option '--\(option.long)' needs a value", showHelpHint: true) }
                    parsed.values[option.long] = arguments[i]
                    i += 1
                }
            } else {
                guard inlineValue == nil else { throw CLIError("option '--\(option.long)' takes no value") }
                parsed.flags.insert(option.long)
            }
        }
        return parsed
    }

    private func suggestion(for name: String) -> String {
        let close = options.map(\.long).min { a, b in distance(name, a) < distance(name, b) }
        guard let close, distance(name, close) <= 2 else { return "" }
        return "; did you mean '--\(close)'?"
    }

    private func distance(_ a: String, _ b: String) -> Int {
        EditDistance.levenshtein(a, b)
    }
}
