/// How many graded answers scored within a range of whole points, for a distribution chart.
struct ScoreBucket: Sendable, Equatable {
    /// The lowest score of the range.
    var lower: Int
    /// The top of the range as shown: 89 for scores from 80 to under 90, 100 for the top
    /// bucket, which takes 90 to 100 inclusive.
    var upper: Int
    /// Answers in the range.
    var count: Int

    /// `90–100`, `0–9`.
    var label: String { "\(lower)–\(upper)" }

    /// A bar of `count` blocks scaled so the largest count in the chart is at most
    /// `width` blocks; a non-zero count always shows at least one block.
    func bar(largest: Int, width: Int = 30) -> String {
        guard count > 0, largest > 0 else { return "" }
        let blocks = largest <= width ? count : max(1, (count * width + largest - 1) / largest)
        return String(repeating: "█", count: blocks)
    }
}
