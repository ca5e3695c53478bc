/// Recognises the interviewer's turns in a transcript-style answer ("Interviewer: What about
/// spot?", "**Interviewer (Sam):** Six weeks, though.", "Interviewer 2: Who do you tell?").
/// Their words are not the candidate's, so the lines of a turn become a ``UnitKind/prompt``
/// block, which is read but never graded. A turn runs from a line that opens with the
/// interviewer's label to the end of its paragraph or list item, or to a line that opens with
/// another speaker's label ("Me:", "Candidate:", "Sam:"), whose lines stay the candidate's.
enum SpeakerLabel {
    /// The speaker name that marks the interviewer's turn, lower-cased.
    static let interviewer = "interviewer"

    /// Hands `body` the interviewer's turn in `block` and what follows it, or `block` alone
    /// when it does not open with the interviewer's label.
    static func split(_ block: TextBlock, _ body: (TextBlock) -> Void) {
        // Most blocks show by their first bytes that they do not open with the label
        // (``isInterviewerTurn(_:)``).
        guard block.kind == .paragraph || block.kind == .listItem, isInterviewerTurn(block.text)
        else { return body(block) }
        for part in turn(block) { body(part) }
    }

    /// `block`, which opens with the interviewer's label, split into the interviewer's turn
    /// and what follows it.
    private static func turn(_ block: TextBlock) -> [TextBlock] {
        let bytes = Array(block.text.utf8)
        // The first later line that another speaker opens ends the turn.
        for (index, anchor) in block.lineAnchors.enumerated() where index > 0 && anchor.offset < bytes.count {
            guard let other = label(at: anchor.offset, in: block.text), other != interviewer else { continue }
            var prompt = block
            prompt.kind = .prompt
            prompt.text = String(decoding: bytes[..<anchor.offset], as: UTF8.self)
            prompt.lineAnchors = Array(block.lineAnchors[..<index])
            var rest = block
            rest.text = String(decoding: bytes[anchor.offset...], as: UTF8.self)
            rest.lineAnchors = block.lineAnchors[index...].map { LineAnchor(offset: $0.offset - anchor.offset, line: $0.line) }
            return [prompt, rest]
        }
        var prompt = block
        prompt.kind = .prompt
        return [prompt]
    }

    /// Whether `text` opens with the interviewer's label.
    static func isInterviewerTurn(_ text: String) -> Bool {
        // The label is a whole word of letters: most texts opening with an "i" ("I would",
        // "If") show by their first bytes that theirs is not "interviewer".
        opensWithInterviewer(text) && label(at: 0, in: text) == interviewer
    }

    /// Whether `text`, spaces aside, opens with the word "interviewer" in any case, followed
    /// by no other letter: a quick test that must stay a necessary condition of
    /// `label(at: 0, in: text) == interviewer`, or turns would be missed.
    private static func opensWithInterviewer(_ text: String) -> Bool {
        var bytes = text.utf8.drop { $0 == UInt8(ascii: " ") }
        for expected in interviewer.utf8 {
            // Setting bit 5 lowers an ASCII capital, and makes no other byte a lower-case letter.
            guard let byte = bytes.first, byte | 0x20 == expected else { return false }
            bytes = bytes.dropFirst()
        }
        return bytes.first.map { !isLetter($0) } ?? true
    }

    /// The lower-cased speaker name of a label at UTF-8 offset `start` of `text`: one or two
    /// words of letters, then an optional number or parenthesised name, then a colon
    /// ("Interviewer:", "Interviewer 2:", "Interviewer (Sam):", "Me:", "Hiring manager:").
    static func label(at start: Int, in text: String) -> String? {
        var bytes = text.utf8.dropFirst(start)
        while bytes.first == UInt8(ascii: " ") { bytes = bytes.dropFirst() }
        var words: [String] = []
        while words.count < 2 {
            let word = bytes.prefix { isLetter($0) }
            guard !word.isEmpty, word.count <= 16 else { break }
            words.append(String(decoding: word, as: UTF8.self).lowercased())
            bytes = bytes.dropFirst(word.count)
            guard bytes.first == UInt8(ascii: " "), let next = bytes.dropFirst().first, isLetter(next) else { break }
            bytes = bytes.dropFirst()
        }
        guard !words.isEmpty else { return nil }
        while bytes.first == UInt8(ascii: " ") { bytes = bytes.dropFirst() }
        // "Interviewer 2:": a short number.
        let digits = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        if !digits.isEmpty, digits.count <= 2 { bytes = bytes.dropFirst(digits.count) }
        while bytes.first == UInt8(ascii: " ") { bytes = bytes.dropFirst() }
        if bytes.first == UInt8(ascii: "(") {
            // "Interviewer (Sam):": a short name in brackets.
            guard let close = bytes.prefix(40).firstIndex(of: UInt8(ascii: ")")) else { return nil }
            bytes = bytes[bytes.index(after: close)...]
        }
        guard bytes.first == UInt8(ascii: ":") else { return nil }
        return words.joined(separator: " ")
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }
}
