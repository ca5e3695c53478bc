/// One line of a scenario document as the importer sees it, with its 1-based line number.
struct MarkdownLine: Sendable, Equatable {
    /// What a line is.
    enum Kind: Sendable, Equatable {
        /// Empty or only white space.
        case blank
        /// `#` … `######` heading; `text` without the markers.
        case heading(level: Int, text: String)
        /// A list item (`-`, `*`, `+`, `1.`, `1)`): its indent in columns and its text, with
        /// lines that continue it joined by a space.
        case item(indent: Int, text: String)
        /// A line of a paragraph.
        case text
        /// A fenced code block line, fences included.
        case code
        /// Front matter, an HTML comment, or a component tag such as `<GitHubButtons />`:
        /// page furniture, not content.
        case furniture
    }

    var number: Int
    /// The line as written (a list item's first line), trailing white space removed.
    var raw: String
    var kind: Kind
    /// The lines of a list item that continue it, as written.
    var continuation: [String] = []
}
