extension NegationFilter {
    /// Every word the filter's lists and patterns name, once each, in a fixed order: a word's
    /// index here is its id. The analyzer's surface lexicon takes these first
    /// (``Analyzer/surfaceLexicon()``), so the id of a word's surface there is its id here,
    /// and the filter compares small integers instead of strings.
    static let words: [String] = {
        var named: Set<String> = ["no", "any", "one", "sure", "either", "make", "makes", "making"]
        for list in [
            singleTriggers, rejectingVerbs, deciders, noDecisions, pointers, decidedVerbs, adverbs, conditions, qualifiers,
            possessions, modals, needs, pastCopulas, intentions, counters, purposes, bareVerdicts,
        ] {
            named.formUnion(list)
        }
        for pattern in pseudoTriggers + multiTriggers + phraseTriggers + postTriggers + goals + sequencing + verdictEndings {
            named.formUnion(pattern)
        }
        return named.sorted()
    }()

    /// ``words`` → their ids.
    static let wordIDs: [String: Int] = Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, $0) })

    /// The id of a word that is none of ``words``.
    static let otherWord = -1

    /// The id of `word` among ``words``, or ``otherWord``. Looked up as a `String`, so a
    /// canonically equivalent spelling gets the same id, as in the lexicon.
    static func wordID(_ word: String) -> Int {
        wordIDs[word] ?? otherWord
    }

    /// The id among ``words`` of the surface of `tokens[index]`: read from its
    /// ``Token/surfaceID`` when the analyzer resolved one, looked up by the surface otherwise
    /// (a token made by hand or by a filter, or a word past the lexicon's capacity). By index:
    /// passing the token itself would copy it.
    static func wordID(of index: Int, in tokens: [Token]) -> Int {
        let id = tokens[index].surfaceID
        guard id >= 0 else { return wordID(tokens[index].surface) }
        return Int(id) < words.count ? Int(id) : otherWord
    }

    /// The id of `word`, which must be one of ``words``: a word the lists name but ``words``
    /// left out would get ``otherWord``, and a pattern holding it would match any word.
    static func namedID(_ word: String) -> Int {
        guard let id = wordIDs[word] else { preconditionFailure("'\(word)' is missing from NegationFilter.words") }
        return id
    }

    /// Each pattern of `patterns` as word ids.
    static func ids(_ patterns: [[String]]) -> [[Int]] {
        patterns.map { $0.map(namedID) }
    }

    /// One of the filter's word lists as a table by word id, so a membership test is one
    /// array read rather than hashing the word.
    struct WordSet: Sendable {
        /// Per id of ``NegationFilter/words``, whether the list holds the word.
        private let members: [Bool]

        /// The set of `list`'s words, each of which must be one of ``NegationFilter/words``.
        init(_ list: Set<String>) {
            for word in list { _ = NegationFilter.namedID(word) }
            members = NegationFilter.words.map(list.contains)
        }

        /// Whether the word of id `id` is in the list.
        func contains(_ id: Int) -> Bool {
            id >= 0 && members[id]
        }
    }

    /// ``deciders`` by id.
    static let deciderIDs = WordSet(deciders)
    /// ``noDecisions`` by id.
    static let noDecisionIDs = WordSet(noDecisions)
    /// ``rejectingVerbs`` by id.
    static let rejectingVerbIDs = WordSet(rejectingVerbs)
    /// ``pointers`` by id.
    static let pointerIDs = WordSet(pointers)
    /// ``adverbs`` by id.
    static let adverbIDs = WordSet(adverbs)
    /// ``conditions`` by id.
    static let conditionIDs = WordSet(conditions)
    /// ``qualifiers`` by id.
    static let qualifierIDs = WordSet(qualifiers)
    /// ``possessions`` by id.
    static let possessionIDs = WordSet(possessions)
    /// ``modals`` by id.
    static let modalIDs = WordSet(modals)
    /// ``needs`` by id.
    static let needIDs = WordSet(needs)
    /// ``pastCopulas`` by id.
    static let pastCopulaIDs = WordSet(pastCopulas)
    /// ``intentions`` by id.
    static let intentionIDs = WordSet(intentions)
    /// ``counters`` by id.
    static let counterIDs = WordSet(counters)
    /// ``bareVerdicts`` by id.
    static let bareVerdictIDs = WordSet(bareVerdicts)
    /// ``purposes`` by id.
    static let purposeIDs = WordSet(purposes)
    /// The verbs before `sure` that make it a purpose ("make sure it doesn't …").
    static let makingIDs = WordSet(["make", "makes", "making"])

    /// The ids of single words the rules name.
    enum Named {
        static let no = NegationFilter.namedID("no")
        static let any = NegationFilter.namedID("any")
        static let one = NegationFilter.namedID("one")
        static let sure = NegationFilter.namedID("sure")
        static let either = NegationFilter.namedID("either")
    }

    /// ``pseudoTriggers`` by their first words.
    static let pseudoTriggerIndex = PatternIndex(pseudoTriggers)
    /// ``multiTriggers`` by their first words.
    static let multiTriggerIndex = PatternIndex(multiTriggers)
    /// ``phraseTriggers`` by their first words.
    static let phraseTriggerIndex = PatternIndex(phraseTriggers)
    /// ``postTriggers`` by their first words.
    static let postTriggerIndex = PatternIndex(postTriggers)
    /// ``deferringPostTriggers`` by id.
    static let deferringPostTriggerIDs = ids(deferringPostTriggers)
    /// ``goals`` by their first words.
    static let goalIndex = PatternIndex(goals)
    /// ``sequencing`` by their first words.
    static let sequencingIndex = PatternIndex(sequencing)
    /// ``verdictEndings`` by id.
    static let verdictEndingIDs = ids(verdictEndings)
}
