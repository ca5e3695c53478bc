/// Recognises the interviewer's turns in a transcript-style answer ("Interviewer: What about
/// spot?", "**Interviewer (Sam):** Six weeks, though."). Their words are not the candidate's,
/// so a paragraph or list item that opens with such a label becomes a ``UnitKind/prompt``,
/// which is read but never graded.
enum SpeakerLabel {
    /// The speaker names that mark the interviewer's turn, lower-cased.
    static let interviewers: Set<String> = ["interviewer", "interviewers", "panel", "panelist", "panellist"]

    /// `block` as a prompt when its text opens with an interviewer's label: the name, an
    /// optional parenthesised name, then a colon.
    static func marking(_ block: TextBlock) -> TextBlock {
        guard block.kind == .paragraph || block.kind == .listItem, isInterviewerTurn(block.text) else { return block }
        var prompt = block
        prompt.kind = .prompt
        return prompt
    }

    /// Whether `text` opens with an interviewer's label.
    static func isInterviewerTurn(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        while bytes.first == UInt8(ascii: " ") { bytes = bytes.dropFirst() }
        let name = bytes.prefix { isLetter($0) }
        guard !name.isEmpty, name.count <= 12, interviewers.contains(String(decoding: name, as: UTF8.self).lowercased())
        else { return false }
        var rest = bytes.dropFirst(name.count)
        while rest.first == UInt8(ascii: " ") { rest = rest.dropFirst() }
        if rest.first == UInt8(ascii: "(") {
            // "Interviewer (Sam):": a short name in brackets.
            guard let close = rest.prefix(40).firstIndex(of: UInt8(ascii: ")")) else { return false }
            rest = rest[rest.index(after: close)...]
        }
        return rest.first == UInt8(ascii: ":")
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }
}
