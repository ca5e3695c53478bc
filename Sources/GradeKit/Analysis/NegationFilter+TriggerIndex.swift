extension NegationFilter {
    /// The trigger patterns that can start at one word: each list's patterns whose first
    /// word it is, in the list's order, so a word is tried against the few patterns it can
    /// open rather than all of them (`a`, `is`, `can`, `do` and `not` start one pattern or
    /// more and are common).
    struct TriggerPatterns: Sendable {
        /// From ``pseudoTriggers``.
        var pseudo: [[String]] = []
        /// From ``multiTriggers``.
        var multi: [[String]] = []
        /// From ``phraseTriggers``.
        var phrase: [[String]] = []
        /// From ``postTriggers``.
        var post: [[String]] = []

        /// No patterns: what a word that opens none gets.
        static let none = TriggerPatterns()
    }

    /// Every word that opens a trigger or pseudo-trigger pattern → the patterns it opens.
    /// Matching the first pattern of a list at a word gives the same answer on its patterns
    /// that start with the word as on the whole list, since no other can match there.
    static let patternsByFirstWord: [String: TriggerPatterns] = {
        var table: [String: TriggerPatterns] = [:]
        let lists: [([[String]], WritableKeyPath<TriggerPatterns, [[String]]>)] = [
            (pseudoTriggers, \.pseudo), (multiTriggers, \.multi), (phraseTriggers, \.phrase), (postTriggers, \.post),
        ]
        for (patterns, list) in lists {
            for pattern in patterns {
                guard let first = pattern.first else { continue }
                table[first, default: TriggerPatterns()][keyPath: list].append(pattern)
            }
        }
        return table
    }()
}
