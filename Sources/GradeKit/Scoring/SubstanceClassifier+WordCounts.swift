extension SubstanceClassifier {
    /// How many of a unit's written words lie outside a match, and how many of those are
    /// specific (neither in a rule title nor ``SubstanceClassifier/filler``), for every
    /// match of the unit at the cost of one pass over its words.
    ///
    /// Counting per match walked the whole unit once per match: on one very long line
    /// (tens of thousands of words, hundreds of matching concepts) that is quadratic.
    /// Written words have distinct positions, so the words outside a match are all of them
    /// less those at the match's positions, a lookup per matched position.
    struct WordCounts: Sendable {
        /// The title terms ``specific`` was counted against.
        let titleTerms: Set<String>
        /// Positions of the written words.
        private let positions: Set<Int>
        /// Positions of the written words that are neither title terms nor filler.
        private let specific: Set<Int>

        /// Counts over `words` (``SubstanceClassifier/writtenWords(_:)``).
        init(words: [Token], titleTerms: Set<String>) {
            self.titleTerms = titleTerms
            positions = Set(words.map(\.position))
            specific = Set(
                words.filter { !$0.flags.contains(.filler) && !titleTerms.contains($0.term) }.map(\.position))
        }

        /// Written words at none of the `matched` positions.
        func words(notIn matched: Set<Int>) -> Int {
            positions.count - matched.count { positions.contains($0) }
        }

        /// Specific written words at none of the `matched` positions.
        func specificWords(notIn matched: Set<Int>) -> Int {
            specific.count - matched.count { specific.contains($0) }
        }
    }
}
