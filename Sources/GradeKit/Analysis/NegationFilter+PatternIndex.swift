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
