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
        /// Positions of the written words, ascending.
        private let positions: [Int]
        /// Positions of the written words that are neither title terms nor filler, ascending.
        private let specific: [Int]

        /// Counts over `words` (``SubstanceClassifier/writtenWords(_:)``).
        init(words: [Token], titleTerms: Set<String>) {
            self.titleTerms = titleTerms
            // Sorted arrays searched by halving: building two hash sets per unit cost more
            // than all the lookups a unit's matches make.
            var positions: [Int] = []
            var specific: [Int] = []
            positions.reserveCapacity(words.count)
            specific.reserveCapacity(words.count)
            for index in words.indices {
                positions.append(words[index].position)
                if !words[index].flags.contains(.filler) && !titleTerms.contains(words[index].term) {
                    specific.append(words[index].position)
                }
            }
            self.positions = Self.distinct(positions)
            self.specific = Self.distinct(specific)
        }

        /// Written words at none of the `matched` positions.
        func words(notIn matched: Set<Int>) -> Int {
            positions.count - matched.count { Self.contains(positions, $0) }
        }

        /// Specific written words at none of the `matched` positions.
        func specificWords(notIn matched: Set<Int>) -> Int {
            specific.count - matched.count { Self.contains(specific, $0) }
        }

        /// `values` sorted, each once (written words come in position order already).
        private static func distinct(_ values: [Int]) -> [Int] {
            var sorted = true
            for index in values.indices.dropFirst() where values[index - 1] >= values[index] {
                sorted = false
                break
            }
            return sorted ? values : Array(Set(values)).sorted()
        }

        /// Whether the ascending `values` hold `value`.
        private static func contains(_ values: [Int], _ value: Int) -> Bool {
            var low = 0
            var high = values.count
            while low < high {
                let middle = (low + high) / 2
                if values[middle] < value { low = middle + 1 } else { high = middle }
            }
            return low < values.count && values[low] == value
        }
    }
}
