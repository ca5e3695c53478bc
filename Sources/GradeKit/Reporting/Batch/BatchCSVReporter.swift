/// Writes a batch as CSV (RFC 4180) for a spreadsheet: one row per answer.
///
/// Columns: `file`, `scenario`, `score` (one decimal), `band`, `result` (`pass`, `fail` or
/// `error`), `error` (the message, for an answer that could not be graded), then one column
/// per rule id holding that rule's status (`addressed`, `mentioned`, `missing`). The rule
/// columns are the union over the scenarios in the batch, ordered by scenario id and then
/// rubric order, each id once (so general rules come after the first scenario's own rules);
/// a cell is blank where the rule is not part of that answer's scenario, and every rule cell
/// is blank for an error row.
///
/// The header comes first. Rows end in LF, not the CRLF of RFC 4180: every spreadsheet and
/// CSV library reads LF, and it keeps the output diffable on every platform; line breaks
/// inside a quoted cell are kept as they are. Every cell goes through ``CSVEscaping``, so
/// answer text can neither break the table nor be run as a formula.
public struct BatchCSVReporter: Sendable {
    /// Creates the reporter.
    public init() {}

    /// The CSV text: header, then one row per answer in the batch's order, each ending in LF.
    public func render(_ result: BatchResult) -> String {
        let ruleIDs = Self.ruleColumns(of: result)
        // Each rule's column, looked up once per verdict rather than hashing every column
        // of every row into a dictionary of the row's statuses.
        let columns = Dictionary(ruleIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var out: [UInt8] = []
        CSVEscaping.append(row: ["file", "scenario", "score", "band", "result", "error"] + ruleIDs, to: &out)
        out.append(UInt8(ascii: "\n"))
        for item in result.items {
            var cells = [item.path]
            if let report = item.report {
                var statuses = [String](repeating: "", count: ruleIDs.count)
                for verdict in report.rules {
                    if let column = columns[verdict.rule.id] { statuses[column] = verdict.status.rawValue }
                }
                cells += [report.scenario, BatchFigures.oneDecimal(report.score), report.band.rawValue, item.resultLabel, ""]
                cells += statuses
            } else {
                cells += ["", "", "", item.resultLabel, item.error ?? ""]
                cells += ruleIDs.map { _ in "" }
            }
            CSVEscaping.append(row: cells, to: &out)
            out.append(UInt8(ascii: "\n"))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Rule ids of every scenario graded in the batch: by scenario id, then rubric order,
    /// each once.
    static func ruleColumns(of result: BatchResult) -> [String] {
        // Every report of a scenario normally has the same rules; walking them all keeps a
        // column for a rule only some of them carry.
        let byScenario = Dictionary(grouping: result.graded.compactMap(\.report), by: \.scenario)
        var seen: Set<String> = []
        var columns: [String] = []
        for scenario in byScenario.keys.sorted() {
            for report in byScenario[scenario] ?? [] {
                for verdict in report.rules where seen.insert(verdict.rule.id).inserted {
                    columns.append(verdict.rule.id)
                }
            }
        }
        return columns
    }
}
