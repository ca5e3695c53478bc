/// An answer after analysis: its blocks, the units matching runs in, and each unit's tokens.
public struct AnalyzedAnswer: Sendable {
    /// The Markdown blocks, in document order.
    public var blocks: [TextBlock]
    /// The units (sentences, list items, headings, table rows, code lines).
    public var units: [TextUnit]
    /// The analysed tokens of each unit, parallel to ``units``.
    public var tokens: [[Token]]

    /// Creates an analysed answer.
    public init(blocks: [TextBlock], units: [TextUnit], tokens: [[Token]]) {
        self.blocks = blocks
        self.units = units
        self.tokens = tokens
    }

    /// Number of words in the answer (stop words included).
    public var wordCount: Int {
        tokens.reduce(0) { total, unit in total + unit.filter { $0.origin == .word }.count }
    }

    /// Whether the answer has no words at all.
    public var isEmpty: Bool { wordCount == 0 }
}
