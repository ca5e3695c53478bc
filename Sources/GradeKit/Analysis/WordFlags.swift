/// The word lists a written word belongs to, worked out once per distinct word when the
/// analyzer first meets it (see ``Analyzer/baseTokens(_:)``), so the filters and the grader
/// test a bit on every occurrence instead of hashing the word into each list.
///
/// The lists themselves stay with the code that owns them (``NegationFilter``,
/// ``SubstanceClassifier``); this only records membership.
public struct WordFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16

    /// Creates flags from their raw bits.
    public init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    /// The surface can start a negation trigger or pseudo-trigger (``NegationFilter/triggerStarts``).
    public static let triggerStart = WordFlags(rawValue: 1 << 0)
    /// The surface is a hedge (``SubstanceClassifier/hedges``).
    public static let hedge = WordFlags(rawValue: 1 << 1)
    /// The surface is a platitude (``SubstanceClassifier/platitudes``).
    public static let platitude = WordFlags(rawValue: 1 << 2)
    /// The surface is a cue for a reason, mechanism, condition or sequence (``SubstanceClassifier/cues``).
    public static let cue = WordFlags(rawValue: 1 << 3)
    /// The surface puts content off (``SubstanceClassifier/deferrals``).
    public static let deferral = WordFlags(rawValue: 1 << 4)
    /// The term (the stem) is filler (``SubstanceClassifier/filler``).
    public static let filler = WordFlags(rawValue: 1 << 5)
    /// The surface ends a negation's scope (``NegationFilter/terminators``).
    public static let terminator = WordFlags(rawValue: 1 << 6)
    /// The surface is a subject that starts a main clause (``NegationFilter/subjects``).
    public static let subject = WordFlags(rawValue: 1 << 7)
    /// The surface starts a new verb phrase (``NegationFilter/coordinators``).
    public static let coordinator = WordFlags(rawValue: 1 << 8)
    /// The surface is an object pronoun (``NegationFilter/objectPronouns``).
    public static let objectPronoun = WordFlags(rawValue: 1 << 9)
    /// The surface is a number word or a cadence (``ConcreteDetail/numberWords``).
    public static let numberWord = WordFlags(rawValue: 1 << 10)
    /// The surface opens a condition (``EllipticalCondition/openers``).
    public static let conditionOpener = WordFlags(rawValue: 1 << 11)
    /// The surface opens one of the two-word phrases the substance checks look for ("I
    /// think", "not sure", "to be decided", "going forward": ``SubstanceClassifier/phraseLeads``).
    public static let phraseLead = WordFlags(rawValue: 1 << 12)
    /// The surface is a negation trigger on its own (``NegationFilter/singleTriggers``).
    public static let singleTrigger = WordFlags(rawValue: 1 << 13)
    /// The surface rejects as the writer's decision (``NegationFilter/decidedVerbs``).
    public static let decidedVerb = WordFlags(rawValue: 1 << 14)
    /// The surface is a word one of which every negation needs (``NegationFilter/keyWords``).
    ///
    /// This is the last of the 16 bits: another list needs a wider ``rawValue``.
    public static let negationKey = WordFlags(rawValue: 1 << 15)

    /// The lists a word with this folded `surface` and `term` belongs to.
    public init(surface: String, term: String) {
        self = Self.bySurface[surface] ?? []
        if SubstanceClassifier.filler.contains(term) { insert(.filler) }
    }

    /// Sets the flags of every ``Token/Origin/word`` token of `tokens` from its surface and
    /// term, for a chain built by hand rather than by ``Analyzer``: the negation filter and
    /// the substance checks read the flags, not the lists.
    public static func assign(to tokens: inout [Token]) {
        for index in tokens.indices where tokens[index].origin == .word {
            tokens[index].flags = WordFlags(surface: tokens[index].surface, term: tokens[index].term)
        }
    }

    /// Every word of the surface lists with its flags, so a word takes one lookup, not one
    /// per list.
    private static let bySurface: [String: WordFlags] = {
        var table: [String: WordFlags] = [:]
        let lists: [(Set<String>, WordFlags)] = [
            (NegationFilter.triggerStarts, .triggerStart), (SubstanceClassifier.hedges, .hedge),
            (SubstanceClassifier.platitudes, .platitude), (SubstanceClassifier.cues, .cue),
            (SubstanceClassifier.deferrals, .deferral), (NegationFilter.terminators, .terminator),
            (NegationFilter.subjects, .subject), (NegationFilter.coordinators, .coordinator),
            (NegationFilter.objectPronouns, .objectPronoun), (ConcreteDetail.numberWords, .numberWord),
            (EllipticalCondition.openers, .conditionOpener), (SubstanceClassifier.phraseLeads, .phraseLead),
            (NegationFilter.singleTriggers, .singleTrigger), (NegationFilter.decidedVerbs, .decidedVerb),
            (NegationFilter.keyWords, .negationKey),
        ]
        for (words, flag) in lists {
            for word in words { table[word, default: []].insert(flag) }
        }
        return table
    }()
}
