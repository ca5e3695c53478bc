/// Option values several commands share, validated the same way everywhere.
extension ArgumentParser.Parsed {
    /// `--fail-under`: a score from 0 to 100, when given.
    func failUnder() throws(CLIError) -> Double? {
        guard let text = values["fail-under"] else { return nil }
        guard let value = Double(text), value.isFinite, (0...100).contains(value) else {
            throw CLIError("--fail-under expects a score from 0 to 100, got '\(text)'")
        }
        return value
    }

    /// `--color auto|always|never` and `--no-color`.
    func colorChoice() throws(CLIError) -> Terminal.ColorChoice {
        if flags.contains("no-color") { return .never }
        guard let text = values["color"] else { return .auto }
        guard let choice = Terminal.ColorChoice(rawValue: text.lowercased()) else {
            throw CLIError("--color expects auto, always or never, got '\(text)'")
        }
        return choice
    }
}
