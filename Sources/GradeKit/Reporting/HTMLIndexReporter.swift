/// Writes the `index.html` of a report directory (`grade batch --report-dir`): the cohort at
/// a glance, on one self-contained page like ``HTMLReporter``'s.
///
/// Totals and bands, a histogram of the scores, every answer ordered by score (highest first,
/// ties by path) with a link to its own page, answers that could not be graded, and the rules
/// the cohort most often missed. Paths, messages and rule titles go through ``HTMLEscaping``.
public struct HTMLIndexReporter: Sendable {
    /// How many gaps the table shows per answer, heaviest first.
    public var topGaps: Int
    /// How many rules the "most often missed" table lists at most.
    public var missedRules: Int

    /// Creates the reporter.
    public init(topGaps: Int = 2, missedRules: Int = 10) {
        self.topGaps = topGaps
        self.missedRules = missedRules
    }

    /// The HTML document, ending in a newline. `pages` maps an answer's path to the file name
    /// of its page beside the index; an answer without one is listed without a link.
    public func render(_ result: BatchResult, pages: [String: String]) -> String {
        var body = "<header class=\"card\">\n<p class=\"eyebrow\">grade batch · cohort report</p>\n<h1>Cohort report</h1>\n"
        body += summary(result)
        body += "</header>\n"
        if !result.graded.isEmpty {
            body += "<section class=\"card\" aria-labelledby=\"scores\">\n<h2 id=\"scores\">Scores</h2>\n"
            body += SVGChart.histogram(result.scoreBuckets) + "\n"
            body += "<p class=\"chart-note\">Answers per 10-point score range, from 0–9 on the left to 90–100 on the right.</p>\n</section>\n"
        }
        body += answers(result, pages: pages)
        body += missed(result)
        if !result.skipped.isEmpty {
            let count = result.skipped.count
            body += "<p class=\"meta\">\(count) \(count == 1 ? "path was" : "paths were") skipped (not Markdown, listed twice …).</p>\n"
        }
        body += "<footer>Graded by grade. Each answer's page shows its evidence and advice.</footer>"
        let title = "Cohort report: \(result.items.count) \(result.items.count == 1 ? "answer" : "answers"), mean score \(BatchFigures.oneDecimal(result.meanScore))"
        return HTMLPage.document(title: HTMLEscaping.text(title), body: body)
    }

    private func summary(_ result: BatchResult) -> String {
        var out = "<p class=\"scoreline\"><strong>\(result.graded.count) graded</strong>"
        if !result.errors.isEmpty { out += " · \(result.errors.count) could not be graded" }
        out += " · mean score <strong>\(BatchFigures.oneDecimal(result.meanScore))</strong>"
        if let median = median(result) { out += " · median \(BatchFigures.oneDecimal(median))" }
        out += " · \(result.passing.count) passed, \(result.failing.count) failed (pass rate \(BatchFigures.percent(result.passRate)))</p>\n"
        out += "<p class=\"meta\">Gates: \(HTMLEscaping.text(result.gatesVerdict))</p>\n<ul class=\"counts\">"
        for (band, count) in result.bandCounts {
            out += "<li><span class=\"band band-\(SVGChart.bandClass(band))\">\(band.rawValue)</span> \(count)</li>"
        }
        return out + "</ul>\n"
    }

    private func median(_ result: BatchResult) -> Double? {
        let scores = result.graded.compactMap { $0.report?.score }.sorted()
        guard !scores.isEmpty else { return nil }
        let middle = scores.count / 2
        return scores.count % 2 == 1 ? scores[middle] : (scores[middle - 1] + scores[middle]) / 2
    }

    private func answers(_ result: BatchResult, pages: [String: String]) -> String {
        var out = "<section class=\"card\" aria-labelledby=\"answers\">\n<h2 id=\"answers\">Answers by score</h2>\n"
        guard !result.items.isEmpty else { return out + "<p>No answers were graded.</p>\n</section>\n" }
        out += "<div class=\"table-wrap\"><table class=\"stack\">\n<thead><tr><th scope=\"col\" class=\"num\">#</th><th scope=\"col\">Answer</th>"
        out += "<th scope=\"col\">Scenario</th><th scope=\"col\" class=\"num\">Score</th><th scope=\"col\">Band</th>"
        out += "<th scope=\"col\">Result</th><th scope=\"col\">Top gaps</th></tr></thead>\n<tbody>\n"
        let graded = result.graded.sorted { lhs, rhs in
            let left = lhs.report?.score ?? 0
            let right = rhs.report?.score ?? 0
            return left != right ? left > right : lhs.path < rhs.path
        }
        for (rank, item) in graded.enumerated() {
            guard let report = item.report else { continue }
            out += "<tr><td class=\"num rank\">\(rank + 1)</td><th scope=\"row\">\(link(item.path, pages: pages))</th>"
            out += "<td data-label=\"scenario\">\(HTMLEscaping.text(report.scenario))</td>"
            out += "<td class=\"num\" data-label=\"score\"><strong>\(BatchFigures.oneDecimal(report.score))</strong></td>"
            out += "<td><span class=\"band band-\(SVGChart.bandClass(report.band))\">\(report.band.rawValue)</span></td>"
            out += "<td>\(resultChip(item))</td>"
            let gaps = item.topGapTitles(topGaps).map(HTMLEscaping.text).joined(separator: "; ")
            out += "<td class=\"block\" data-label=\"top gaps\">\(gaps.isEmpty ? "<span class=\"none\">none</span>" : gaps)</td></tr>\n"
        }
        for item in result.errors {
            out += "<tr><td class=\"num rank\">–</td><th scope=\"row\">\(HTMLPage.path(item.path))</th>"
            out += "<td>–</td><td class=\"num\">–</td><td>–</td><td>\(resultChip(item))</td>"
            out += "<td class=\"block\">\(HTMLEscaping.text(item.error ?? ""))</td></tr>\n"
        }
        return out + "</tbody>\n</table></div>\n</section>\n"
    }

    private func link(_ path: String, pages: [String: String]) -> String {
        let text = HTMLPage.path(path)
        guard let page = pages[path] else { return text }
        return "<a href=\"\(HTMLEscaping.attribute(page))\">\(text)</a>"
    }

    /// Pass, fail or error in a symbol and a word.
    private func resultChip(_ item: BatchItem) -> String {
        switch item.resultLabel {
        case "pass": return "<span class=\"chip chip-addressed\"><span aria-hidden=\"true\">✓</span> pass</span>"
        case "fail": return "<span class=\"chip chip-missing\"><span aria-hidden=\"true\">✗</span> fail</span>"
        default: return "<span class=\"chip chip-mentioned\"><span aria-hidden=\"true\">!</span> error</span>"
        }
    }

    private func missed(_ result: BatchResult) -> String {
        var out = "<section class=\"card\" aria-labelledby=\"missed\">\n<h2 id=\"missed\">Rules most often missed</h2>\n"
        let ranking = MissedRule.ranking(result, limit: missedRules)
        guard !ranking.isEmpty else { return out + "<p>No graded answer missed a rule.</p>\n</section>\n" }
        out += "<div class=\"table-wrap\"><table class=\"stack\">\n<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Scenario</th>"
        out += "<th scope=\"col\" class=\"num\">Missed by</th><th scope=\"col\" class=\"num\">Only mentioned by</th></tr></thead>\n<tbody>\n"
        for rule in ranking {
            out += "<tr><th scope=\"row\">\(HTMLEscaping.text(rule.title))</th>"
            out += "<td data-label=\"scenario\">\(rule.scenario.map(HTMLEscaping.text) ?? "every scenario")</td>"
            out += "<td class=\"num\" data-label=\"missed by\">\(rule.missing) of \(rule.answers) (\(ReportFigures.percent(rule.share)))</td>"
            out += "<td class=\"num\" data-label=\"only mentioned by\">\(rule.mentioned)</td></tr>\n"
        }
        return out + "</tbody>\n</table></div>\n</section>\n"
    }
}
