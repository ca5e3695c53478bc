/// Writes a graded answer as one self-contained HTML page (`--format html`, and each answer's
/// page under `grade batch --report-dir`).
///
/// The page holds a score gauge, what changed since a baseline when there is one, a bar chart
/// and table of coverage per section, every rule with a status chip (symbol and word) and its
/// evidence with line numbers and the matched words marked, and "What would raise this score
/// most". Styles and charts are inline; there is no script and nothing is fetched, so the file
/// works offline, can be mailed or attached to CI, and prints cleanly. Everything from the
/// answer, its path or the rubric goes through ``HTMLEscaping``, so it shows as text.
public struct HTMLReporter: Sendable {
    /// Show every evidence item with the concept it matched and why it counted (`--explain`).
    public var explain: Bool
    /// A link back to a page listing the cohort (`index.html` beside a batch's pages), if any.
    public var indexLink: String?
    /// Characters of an evidence sentence shown around the matched words.
    public var snippetWidth: Int

    /// Creates the reporter.
    public init(explain: Bool = false, indexLink: String? = nil, snippetWidth: Int = 300) {
        self.explain = explain
        self.indexLink = indexLink
        self.snippetWidth = snippetWidth
    }

    /// The HTML document, ending in a newline.
    public func render(_ report: GradeReport, comparison: BaselineComparison? = nil) -> String {
        let title = "\(report.scenarioTitle): \(ReportFigures.score(report.score)) / 100 (\(report.band.rawValue)) · \(report.file)"
        var body = ""
        if let indexLink {
            body += "<p class=\"crumb\"><a href=\"\(HTMLEscaping.attribute(indexLink))\">← All answers</a></p>\n"
        }
        body += hero(report, comparison: comparison)
        if !report.notes.isEmpty {
            body += "<section class=\"card\" aria-labelledby=\"notes\">\n<h2 id=\"notes\">Notes</h2>\n"
            for note in report.notes { body += "<p class=\"note\">\(text(note))</p>\n" }
            body += "</section>\n"
        }
        if let comparison { body += changes(comparison, now: report.score) }
        body += coverage(report)
        body += rules(report)
        body += advice(report)
        body += "<footer>Graded by grade against the \(text(report.scenario)) rubric. Line numbers refer to the answer file.</footer>"
        return HTMLPage.document(title: text(title), body: body)
    }

    private func hero(_ report: GradeReport, comparison: BaselineComparison?) -> String {
        var out = "<header class=\"card hero\">\n" + SVGChart.gauge(score: report.score, band: report.band) + "\n"
        out += "<div class=\"hero-text\">\n"
        out += "<p class=\"eyebrow\">grade report · scenario \(text(report.scenario))</p>\n"
        out += "<h1>\(text(report.scenarioTitle))</h1>\n"
        out += "<p class=\"meta\">\(HTMLPage.path(report.file)) · \(report.wordCount) words</p>\n"
        out += "<p class=\"scoreline\"><strong>Score \(ReportFigures.score(report.score)) / 100</strong> "
        out += "<span class=\"band band-\(SVGChart.bandClass(report.band))\">\(report.band.rawValue)</span>"
        if let comparison {
            out += " " + delta(comparison)
        }
        out += "</p>\n<ul class=\"counts\">"
        for status in RuleStatus.allCases {
            out += "<li>" + HTMLPage.chip(status, text: "\(report.count(status)) \(status.rawValue)") + "</li>"
        }
        out += "</ul>\n"
        if !report.gaps.isEmpty {
            out += "<p class=\"jump\"><a href=\"#advice\">What would raise this score most ↓</a></p>\n"
        }
        out += "</div>\n</header>\n"
        return out
    }

    /// `▲ +23.4 since previous.json`, with the direction in a symbol and a word as well as colour.
    private func delta(_ comparison: BaselineComparison) -> String {
        let signed = ReportFigures.signed(comparison.scoreDelta)
        let since = "since " + text(comparison.baseline.source)
        if comparison.scoreDelta > 0 {
            return "<span class=\"delta delta-up\"><span aria-hidden=\"true\">▲</span> up \(signed) \(since)</span>"
        }
        if comparison.scoreDelta < 0 {
            return "<span class=\"delta delta-down\"><span aria-hidden=\"true\">▼</span> down \(signed) \(since)</span>"
        }
        return "<span class=\"delta\">unchanged \(since)</span>"
    }

    private func changes(_ comparison: BaselineComparison, now: Double) -> String {
        var out = "<section class=\"card\" aria-labelledby=\"baseline\">\n<h2 id=\"baseline\">Since the baseline</h2>\n"
        out += "<p>Score \(ReportFigures.score(comparison.baseline.score)) → <strong>\(ReportFigures.score(now))</strong> "
        out += "(\(ReportFigures.signed(comparison.scoreDelta)) points) since \(HTMLPage.path(comparison.baseline.source))"
        if !comparison.baseline.answer.isEmpty { out += " (\(HTMLPage.path(comparison.baseline.answer)))" }
        let counts = BaselineComparison.Change.allCases.filter { comparison.count($0) > 0 }.map { "\(comparison.count($0)) \($0.rawValue)" }
        out += ": " + counts.joined(separator: ", ") + ".</p>\n"
        let changed = comparison.changed
        guard !changed.isEmpty else { return out + "<p>No rule changed status.</p>\n</section>\n" }
        out += "<div class=\"table-wrap\"><table class=\"stack\">\n<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Change</th>"
        out += "<th scope=\"col\">Before</th><th scope=\"col\">Now</th></tr></thead>\n<tbody>\n"
        for change in changed {
            let label: String
            switch change.change {
            case .improved: label = "<span class=\"delta delta-up\"><span aria-hidden=\"true\">▲</span> improved</span>"
            case .regressed: label = "<span class=\"delta delta-down\"><span aria-hidden=\"true\">▼</span> regressed</span>"
            case .unchanged: label = "unchanged"
            case .added: label = "new rule"
            case .removed: label = "removed rule"
            }
            out += "<tr><th scope=\"row\">\(text(change.title))</th><td class=\"block\">\(label)</td>"
            out += "<td>\(change.before.map { HTMLPage.chip($0) } ?? "–")</td>"
            out += "<td class=\"after\">\(change.after.map { HTMLPage.chip($0) } ?? "–")</td></tr>\n"
        }
        out += "</tbody>\n</table></div>\n</section>\n"
        return out
    }

    private func coverage(_ report: GradeReport) -> String {
        let sections = SectionCoverage.of(report)
        var out = "<section class=\"card\" aria-labelledby=\"coverage\">\n<h2 id=\"coverage\">Coverage by section</h2>\n"
        out += "<div class=\"figure\">" + SVGChart.coverage(sections) + "\n" + HTMLPage.legend + "</div>\n"
        out += "<div class=\"table-wrap\"><table class=\"stack\">\n<thead><tr><th scope=\"col\">Section</th>"
        out += "<th scope=\"col\" class=\"num\">Addressed</th><th scope=\"col\" class=\"num\">Mentioned</th>"
        out += "<th scope=\"col\" class=\"num\">Missing</th><th scope=\"col\" class=\"num\">Points</th><th scope=\"col\" class=\"num\">Coverage</th></tr></thead>\n<tbody>\n"
        for section in sections {
            out += "<tr><th scope=\"row\">\(text(section.section))</th>"
            out += "<td class=\"num\" data-label=\"addressed\">\(section.addressed)</td><td class=\"num\" data-label=\"mentioned\">\(section.mentioned)</td>"
            out += "<td class=\"num\" data-label=\"missing\">\(section.missing)</td>"
            out += "<td class=\"num\" data-label=\"points\">\(ReportFigures.score(section.points)) of \(ReportFigures.score(section.weight))</td>"
            out += "<td class=\"num\" data-label=\"coverage\">\(ReportFigures.percent(section.share))</td></tr>\n"
        }
        let total = report.totalWeight
        let earned = report.rules.reduce(0) { $0 + $1.points }
        out += "</tbody>\n<tfoot><tr><th scope=\"row\">All sections</th>"
        out += "<td class=\"num\" data-label=\"addressed\">\(report.count(.addressed))</td><td class=\"num\" data-label=\"mentioned\">\(report.count(.mentioned))</td>"
        out += "<td class=\"num\" data-label=\"missing\">\(report.count(.missing))</td>"
        out += "<td class=\"num\" data-label=\"points\">\(ReportFigures.score(earned)) of \(ReportFigures.score(total))</td>"
        out += "<td class=\"num\" data-label=\"coverage\">\(ReportFigures.percent(total > 0 ? earned / total : 0))</td></tr></tfoot>\n"
        out += "</table></div>\n</section>\n"
        return out
    }

    private func rules(_ report: GradeReport) -> String {
        var out = "<section class=\"card\" aria-labelledby=\"rules\">\n<h2 id=\"rules\">Rules</h2>\n"
        out += "<div class=\"table-wrap\"><table class=\"rules stack\">\n<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Status</th>"
        out += "<th scope=\"col\" class=\"num\">Weight</th><th scope=\"col\">Evidence</th></tr></thead>\n"
        for section in ReportFigures.sections(of: report) {
            out += "<tbody>\n<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"4\">\(text(section))</th></tr>\n"
            for verdict in report.rules where verdict.rule.section == section {
                out += "<tr><th scope=\"row\">\(text(verdict.rule.title))</th>"
                out += "<td class=\"status\">\(HTMLPage.chip(verdict.status))</td>"
                out += "<td class=\"num\" data-label=\"weight\">\(ReportFigures.score(verdict.rule.weight))</td><td class=\"block\">"
                let shown = ReportFigures.evidence(for: verdict, explain: explain)
                if shown.isEmpty {
                    out += "<span class=\"none\">nothing in the answer</span>"
                } else {
                    out += "<ul class=\"evidence\">"
                    for evidence in shown { out += item(evidence) }
                    out += "</ul>"
                }
                out += "</td></tr>\n"
            }
            out += "</tbody>\n"
        }
        out += "</table></div>\n</section>\n"
        return out
    }

    /// One evidence item: the line, the sentence with the matched words marked, and how it
    /// counted when that is not plain substance.
    private func item(_ evidence: Evidence) -> String {
        var out = evidence.role == .negated ? "<li class=\"negated\">" : "<li>"
        out += "<span class=\"line\">line \(evidence.line)</span> <q>\(quote(evidence))</q>"
        switch evidence.role {
        case .substance: break
        case .mention: out += " <span class=\"role\">(named only)</span>"
        case .negated: out += " <span class=\"role\">(negated: earns nothing)</span>"
        }
        if explain {
            out += "<span class=\"explain\">concept “\(text(evidence.concept))” matched “\(text(evidence.matched))”: "
            out += "\(evidence.role.rawValue), \(text(evidence.reason))</span>"
        }
        return out + "</li>"
    }

    /// The sentence cut around the matched words, each part escaped, the match in `<mark>`.
    private func quote(_ evidence: Evidence) -> String {
        let snippet = Snippet.around(evidence.matched, in: evidence.text, width: snippetWidth)
        guard !evidence.matched.isEmpty, let range = snippet.range(of: evidence.matched) else { return text(snippet) }
        return text(String(snippet[..<range.lowerBound])) + "<mark>" + text(String(snippet[range])) + "</mark>"
            + text(String(snippet[range.upperBound...]))
    }

    /// Every gap by the points it would add, with its advice; then the mentioned rules and
    /// where the answer named them, to expand on.
    private func advice(_ report: GradeReport) -> String {
        var out = "<section class=\"card\" id=\"advice\" aria-labelledby=\"advice-title\">\n"
        out += "<h2 id=\"advice-title\">What would raise this score most</h2>\n"
        let gaps = report.gaps
        guard !gaps.isEmpty else { return out + "<p>Nothing: every rule is addressed.</p>\n</section>\n" }
        out += "<ol class=\"advice\">\n"
        for gap in gaps {
            out += "<li><strong>\(text(gap.rule.title))</strong> <span class=\"gain\">+\(ReportFigures.score(report.scoreGain(gap))) points</span> "
            out += HTMLPage.chip(gap.status) + " <span class=\"where\">\(text(gap.rule.section))</span>"
            out += "<p>\(text(gap.rule.feedback))</p></li>\n"
        }
        out += "</ol>\n"
        let expand = ReportFigures.toExpand(report)
        if !expand.isEmpty {
            out += "<h3>Expand on what you only mentioned</h3>\n<ul class=\"expand\">\n"
            for (verdict, named) in expand {
                out += "<li><strong>\(text(verdict.rule.title))</strong>"
                if let named { out += ": named on line \(named.line), <q>\(quote(named))</q>" }
                out += "</li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }

    private func text(_ value: String) -> String {
        HTMLEscaping.text(value)
    }
}
