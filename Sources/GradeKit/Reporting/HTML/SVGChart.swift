/// The inline SVG charts of the HTML reports: a score gauge, a stacked bar per rubric
/// section, and a histogram of a cohort's scores.
///
/// Each chart is `role="img"` with an `aria-label` and a `<title>` that say in words what it
/// shows, so a screen reader gets the figures and colour is never the only signal (the
/// pages also give the same figures as text or in a table). Coordinates are written with at
/// most two decimals, so the same input gives the same bytes. Nothing is fetched: no fonts,
/// no images, no `url(…)` references.
enum SVGChart {
    /// A ring filled to `score` out of 100, in the band's colour, the score in the middle.
    static func gauge(score: Double, band: Band) -> String {
        let radius = 64.0
        let circumference = 2 * Double.pi * radius
        let filled = circumference * min(1, max(0, score / 100))
        let label = "Score \(ReportFigures.score(score)) out of 100, \(band.rawValue)"
        var out = "<svg class=\"gauge\" viewBox=\"0 0 160 160\" width=\"160\" height=\"160\" role=\"img\" aria-label=\"\(HTMLEscaping.attribute(label))\">"
        out += "<title>\(HTMLEscaping.text(label))</title>"
        out += "<circle class=\"gauge-track\" cx=\"80\" cy=\"80\" r=\"\(number(radius))\" fill=\"none\" stroke-width=\"14\"/>"
        out += "<circle class=\"gauge-fill band-\(bandClass(band))\" cx=\"80\" cy=\"80\" r=\"\(number(radius))\" fill=\"none\" stroke-width=\"14\""
        out += " stroke-linecap=\"butt\" stroke-dasharray=\"\(number(filled)) \(number(circumference))\" transform=\"rotate(-90 80 80)\"/>"
        out += "<text class=\"gauge-score\" x=\"80\" y=\"84\" text-anchor=\"middle\">\(ReportFigures.score(score))</text>"
        out += "<text class=\"gauge-scale\" x=\"80\" y=\"106\" text-anchor=\"middle\">of 100</text>"
        out += "</svg>"
        return out
    }

    /// One row per section: its name and coverage above a bar split by the weight of the
    /// rules addressed, mentioned and missing.
    static func coverage(_ sections: [SectionCoverage]) -> String {
        let width = 320.0
        let rowHeight = 40.0
        let barHeight = 12.0
        let height = rowHeight * Double(sections.count) + 4
        let summary = sections.map { "\($0.section) \(ReportFigures.percent($0.share))" }.joined(separator: ", ")
        let label = "Coverage by section: " + summary
        var out = "<svg class=\"chart coverage-chart\" viewBox=\"0 0 \(number(width)) \(number(height))\" role=\"img\" aria-label=\"\(HTMLEscaping.attribute(label))\">"
        out += "<title>\(HTMLEscaping.text(label))</title>"
        for (index, section) in sections.enumerated() {
            let top = Double(index) * rowHeight + 4
            let name = section.section.count > 40 ? String(section.section.prefix(39)) + "…" : section.section
            out += "<text class=\"bar-label\" x=\"0\" y=\"\(number(top + 12))\">\(HTMLEscaping.text(name))</text>"
            out += "<text class=\"bar-value\" x=\"\(number(width))\" y=\"\(number(top + 12))\" text-anchor=\"end\">"
            out += "\(ReportFigures.percent(section.share))</text>"
            let barTop = top + 18
            out += "<rect class=\"bar-track\" x=\"0\" y=\"\(number(barTop))\" width=\"\(number(width))\" height=\"\(number(barHeight))\" rx=\"3\"/>"
            var x = 0.0
            let parts: [(RuleStatus, Int, Double)] = [
                (.addressed, section.addressed, section.addressedWeight), (.mentioned, section.mentioned, section.mentionedWeight),
                (.missing, section.missing, section.missingWeight),
            ]
            for (status, count, weight) in parts where weight > 0 && section.weight > 0 {
                let segment = width * weight / section.weight
                out += "<rect class=\"bar-\(status.rawValue)\" x=\"\(number(x))\" y=\"\(number(barTop))\" width=\"\(number(segment))\" height=\"\(number(barHeight))\">"
                out += "<title>\(HTMLEscaping.text(section.section)): \(count) \(status.rawValue)</title></rect>"
                x += segment
            }
        }
        out += "</svg>"
        return out
    }

    /// A bar per score bucket, lowest bucket on the left, its count above it and its lower
    /// bound below (each bar's title gives the full range: `90–100`).
    static func histogram(_ buckets: [ScoreBucket]) -> String {
        let ordered = buckets.sorted { $0.lower < $1.lower }
        let width = 400.0
        let plotTop = 18.0
        let plotHeight = 130.0
        let height = plotTop + plotHeight + 24
        let slot = width / Double(max(1, ordered.count))
        let largest = max(1, ordered.map(\.count).max() ?? 0)
        let summary = ordered.map { "\($0.label): \($0.count)" }.joined(separator: ", ")
        let label = "Answers per score range: " + summary
        var out = "<svg class=\"chart histogram\" viewBox=\"0 0 \(number(width)) \(number(height))\" role=\"img\" aria-label=\"\(HTMLEscaping.attribute(label))\">"
        out += "<title>\(HTMLEscaping.text(label))</title>"
        out += "<line class=\"axis\" x1=\"0\" y1=\"\(number(plotTop + plotHeight))\" x2=\"\(number(width))\" y2=\"\(number(plotTop + plotHeight))\"/>"
        for (index, bucket) in ordered.enumerated() {
            let left = Double(index) * slot
            let center = left + slot / 2
            let barHeight = plotHeight * Double(bucket.count) / Double(largest)
            let top = plotTop + plotHeight - barHeight
            if bucket.count > 0 {
                out += "<rect class=\"hist-bar band-\(bandClass(Band(score: Double(bucket.lower))))\" x=\"\(number(left + 4))\" y=\"\(number(top))\""
                out += " width=\"\(number(slot - 8))\" height=\"\(number(barHeight))\" rx=\"2\">"
                out += "<title>\(bucket.label): \(bucket.count) \(bucket.count == 1 ? "answer" : "answers")</title></rect>"
                out += "<text class=\"hist-count\" x=\"\(number(center))\" y=\"\(number(top - 4))\" text-anchor=\"middle\">\(bucket.count)</text>"
            }
            out += "<text class=\"hist-label\" x=\"\(number(center))\" y=\"\(number(plotTop + plotHeight + 16))\" text-anchor=\"middle\">\(bucket.lower)</text>"
        }
        out += "</svg>"
        return out
    }

    /// The CSS class suffix of a band: `strong`, `solid`, `developing`, `needs-work`.
    static func bandClass(_ band: Band) -> String {
        switch band {
        case .strong: return "strong"
        case .solid: return "solid"
        case .developing: return "developing"
        case .needsWork: return "needs-work"
        }
    }

    /// A coordinate with at most two decimals and no trailing zeros: `12`, `3.5`, `401.92`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        if fraction == 0 { return sign + String(magnitude / 100) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return sign + String(magnitude / 100) + "." + digits
    }
}
