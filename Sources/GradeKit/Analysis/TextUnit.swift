/// The kind of Markdown construct a text unit came from.
///
/// Scoring uses it to tell a bare heading from a sentence of substance, so it is kept
/// with every unit rather than flattened away.
public enum UnitKind: String, Sendable, Equatable, Codable {
    case heading
    case paragraph
    case listItem
    case tableRow
    case code
    /// Someone else's turn in a transcript ("Interviewer: What about spot?"): read, never
    /// graded (``SpeakerLabel``).
    case prompt
}

/// One unit of an answer that matching works inside: a sentence of a paragraph, a list
/// item's sentence, a heading, a table row or a line of code.
///
/// Offsets are UTF-8 offsets into ``text``; `lineAnchors` map them back to source lines so
/// every piece of evidence can name the line it came from.
public struct TextUnit: Sendable, Equatable {
    /// The unit's text with Markdown markup removed.
    public var text: String
    /// What construct the unit came from.
    public var kind: UnitKind
    /// Index of the block (paragraph, list item, heading …) the unit belongs to; sentences of
    /// one paragraph share it.
    public var block: Int
    /// Heading depth for headings (1–6), list nesting depth for list items, else 0.
    public var level: Int
    /// Pairs of (UTF-8 offset in `text`, 1-based source line), ascending by offset.
    public var lineAnchors: [LineAnchor]

    /// Creates a unit.
    public init(text: String, kind: UnitKind, block: Int, level: Int = 0, lineAnchors: [LineAnchor]) {
        self.text = text
        self.kind = kind
        self.block = block
        self.level = level
        self.lineAnchors = lineAnchors
    }

    /// The first source line of the unit.
    public var line: Int { lineAnchors.first?.line ?? 1 }

    /// The source line holding the UTF-8 offset `offset` of ``text``.
    public func line(at offset: Int) -> Int {
        var result = line
        for anchor in lineAnchors {
            if anchor.offset > offset { break }
            result = anchor.line
        }
        return result
    }
}

/// Where a source line starts inside a unit's text.
public struct LineAnchor: Sendable, Equatable {
    /// UTF-8 offset in the unit's text.
    public var offset: Int
    /// 1-based line number in the source file.
    public var line: Int

    /// Creates an anchor.
    public init(offset: Int, line: Int) {
        self.offset = offset
        self.line = line
    }
}
