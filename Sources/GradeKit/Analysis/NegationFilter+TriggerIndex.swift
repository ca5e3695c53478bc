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

extension NegationFilter {
    /// A list of patterns as word ids, grouped by first word in the list's order, so a word
    /// is tried against the patterns it opens only: the first of them that matches is the
    /// first of the whole list that matches there, since no other can.
    struct PatternIndex: Sendable {
        /// Per word id, the patterns the word opens.
        private let byFirstWord: [[[Int]]]

        /// The index of `patterns`, every word of which must be one of ``NegationFilter/words``.
        init(_ patterns: [[String]]) {
            var table = [[[Int]]](repeating: [], count: NegationFilter.words.count)
            for pattern in NegationFilter.ids(patterns) {
                guard let first = pattern.first else { continue }
                table[first].append(pattern)
            }
            byFirstWord = table
        }

        /// Length of the first pattern that starts at `i` of `ids`, if any.
        func match(in ids: [Int], at i: Int) -> Int? {
            guard i < ids.count, ids[i] >= 0 else { return nil }
            return NegationFilter.match(byFirstWord[ids[i]], in: ids, at: i)
        }
    }
}
