/// Writes a batch for a person at a terminal: a table with one row per answer, then why
/// answers failed, errors, skipped paths, totals with the gates, and a chart of the scores.
///
/// Paths, messages and rule titles go through ``TerminalEscaping``, so a file name holding
/// an escape sequence or a line break cannot disturb the terminal or the table.
public struct BatchTextReporter: Sendable {
    /// Whether to use ANSI colours (the CLI decides: only on a terminal, never with NO_COLOR).
    public var color: Bool
    /// How many gaps the table shows per answer, heaviest first.
    public var topGaps: Int

    /// Creates the reporter.
    public init(color: Bool = false, topGaps: Int = 2) {
        self.color = color
        self.topGaps = topGaps
    }

    /// The report text, ending in a newline.
    public func render(_ result: BatchResult) -> String {
        var out = ""
        if result.items.isEmpty {
            out += "No answers to grade.\n"
        } else {
            out += table(result)
        }

        let failing = result.failing
        if !failing.isEmpty {
            out += "\n" + bold("Failed (\(failing.count))") + "\n"
            for item in failing { out += "  \(safe(item.path)): \(safe(item.failureSummary()))\n" }
        }
        let errors = result.errors
        if !errors.isEmpty {
            out += "\n" + bold("Errors (\(errors.count))") + "\n"
            for item in errors { out += "  \(safe(item.path)): \(safe(item.error ?? ""))\n" }
        }
        if !result.skipped.isEmpty {
            out += "\n" + bold("Skipped (\(result.skipped.count))") + "\n"
            for skipped in result.skipped { out += "  \(safe(skipped.path)): \(safe(skipped.reason))\n" }
        }

        out += "\n" + bold("Totals") + "\n"
        let counts: [(String, Int)] = [
            ("graded", result.graded.count), ("passed", result.passing.count), ("failed", result.failing.count),
            ("errors", result.errors.count), ("skipped", result.skipped.count),
        ]
        out += "  " + counts.map { "\($0.0) \($0.1)" }.joined(separator: "  ·  ") + "\n"
        out += "  mean score \(BatchFigures.oneDecimal(result.meanScore))  ·  pass rate \(BatchFigures.percent(result.passRate))\n"
        let gates = result.hasGates ? paint(result.gatesVerdict, result.meetsGates ? 32 : 31) : result.gatesVerdict
        out += "  gates: \(gates)\n"
        out += "  bands: " + result.bandCounts.map { "\($0.band.rawValue) \($0.count)" }.joined(separator: "  ·  ") + "\n"

        if !result.graded.isEmpty {
            out += "\n" + bold("Score distribution") + "\n"
            let buckets = result.scoreBuckets
            let largest = buckets.map(\.count).max() ?? 0
            for bucket in buckets {
                let bar = bucket.bar(largest: largest)
                out += "  " + pad(bucket.label, 7) + " " + String(bucket.count).leftPadded(3) + (bar.isEmpty ? "" : " " + bar) + "\n"
            }
        }
        return out
    }

    private func table(_ result: BatchResult) -> String {
        let header = ["FILE", "SCENARIO", "SCORE", "BAND", "RESULT", "TOP GAPS"]
        let rows: [[String]] = result.items.map { item in
            let path = safe(item.path)
            guard let report = item.report else { return [path, "-", "-", "-", "ERROR", ""] }
            let gaps = item.topGapTitles(topGaps).map(safe).joined(separator: "; ")
            return [
                path, safe(report.scenario), BatchFigures.oneDecimal(report.score), report.band.rawValue,
                item.passed ? "pass" : "FAIL", gaps.isEmpty ? "-" : gaps,
            ]
        }
        // Widths from the plain text: colour codes take no room on screen.
        var widths = header.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        var out = bold(line(header, widths: widths)) + "\n"
        for (row, item) in zip(rows, result.items) {
            out += line(row, widths: widths, item: item) + "\n"
        }
        return out
    }

    /// One table row: the score right-aligned, the last column unpadded, colour (when on)
    /// around the text only, so padding and trimming work on what shows on screen.
    private func line(_ cells: [String], widths: [Int], item: BatchItem? = nil) -> String {
        var out = ""
        for (column, cell) in cells.enumerated() {
            let padding = String(repeating: " ", count: max(0, widths[column] - cell.count))
            var text = cell
            if let item {
                if column == 3, let band = item.report?.band { text = paintBand(band, text) }
                if column == 4 { text = paint(text, item.resultLabel == "pass" ? 32 : 31) }
            }
            if column > 0 { out += "  " }
            if column == 2 {
                out += padding + text
            } else if column < cells.count - 1 {
                out += text + padding
            } else {
                out += text
            }
        }
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    private func safe(_ text: String) -> String {
        TerminalEscaping.line(text)
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private func paintBand(_ band: Band, _ text: String) -> String {
        switch band {
        case .strong: return paint(text, 32)
        case .solid: return paint(text, 36)
        case .developing: return paint(text, 33)
        case .needsWork: return paint(text, 31)
        }
    }

    private func paint(_ text: String, _ code: Int) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func bold(_ text: String) -> String {
        color ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
}

extension String {
    /// The string right-aligned in `width` characters.
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
