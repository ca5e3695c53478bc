extension NegationFilter {
    /// The trigger patterns that can start at one word, as word ids (``words``): each list's
    /// patterns whose first word it is, in the list's order, so a word is tried against the
    /// few patterns it can open rather than all of them (`a`, `is`, `can`, `do` and `not`
    /// start one pattern or more and are common).
    struct TriggerPatterns: Sendable {
        /// From ``pseudoTriggers``.
        var pseudo: [[Int]] = []
        /// From ``multiTriggers``.
        var multi: [[Int]] = []
        /// From ``phraseTriggers``.
        var phrase: [[Int]] = []
        /// From ``postTriggers``.
        var post: [[Int]] = []

        /// No patterns: what a word that opens none gets.
        static let none = TriggerPatterns()
    }

    /// Per word id, the trigger and pseudo-trigger patterns the word opens. Matching the
    /// first pattern of a list at a word gives the same answer on its patterns that start
    /// with the word as on the whole list, since no other can match there.
    static let patternsByFirstWord: [TriggerPatterns] = {
        var table = [TriggerPatterns](repeating: TriggerPatterns(), count: words.count)
        let lists: [([[String]], WritableKeyPath<TriggerPatterns, [[Int]]>)] = [
            (pseudoTriggers, \.pseudo), (multiTriggers, \.multi), (phraseTriggers, \.phrase), (postTriggers, \.post),
        ]
        for (patterns, list) in lists {
            for pattern in ids(patterns) {
                guard let first = pattern.first else { continue }
                table[first][keyPath: list].append(pattern)
            }
        }
        return table
    }()

    /// The patterns the word of id `id` opens.
    static func patterns(openedBy id: Int) -> TriggerPatterns {
        id >= 0 ? patternsByFirstWord[id] : .none
    }
}
