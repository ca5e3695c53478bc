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
    /// The words outside a match are all of them less those at the match's positions, a
    /// lookup per matched position in a table by position.
    struct WordCounts: Sendable {
        /// The title terms the specific words were counted against.
        let titleTerms: Set<String>
        /// Per position, whether a written word stands there (``word``) and whether a
        /// specific one does (``specific``); positions past the end hold neither.
        private let kinds: [UInt8]
        /// Positions holding a written word.
        private let wordCount: Int
        /// Positions holding a specific written word.
        private let specificCount: Int

        /// A bit of ``kinds``: a written word stands at the position.
        private static let word: UInt8 = 1
        /// A bit of ``kinds``: a specific written word stands at the position.
        private static let specific: UInt8 = 2

        /// Counts over `words`, indices of `tokens` (``SubstanceClassifier/WordSignals/words``);
        /// `idsResolved` says the tokens' term ids are those of `titleTerms`.
        init(words: [Int], of tokens: [Token], titleTerms: TitleTerms, idsResolved: Bool = false) {
            self.titleTerms = titleTerms.terms
            // One table by position, read once per matched position: cheaper than searching
            // sorted lists, let alone building hash sets, for what a unit's matches ask.
            var highest = -1
            for index in words { highest = max(highest, tokens[index].position) }
            var kinds = [UInt8](repeating: 0, count: highest + 1)
            var wordCount = 0
            var specificCount = 0
            for index in words {
                let position = tokens[index].position
                if kinds[position] & Self.word == 0 { wordCount += 1 }
                kinds[position] |= Self.word
                if !tokens[index].flags.contains(.filler) && !titleTerms.contains(tokens[index], idsResolved: idsResolved) {
                    if kinds[position] & Self.specific == 0 { specificCount += 1 }
                    kinds[position] |= Self.specific
                }
            }
            self.kinds = kinds
            self.wordCount = wordCount
            self.specificCount = specificCount
        }

        /// Written words at none of the `matched` positions.
        func words(notIn matched: SortedPositions) -> Int {
            wordCount - count(Self.word, at: matched)
        }

        /// Specific written words at none of the `matched` positions.
        func specificWords(notIn matched: SortedPositions) -> Int {
            specificCount - count(Self.specific, at: matched)
        }

        /// How many of the `matched` positions hold `kind`.
        private func count(_ kind: UInt8, at matched: SortedPositions) -> Int {
            matched.values.count { $0 >= 0 && $0 < kinds.count && kinds[$0] & kind != 0 }
        }
    }
}
