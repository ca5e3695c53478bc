extension SubstanceClassifier {
    /// What one pass over a unit's written words finds for its profile: the words that count
    /// and the word signals the substance checks read. One pass instead of one per signal,
    /// as a profile is made for every unit with a match.
    struct WordSignals {
        /// The index of one token per written content word: compounds count once (their
        /// parts share the compound's start), stop words not at all.
        var words: [Int] = []
        /// Whether a word is a ``SubstanceClassifier/cues`` word.
        var cue = false
        /// Whether the unit hedges: a ``SubstanceClassifier/hedges`` word, or "I think", "I
        /// guess", "I suppose", "I believe", "not sure".
        var hedged = false
        /// Whether the unit leans on a platitude: a ``SubstanceClassifier/platitudes`` word, or
        /// "going forward", "moving forward", "best practice", "industry standard".
        var vague = false
        /// Whether the unit says its content is still to come: `TBD`, `TBC`, `TBA`
        /// (``SubstanceClassifier/deferrals``), "to be decided", "to be determined", "to be
        /// confirmed", "to be defined", "to be agreed".
        var deferred = false

        /// The signals of `tokens`. A word's lists are read from its flags; two words are
        /// compared only when the first is a phrase lead (``WordFlags/phraseLead``).
        init(_ tokens: [Token]) {
            words.reserveCapacity(tokens.count)
            var lastStart = -1
            // The index of the previous written word when it opens a phrase.
            var lead: Int?
            // By index: a loop over the tokens themselves would copy each one.
            for index in tokens.indices where tokens[index].origin == .word {
                let flags = tokens[index].flags
                if flags.contains(.cue) { cue = true }
                if flags.contains(.hedge) { hedged = true }
                if flags.contains(.platitude) { vague = true }
                if flags.contains(.deferral) { deferred = true }
                if let lead { read(tokens[lead].surface, tokens[index].surface) }
                lead = flags.contains(.phraseLead) ? index : nil
                if !tokens[index].isStop && tokens[index].start != lastStart {
                    lastStart = tokens[index].start
                    words.append(index)
                }
            }
        }

        /// Reads the two-word phrase of a phrase lead, `previous`, and the word after it.
        private mutating func read(_ previous: String, _ surface: String) {
            if (previous == "i" && ["think", "guess", "suppose", "believe"].contains(surface))
                || (previous == "not" && surface == "sure")
            {
                hedged = true
            }
            if (surface == "forward" && (previous == "going" || previous == "moving"))
                || (surface == "practice" && previous == "best") || (surface == "standard" && previous == "industry")
            {
                vague = true
            }
            if previous == "be" && ["decided", "determined", "confirmed", "defined", "agreed"].contains(surface) {
                deferred = true
            }
        }
    }
}
