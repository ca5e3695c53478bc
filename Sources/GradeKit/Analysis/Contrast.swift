/// Whether a unit chooses one thing over another in the terse form seniors write: "target
/// tracking on request count, not CPU", "buy, don't run", "deactivate the key (not delete:
/// reversible)". The unit then carries a marker token (``Analyzer/contrastTerm``) that a
/// rubric concept written `?contrast` matches, as `?` matches a question.
///
/// A contrast is a negation that opens a phrase of its own (after a comma, colon, semicolon,
/// dash or opening bracket), with something named and not negated before it in the sentence
/// and something named and negated after it: the chosen option, then the rejected one. A
/// finding stated with a copula is a diagnosis, not a choice: "the errors are timeouts, not
/// crashes", "it's a people problem, not a tooling problem".
enum Contrast {
    /// Whether `tokens`, the analysis of `text` (negations applied), hold a contrast.
    static func holds(_ tokens: [Token], text: String) -> Bool {
        trigger(in: tokens, text: text) != nil
    }

    /// Whether the contrast in `tokens` (the analysis of `text`) says why: a reason word after
    /// the trigger ("because", "since", "otherwise" …), or a bracket or colon as the first mark
    /// after the rejected option, opening an explanation ("not CPU (CPU lags)", "not delete:
    /// reversible") rather than a citation ("(see the ALB logs)", "(per CloudTrail)").
    static func givesReason(_ tokens: [Token], text: String) -> Bool {
        guard let trigger = trigger(in: tokens, text: text) else { return false }
        if tokens.contains(where: { $0.origin == .word && $0.start > trigger.start && reasons.contains($0.surface) }) {
            return true
        }
        let after = Array(text.utf8.dropFirst(trigger.end))
        guard let mark = after.firstIndex(where: { marks.contains($0) }),
            after[mark] == UInt8(ascii: "(") || after[mark] == UInt8(ascii: ":")
        else { return false }
        let explanation = after[(mark + 1)...].drop { $0 == UInt8(ascii: " ") }
        let first = explanation.prefix { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }
        return !explanation.isEmpty && !citations.contains(String(decoding: first, as: UTF8.self).lowercased())
    }

    /// Negations that open a contrast.
    static let triggers: Set<String> = ["not", "never"]

    /// Words that give a reason for a choice.
    static let reasons: Set<String> = [
        "because", "since", "otherwise", "means", "given", "due", "risk", "risks", "cheaper", "safer", "faster",
        "slower", "simpler", "reversible",
    ]

    /// Words that open a citation in brackets, not a reason.
    static let citations: Set<String> = ["see", "per", "e", "eg", "i", "ie", "cf", "via", "from", "source"]

    /// Copulas: a contrast after one states a finding ("the bucket was public for days, not hours").
    static let copulas: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "s"]

    /// Punctuation that ends the rejected option.
    private static let marks: Set<UInt8> = [
        UInt8(ascii: "("), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"),
        UInt8(ascii: "!"), UInt8(ascii: "?"),
    ]

    /// The trigger word of the unit's first contrast, if it holds one.
    private static func trigger(in tokens: [Token], text: String) -> Token? {
        // Most units hold no negation at all: one pass shows it.
        guard tokens.contains(where: { $0.negation != nil }) else { return nil }
        // The written words by index: a copy of the words would copy every token.
        var words: [Int] = []
        words.reserveCapacity(tokens.count)
        for index in tokens.indices where tokens[index].origin == .word { words.append(index) }
        let bytes = Array(text.utf8)
        var chosen = false
        for k in words.indices {
            let word = words[k]
            if tokens[word].negation == nil && !tokens[word].isStop { chosen = true }
            // Triggers carry the trigger flag: the words are compared only then.
            guard chosen, tokens[word].flags.contains(.triggerStart), triggers.contains(tokens[word].surface),
                opensPhrase(tokens, words, k, bytes: bytes),
                words[(k + 1)...].prefix(4).contains(where: { !tokens[$0].isStop && tokens[$0].negation != nil })
            else { continue }
            // A copula before it makes the sentence a finding, and so does every later trigger.
            let stated = words[..<k].contains { copulas.contains(tokens[$0].surface) || contractsIs(tokens[$0], bytes: bytes) }
            return stated ? nil : tokens[word]
        }
        return nil
    }

    /// Whether `word` is a pronoun written with a contracted `is` ("it's", "that's"), which
    /// the analysis reduces to the pronoun.
    private static func contractsIs(_ word: Token, bytes: [UInt8]) -> Bool {
        guard word.end <= bytes.count, word.end >= 2, bytes[word.end - 1] | 0x20 == UInt8(ascii: "s"),
            bytes[word.end - 2] == UInt8(ascii: "'") || (word.end >= 4 && bytes[word.end - 2] == 0x99)
        else { return false }
        return contractingPronouns.contains(word.surface)
    }

    /// Pronouns written with a contracted `is`.
    private static let contractingPronouns: Set<String> = ["it", "that", "this", "there", "what", "here", "he", "she", "who"]

    /// Whether the trigger at `k` of `words` (indices of the written words in `tokens`), or
    /// the `do` before it ("don't run" is "do not run"), stands right after a comma, colon,
    /// semicolon, dash or opening bracket.
    private static func opensPhrase(_ tokens: [Token], _ words: [Int], _ k: Int, bytes: [UInt8]) -> Bool {
        var start = tokens[words[k]].start
        if k > 0, tokens[words[k - 1]].surface == "do" { start = tokens[words[k - 1]].start }
        var i = start - 1
        while i >= 0, bytes[i] == UInt8(ascii: " ") { i -= 1 }
        guard i >= 0 else { return false }
        switch bytes[i] {
        case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ";"): return true
        default: return ClauseDash.ends(at: i, in: bytes)
        }
    }
}
