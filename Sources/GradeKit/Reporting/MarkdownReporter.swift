/// Writes a graded answer as GitHub-flavoured Markdown, for a pull request comment, an issue
/// or a candidate's notes (`grade answer.md -s x --format markdown`).
///
/// A title with the score and band, a line of counts, what changed since a baseline when
/// there is one, a coverage table per section, every rule grouped by section with its status
/// and the quoted evidence with line numbers, then "What would raise this score most": every
/// gap by the points it would add, with its advice, then the mentioned rules to expand on and
/// where the answer named them. Statuses carry a word as well as a symbol. Everything taken from the answer,
/// its path or the rubric goes through ``MarkdownEscaping``, so it shows as text: never HTML,
/// a link, an image or a table cell of its own.
public struct MarkdownReporter: Sendable {
    /// Show every evidence item with the concept it matched and why it counted (`--explain`).
    public var explain: Bool
    /// Characters of an evidence sentence shown around the matched words.
    public var snippetWidth: Int

    /// Creates the reporter.
    public init(explain: Bool = false, snippetWidth: Int = 200) {
        self.explain = explain
        self.snippetWidth = snippetWidth
    }

    /// The Markdown text, ending in a newline.
    public func render(_ report: GradeReport, comparison: BaselineComparison? = nil) -> String {
        var out = "# \(escape(report.scenarioTitle)): \(ReportFigures.score(report.score)) / 100 · \(report.band.rawValue)\n\n"
        let counts = RuleStatus.allCases.map { "\(Self.symbol($0)) \(report.count($0)) \($0.rawValue)" }
        out += "**Answer** \(escape(report.file)) · **Scenario** \(escape(report.scenario)) · \(report.wordCount) words · "
        out += counts.joined(separator: " · ") + "\n"
        for note in report.notes { out += "\n> **Note:** \(escape(note))\n" }
        if let comparison { out += changes(comparison, now: report.score) }
        out += coverage(report)
        out += rules(report)
        out += advice(report)
        return out
    }

    /// ✅ ❌ and 🟡: a symbol GitHub shows in colour; the word is always written beside it.
    static func symbol(_ status: RuleStatus) -> String {
        switch status {
        case .addressed: return "✅"
        case .mentioned: return "🟡"
        case .missing: return "❌"
        }
    }

    private func changes(_ comparison: BaselineComparison, now: Double) -> String {
        var out = "\n## Since the baseline\n\n"
        out += "Score \(ReportFigures.score(comparison.baseline.score)) → \(ReportFigures.score(now)) "
        out += "(**\(ReportFigures.signed(comparison.scoreDelta))**) since \(escape(comparison.baseline.source))"
        if !comparison.baseline.answer.isEmpty { out += " (\(escape(comparison.baseline.answer)))" }
        let counts = BaselineComparison.Change.allCases.filter { comparison.count($0) > 0 }
            .map { "\(comparison.count($0)) \($0.rawValue)" }
        out += ": " + counts.joined(separator: ", ") + ".\n"
        let changed = comparison.changed
        guard !changed.isEmpty else { return out + "\nNo rule changed status.\n" }
        out += "\n| Change | Rule | Before | Now |\n| --- | --- | --- | --- |\n"
        for change in changed {
            let label: String
            switch change.change {
            case .improved: label = "⬆️ improved"
            case .regressed: label = "⬇️ regressed"
            case .unchanged: label = "unchanged"
            case .added: label = "new rule"
            case .removed: label = "removed rule"
            }
            let before = change.before.map { "\(Self.symbol($0)) \($0.rawValue)" } ?? "–"
            let after = change.after.map { "\(Self.symbol($0)) \($0.rawValue)" } ?? "–"
            out += "| \(label) | \(escape(change.title)) | \(before) | \(after) |\n"
        }
        return out
    }

    private func coverage(_ report: GradeReport) -> String {
        var out = "\n## Coverage by section\n\n"
        out += "| Section | Rules | ✅ Addressed | 🟡 Mentioned | ❌ Missing | Points | Coverage |\n"
        out += "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        for section in SectionCoverage.of(report) {
            out += "| \(escape(section.section)) | \(section.rules) | \(section.addressed) | \(section.mentioned) | \(section.missing) | "
            out += "\(ReportFigures.score(section.points)) of \(ReportFigures.score(section.weight)) | \(ReportFigures.percent(section.share)) |\n"
        }
        let total = report.totalWeight
        let earned = report.rules.reduce(0) { $0 + $1.points }
        out += "| **All** | \(report.rules.count) | \(report.count(.addressed)) | \(report.count(.mentioned)) | \(report.count(.missing)) | "
        out += "\(ReportFigures.score(earned)) of \(ReportFigures.score(total)) | \(ReportFigures.percent(total > 0 ? earned / total : 0)) |\n"
        return out
    }

    private func rules(_ report: GradeReport) -> String {
        var out = "\n## Rules\n"
        for section in ReportFigures.sections(of: report) {
            out += "\n### \(escape(section))\n\n"
            for verdict in report.rules where verdict.rule.section == section {
                out += "- \(Self.symbol(verdict.status)) **\(escape(verdict.rule.title))** — \(verdict.status.rawValue), "
                out += "weight \(ReportFigures.score(verdict.rule.weight))\n"
                for evidence in ReportFigures.evidence(for: verdict, explain: explain) {
                    out += "  - " + quote(evidence)
                    if explain {
                        out += " — concept “\(escape(evidence.concept))” matched “\(escape(evidence.matched))”: "
                        out += "\(evidence.role.rawValue), \(escape(evidence.reason))"
                    } else if evidence.role == .negated {
                        out += " (negated: earns nothing)"
                    } else if evidence.role == .mention {
                        out += " (named only)"
                    }
                    out += "\n"
                }
            }
        }
        return out
    }

    /// Every gap by the points it would add, with its advice; then the mentioned rules and
    /// where the answer named them, to expand on.
    private func advice(_ report: GradeReport) -> String {
        var out = "\n## What would raise this score most\n\n"
        let gaps = report.gaps
        guard !gaps.isEmpty else { return out + "Nothing: every rule is addressed.\n" }
        for (index, gap) in gaps.enumerated() {
            out += "\(index + 1). **\(escape(gap.rule.title))** +\(ReportFigures.score(report.scoreGain(gap))) points · "
            out += "\(Self.symbol(gap.status)) \(gap.status.rawValue) · \(escape(gap.rule.section))\\\n"
            out += "   \(escape(gap.rule.feedback))\n"
        }
        let expand = ReportFigures.toExpand(report)
        if !expand.isEmpty {
            out += "\n### Expand on what you only mentioned\n\n"
            for (verdict, named) in expand {
                out += "- **\(escape(verdict.rule.title))**"
                if let named { out += ": named on \(quote(named))" }
                out += "\n"
            }
        }
        return out
    }

    /// `line 12: “…”`, the sentence cut around the matched words.
    private func quote(_ evidence: Evidence) -> String {
        "line \(evidence.line): “\(escape(Snippet.around(evidence.matched, in: evidence.text, width: snippetWidth)))”"
    }

    private func escape(_ text: String) -> String {
        MarkdownEscaping.escape(text)
    }
}
