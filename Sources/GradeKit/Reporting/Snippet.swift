import Foundation

/// Shortens a unit's text for display, keeping the matched words in view.
enum Snippet {
    /// `text` cut to about `width` characters around `matched`, with ellipses where cut.
    static func around(_ matched: String, in text: String, width: Int = 110) -> String {
        let characters = Array(text)
        guard characters.count > width else { return text }
        var center = 0
        if !matched.isEmpty, let range = text.range(of: matched) {
            center = text.distance(from: text.startIndex, to: range.lowerBound) + matched.count / 2
        }
        var lower = max(0, center - width / 2)
        let upper = min(characters.count, lower + width)
        lower = max(0, upper - width)
        var result = String(characters[lower..<upper]).trimmingCharacters(in: .whitespaces)
        if lower > 0 { result = "…" + result }
        if upper < characters.count { result += "…" }
        return result
    }
}
