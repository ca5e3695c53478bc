/// Writes a graded answer for a person at a terminal: the score and band, every rule grouped
/// by section with its status and evidence, then the gaps with advice, heaviest first.
public struct TextReporter: Sendable {
    /// Whether to use ANSI colours (the CLI decides: only on a terminal, never with NO_COLOR).
    public var color: Bool
    /// Show every evidence item and why each counted, and negated matches (`--explain`).
    public var explain: Bool

    /// Creates the reporter.
    public init(color: Bool = false, explain: Bool = false) {
        self.color = color
        self.explain = explain
    }

    /// The report text, ending in a newline; with `comparison`, what changed since the
    /// baseline follows the score.
    public func render(_ report: GradeReport, comparison: BaselineComparison? = nil) -> String {
        var out = ""
        out += bold("\(report.scenarioTitle) (\(report.scenario))") + "  ·  \(report.file)\n"
        let summary = RuleStatus.allCases.map { "\(report.count($0)) \($0.rawValue)" }.joined(separator: " · ")
        out += "Score " + bold(String(format1(report.score))) + " / 100  " + bandLabel(report.band) + "   (\(summary))\n"
        for note in report.notes { out += dim("note: \(note)") + "\n" }
        if let comparison { out += changes(comparison, now: report.score) }

        for section in sections(of: report) {
            out += "\n" + bold(section) + "\n"
            for verdict in report.rules where verdict.rule.section == section {
                out += "  \(symbol(verdict.status)) \(verdict.rule.title)" + dim("  [\(verdict.status.rawValue), weight \(verdict.rule.weight.formatted)]") + "\n"
                // A rule that earned nothing because the answer rejects it says so, with the line.
                let shown = explain ? verdict.evidence : Array(verdict.evidence.prefix(1))
                for evidence in shown {
                    var line = "      line \(evidence.line): \(Snippet.around(evidence.matched, in: evidence.text))"
                    if !explain && evidence.role == .negated { line += "  (\(evidence.reason))" }
                    if explain {
                        line += "\n        concept \"\(evidence.concept)\" matched \"\(evidence.matched)\": \(evidence.role.rawValue), \(evidence.reason)"
                    }
                    out += dim(line) + "\n"
                }
            }
        }

        let gaps = report.gaps
        if !gaps.isEmpty {
            out += "\n" + bold("What to work on, heaviest first") + "\n"
            for (index, gap) in gaps.enumerated() {
                let gain = format1(report.scoreGain(gap))
                out += "  \(index + 1). \(gap.rule.title) — \(gap.status.rawValue), up to +\(gain) points (\(gap.rule.section))\n"
                out += "     \(gap.rule.feedback)\n"
            }
        }
        return out
    }

    private func sections(of report: GradeReport) -> [String] {
        ReportFigures.sections(of: report)
    }

    /// `Since prev.json: 40 → 70 (+30)  2 improved · 1 regressed · 2 unchanged`, then one
    /// line per rule that moved.
    private func changes(_ comparison: BaselineComparison, now: Double) -> String {
        let before = ReportFigures.score(comparison.baseline.score)
        let delta = ReportFigures.signed(comparison.scoreDelta)
        let counts = BaselineComparison.Change.allCases.compactMap { change in
            comparison.count(change) > 0 || change == .improved || change == .regressed ? "\(comparison.count(change)) \(change.rawValue)" : nil
        }
        var out = "Since \(comparison.baseline.source): \(before) → \(format1(now)) (\(paintDelta(delta, comparison.scoreDelta)))   "
        out += dim(counts.joined(separator: " · ")) + "\n"
        for change in comparison.changed {
            out += "  \(changeSymbol(change.change)) \(change.title)  " + dim(ReportFigures.movement(change)) + "\n"
        }
        return out
    }

    private func changeSymbol(_ change: BaselineComparison.Change) -> String {
        switch change {
        case .improved: return paint("↑", 32)
        case .regressed: return paint("↓", 31)
        case .unchanged: return "="
        case .added: return "+"
        case .removed: return "-"
        }
    }

    private func paintDelta(_ text: String, _ delta: Double) -> String {
        delta > 0 ? paint(text, 32) : delta < 0 ? paint(text, 31) : text
    }

    private func symbol(_ status: RuleStatus) -> String {
        switch status {
        case .addressed: return paint("✓", 32)
        case .mentioned: return paint("~", 33)
        case .missing: return paint("✗", 31)
        }
    }

    private func bandLabel(_ band: Band) -> String {
        switch band {
        case .strong: return paint(band.rawValue, 32)
        case .solid: return paint(band.rawValue, 36)
        case .developing: return paint(band.rawValue, 33)
        case .needsWork: return paint(band.rawValue, 31)
        }
    }

    private func format1(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded.formatted
    }

    private func paint(_ text: String, _ code: Int) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func bold(_ text: String) -> String {
        color ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    private func dim(_ text: String) -> String {
        color ? "\u{1B}[2m\(text)\u{1B}[0m" : text
    }
}
