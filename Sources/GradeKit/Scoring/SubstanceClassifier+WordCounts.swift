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
        private let positions: SortedPositions
        /// Positions of the written words that are neither title terms nor filler.
        private let specific: SortedPositions

        /// Counts over `words`, indices of `tokens` (``SubstanceClassifier/writtenWords(_:)``).
        init(words: [Int], of tokens: [Token], titleTerms: Set<String>) {
            self.titleTerms = titleTerms
            // Sorted positions searched by halving: building two hash sets per unit cost
            // more than all the lookups a unit's matches make.
            var positions: [Int] = []
            var specific: [Int] = []
            positions.reserveCapacity(words.count)
            specific.reserveCapacity(words.count)
            for index in words {
                positions.append(tokens[index].position)
                if !tokens[index].flags.contains(.filler) && !titleTerms.contains(tokens[index].term) {
                    specific.append(tokens[index].position)
                }
            }
            self.positions = SortedPositions(positions)
            self.specific = SortedPositions(specific)
        }

        /// Written words at none of the `matched` positions.
        func words(notIn matched: SortedPositions) -> Int {
            positions.count - (matched.count - positions.countOutside(matched))
        }

        /// Specific written words at none of the `matched` positions.
        func specificWords(notIn matched: SortedPositions) -> Int {
            specific.count - (matched.count - specific.countOutside(matched))
        }
    }
}
