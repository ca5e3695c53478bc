/// Renders a scenario's prompt and rubric for `grade show`: a readable page for people, or
/// the resolved rubric as a rubric file for tools.
public struct RubricReporter: Sendable {
    /// How many concepts the table shows per rule.
    public static let keyConcepts = 3
    /// Longest rule title the table shows in full; longer ones are cut with an ellipsis.
    public static let titleWidth = 48

    /// Creates a reporter.
    public init() {}

    /// The situation, the tasks, and a table of the rules (the scenario's, then the general
    /// ones every scenario shares): section, title, weight, whether required, key concepts.
    public func text(_ rubric: Rubric, in set: RubricSet) -> String {
        var out = ""
        let source = set.sources[rubric.id].map { "  ·  \($0)" } ?? ""
        out += line("\(rubric.title) (\(rubric.id))  ·  scenario \(rubric.number)\(source)") + "\n"
        out += "\nThe Situation\n"
        for text in rubric.situation.split(separator: "\n", omittingEmptySubsequences: false) {
            out += text.isEmpty ? "\n" : "  " + line(String(text)) + "\n"
        }
        out += "\nYour Task\n"
        for (index, task) in rubric.tasks.enumerated() { out += "  \(index + 1). \(line(task))\n" }
        let rules = set.rules(for: rubric)
        let total = rules.reduce(0) { $0 + $1.weight }
        let general = set.general.isEmpty ? "" : " + \(set.general.count) general"
        out += "\nRubric: \(rubric.rules.count) rules\(general), total weight \(total.formatted)\n"
        let header = ["Section", "Rule", "Weight", "Required", "Key concepts"]
        let rows = rules.map { rule in
            [line(rule.section), Self.cut(line(rule.title)), rule.weight.formatted, rule.required ? "yes" : "", concepts(rule)]
        }
        let widths = (0..<header.count).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            var cells: [String] = []
            for (column, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                // Weights line up on the right, like numbers in a table should.
                cells.append(column == 2 ? padding + cell : (column == row.count - 1 ? cell : cell + padding))
            }
            out += "  " + cells.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        return out
    }

    /// The resolved rubric as a rubric file (general rules are not part of it: they live in
    /// `general.json` and apply to every scenario), so the output can be saved and loaded.
    public func json(_ rubric: Rubric) -> String {
        RubricEncoder.encode(rubric)
    }

    private func concepts(_ rule: Rule) -> String {
        let shown = rule.concepts.prefix(Self.keyConcepts).map(line).joined(separator: ", ")
        let more = rule.concepts.count - min(rule.concepts.count, Self.keyConcepts)
        return more > 0 ? "\(shown) (+\(more) more)" : shown
    }

    private func line(_ text: String) -> String {
        TerminalEscaping.line(text)
    }

    static func cut(_ title: String) -> String {
        title.count <= titleWidth ? title : String(title.prefix(titleWidth - 1)) + "…"
    }
}
