/// Whether a unit chooses one thing over another in the terse form seniors write: "target
/// tracking on request count, not CPU", "buy, don't run", "deactivate the key (not delete:
/// reversible)". The unit then carries a marker token (``Analyzer/contrastTerm``) that a
/// rubric concept written `?contrast` matches, as `?` matches a question.
///
/// A contrast is a negation that opens a phrase of its own (after a comma, colon, semicolon,
/// dash or opening bracket), with something named and not negated before it in the sentence
/// and something named and negated after it: the chosen option, then the rejected one.
enum Contrast {
    /// Whether `tokens`, the analysis of `text` (negations applied), hold a contrast.
    static func holds(_ tokens: [Token], text: String) -> Bool {
        trigger(in: tokens, text: text) != nil
    }

    /// Whether the contrast in `tokens` (the analysis of `text`) says why: a reason word
    /// ("because", "since", "otherwise" …) or, after the rejected option, a bracket, colon or
    /// dash that opens an explanation ("not CPU (CPU lags)", "not delete: reversible").
    static func givesReason(_ tokens: [Token], text: String) -> Bool {
        guard let trigger = trigger(in: tokens, text: text) else { return false }
        if tokens.contains(where: { $0.origin == .word && reasons.contains($0.surface) }) { return true }
        let after = Array(text.utf8.dropFirst(trigger.end))
        for (i, byte) in after.enumerated() {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ":"): return true
            case UInt8(ascii: "-") where i > 0 && after[i - 1] == UInt8(ascii: " "): return true
            case 0x93, 0x94:  // en or em dash
                if i >= 2 && after[i - 2] == 0xE2 && after[i - 1] == 0x80 { return true }
            default: continue
            }
        }
        return false
    }

    /// Negations that open a contrast.
    static let triggers: Set<String> = ["not", "never"]

    /// Words that give a reason for a choice.
    static let reasons: Set<String> = [
        "because", "since", "otherwise", "means", "given", "due", "risk", "risks", "cheaper", "safer", "faster",
        "slower", "simpler", "reversible",
    ]

    /// The trigger word of the unit's contrast, if it holds one.
    private static func trigger(in tokens: [Token], text: String) -> Token? {
        // Most units hold no negation at all: one pass shows it.
        guard tokens.contains(where: { $0.negation != nil }) else { return nil }
        let words = tokens.filter { $0.origin == .word }
        let bytes = Array(text.utf8)
        var chosen = false
        for (k, word) in words.enumerated() {
            if word.negation == nil && !word.isStop { chosen = true }
            guard chosen, triggers.contains(word.surface), opensPhrase(words, k, bytes: bytes) else { continue }
            if words[(k + 1)...].prefix(4).contains(where: { !$0.isStop && $0.negation != nil }) { return word }
        }
        return nil
    }

    /// Whether the trigger at `k` (or the `do` before it: "don't run" is "do not run") stands
    /// right after a comma, colon, semicolon, dash or opening bracket.
    private static func opensPhrase(_ words: [Token], _ k: Int, bytes: [UInt8]) -> Bool {
        var start = words[k].start
        if k > 0, words[k - 1].surface == "do" { start = words[k - 1].start }
        var i = start - 1
        while i >= 0, bytes[i] == UInt8(ascii: " ") { i -= 1 }
        guard i >= 0 else { return false }
        switch bytes[i] {
        case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ";"): return true
        case UInt8(ascii: "-"): return i >= 1 && bytes[i - 1] == UInt8(ascii: " ")
        case 0x93, 0x94: return i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80  // en or em dash
        default: return false
        }
    }
}
