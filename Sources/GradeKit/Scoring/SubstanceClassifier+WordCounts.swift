extension SubstanceClassifier {
    /// A rubric's title terms as ``WordCounts`` tests a word against them: by the word's
    /// ``Token/termID`` when the tokens come from the analyzer whose ids these are (resolved
    /// once per distinct word, so no hashing per word), by its term otherwise.
    struct TitleTerms: Sendable {
        /// The title terms.
        let terms: Set<String>
        /// Per term id of the analyzer, whether the term is a title term; every title term
        /// has an id (``CompiledRubric/termIDs``).
        private let byID: [Bool]

        /// `terms`, with their ids in `termIDs` (none: tested by term alone).
        init(_ terms: Set<String>, termIDs: [String: Int] = [:]) {
            self.terms = terms
            var byID = [Bool](repeating: false, count: termIDs.count)
            for term in terms {
                if let id = termIDs[term] { byID[id] = true }
            }
            self.byID = byID
        }

        /// Whether the term of `token` is a title term; `idsResolved` says its
        /// ``Token/termID`` is one of this rubric's ids.
        func contains(_ token: Token, idsResolved: Bool) -> Bool {
            guard idsResolved, !byID.isEmpty, token.termID != Token.unresolved else { return terms.contains(token.term) }
            return token.termID != Token.absent && byID[Int(token.termID)]
        }
    }

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

        /// Counts over `words`, indices of `tokens` (``SubstanceClassifier/WordSignals/words``);
        /// `idsResolved` says the tokens' term ids are those of `titleTerms`.
        init(words: [Int], of tokens: [Token], titleTerms: TitleTerms, idsResolved: Bool = false) {
            self.titleTerms = titleTerms.terms
            // Sorted positions searched by halving: building two hash sets per unit cost
            // more than all the lookups a unit's matches make.
            var positions: [Int] = []
            var specific: [Int] = []
            positions.reserveCapacity(words.count)
            specific.reserveCapacity(words.count)
            for index in words {
                positions.append(tokens[index].position)
                if !tokens[index].flags.contains(.filler) && !titleTerms.contains(tokens[index], idsResolved: idsResolved) {
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
