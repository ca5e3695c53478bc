/// A block-level piece of a Markdown document: a heading, a paragraph, a list item, a table
/// row or a line of a code block, with its inline markup already removed.
public struct TextBlock: Sendable, Equatable {
    /// What construct the block is.
    public var kind: UnitKind
    /// Heading depth (1–6) for headings, nesting depth for list items, else 0.
    public var level: Int
    /// The block's plain text; its source lines are joined with single spaces.
    public var text: String
    /// Where each source line starts inside ``text``.
    public var lineAnchors: [LineAnchor]

    /// Creates a block.
    public init(kind: UnitKind, level: Int = 0, text: String, lineAnchors: [LineAnchor]) {
        self.kind = kind
        self.level = level
        self.text = text
        self.lineAnchors = lineAnchors
    }
}
