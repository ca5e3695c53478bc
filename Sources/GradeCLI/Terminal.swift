/// Decides whether to colour output: only on a terminal, never with `NO_COLOR` set or
/// `TERM=dumb`, unless the user asked with `--color always`.
struct Terminal {
    enum ColorChoice: String, CaseIterable {
        case auto, always, never
    }

    static func useColor(_ choice: ColorChoice, stream: OutputStream, variables: [String: String]) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = variables["NO_COLOR"], !noColor.isEmpty { return false }
            if variables["TERM"] == "dumb" { return false }
            return stream.isTerminal
        }
    }
}
