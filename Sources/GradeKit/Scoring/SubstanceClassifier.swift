/// Decides how a concept match counts: substance, a mere mention, or negated.
///
/// A match is *negated* when a negation's scope (see ``NegationFilter``) covers one of its
/// words and the trigger is not itself part of the concept ("without downtime" as a concept is
/// not negated by its own "without").
///
/// Otherwise it is a *mention* when
/// - it is in a heading (a heading names a topic; what is under it carries the substance),
/// - the unit holds fewer than ``minimumExtraWords`` words beyond the matched ones (a bare
///   keyword or list item), or
/// - no part of the unit says anything about it. A unit says something when a word signals a
///   reason, a mechanism, a condition or a sequence (because, so, by, using, via, which, when,
///   if, then, why, how …), or, failing that, when it is not a list of terms (four or more
///   separated phrases, three in four of them one to three words long, as in "RTO, RPO,
///   multi-region, warm standby") and one phrase has ``statementLength`` content words.
///   "rotate all credentials, revoke sessions" names two actions; "rotate the keys the
///   attacker used so stolen ones stop working" explains one,
/// - it only restates the item: beyond the matched words the unit has fewer than
///   ``minimumExtraWords`` words that are neither in a rule title nor ``filler`` ("I would
///   also try to understand the team dynamics"), or
/// - it puts the content off ("Quick wins: TBD after the breakdown", "to be decided"),
/// - the writer says they do not know ("I'm not sure how you'd move the data"),
/// - it defines the term instead of applying it ("the strangler fig pattern is where you
///   gradually replace…", see ``Definition``), or
/// - it is hedged (maybe, probably, might, could, ideally, I think, not sure …) and holds
///   fewer than four such specific words.
///
/// Everything else deals with the concept in substance. Words are counted once per written
/// word, so `auto-scaling` is one word, not three. A substance judgement also records whether
/// the unit is *tentative* (it hedges: "we could set up Route 53 health checks") and whether
/// it is *vague*: it leans on a ``platitudes`` word ("it's important to test the plan
/// regularly and make sure everyone knows what to do") and holds neither a ``ConcreteDetail``
/// beyond the matched words (a number, a name, an identifier) nor ``detailedLength`` specific
/// words. ``Grader`` does not let such a sentence alone address an item.
public struct SubstanceClassifier: Sendable {
    /// The judgement on one match.
    public struct Judgement: Sendable, Equatable {
        /// How the match counts.
        public var role: Evidence.Role
        /// Why, in a few words.
        public var reason: String
        /// For a negated match: whether the writer decides against the item ("we would not",
        /// "skip", "no need for", "overkill"), as opposed to proposing an alternative or
        /// describing an absence.
        public var rejects: Bool
        /// For a negated match: whether the writer proposes something in its place
        /// ("instead of", "rather than").
        public var proposesAlternative: Bool = false
        /// For substance: whether the unit leans on a platitude ("it's important to", "make
        /// sure") and gives no concrete detail beyond the matched words (see ``ConcreteDetail``)
        /// and fewer than ``SubstanceClassifier/detailedLength`` specific words.
        public var vague: Bool = false
        /// For substance: whether the unit hedges ("maybe", "we could", "I think").
        public var tentative: Bool = false
        /// For a mention: whether the item is only named, with nothing said around it (a
        /// heading, a bare term, a run of short phrases).
        public var bare: Bool = false
        /// For a mention: whether the match is a condition ("if enabled"), which states
        /// nothing the writer does (see ``EllipticalCondition``; the grader sets it).
        public var conditional: Bool = false
    }

    /// Words a unit needs beyond the matched ones to count as substance.
    public var minimumExtraWords: Int
    /// Content words one phrase needs to say something without a cue word.
    public var statementLength: Int
    /// Specific words (beyond the matched ones, title words and filler) that make a unit
    /// detailed even without a ``ConcreteDetail``: "I'd sit in on their standups and retros
    /// for a few weeks without changing anything, and shadow on-call myself".
    public var detailedLength: Int

    /// Words that introduce a reason, a mechanism, a condition or a sequence.
    public static let cues: Set<String> = [
        "because", "since", "so", "by", "using", "via", "which", "through", "when", "whenever", "if", "until",
        "unless", "then", "otherwise", "instead", "once", "after", "before", "while", "where", "whether", "why",
        "how", "ensure", "ensures", "lets", "allow", "allows", "avoid", "avoids", "prevent", "prevents", "means",
    ]

    /// Words that carry no specific content of their own: restating an item with these
    /// ("I would also try to understand the team dynamics") is naming it, not addressing it.
    public static let filler: Set<String> = [
        "also", "try", "tri", "want", "need", "make", "sure", "think", "realli", "important", "import", "thing",
        "good", "better", "best", "mayb", "probabl", "lot", "way", "start", "creat", "build", "implement", "use",
        "have", "help", "abl", "new", "everyon", "someth", "stuff", "kind", "definit", "basic", "general", "overal",
        "improv", "thing", "look", "go", "work", "set", "put", "proper", "right", "more", "much", "well", "now",
        "first", "then", "next", "step", "plan", "approach", "strategi", "process", "team", "peopl", "everyth",
    ]
    /// Platitudes: words that assert importance or quality without saying what ("it's
    /// important to", "make sure", "things", "better"). A sentence built on them needs a
    /// concrete detail to count as substance.
    public static let platitudes: Set<String> = [
        "important", "importance", "crucial", "essential", "vital", "sure", "things", "stuff", "everything", "properly",
        "better", "good", "great", "basically", "generally",
    ]
    /// Hedges: a hedged sentence needs specific content to count as substance.
    public static let hedges: Set<String> = [
        "maybe", "perhaps", "probably", "prob", "possibly", "might", "could", "ideally", "hopefully", "somehow",
    ]

    /// Creates a classifier.
    public init(minimumExtraWords: Int = 2, statementLength: Int = 4, detailedLength: Int = 8) {
        self.minimumExtraWords = minimumExtraWords
        self.statementLength = statementLength
        self.detailedLength = detailedLength
    }

    /// What the classifier needs to know about a unit, computed once for all its matches.
    ///
    /// A profile belongs to the unit it was made from: what a judgement works out on first
    /// need (whether the writer is unsure, the details, the definition's reading) is kept for
    /// the unit's other matches, so it must only be used with that unit's text and tokens.
    public struct UnitProfile: Sendable {
        /// The indices of the unit's tokens that stand for its written content words, one each
        /// (``SubstanceClassifier/WordSignals/words``).
        var words: [Int]
        /// Whether the unit says something (a cue word, or a statement outside a term list).
        var saysSomething: Bool
        /// Whether the unit hedges.
        var hedged: Bool
        /// Whether the unit leans on a platitude.
        var vague: Bool
        /// Whether the unit puts its content off ("TBD", "to be decided").
        var deferred: Bool
        /// Counts over `words` for one rubric's title terms, made once for all matches.
        var counts: WordCounts?
        /// Room for the positions of the match being judged, kept from one match to the next
        /// so a match allocates none; meaningful only inside ``SubstanceClassifier/judge``,
        /// which fills it first.
        fileprivate var matched = SortedPositions([])
        /// Whether the writer says they do not know, once a match has asked (``unsure(tokens:)``).
        private var foundUnsure: Bool?
        /// The unit's concrete details, once a match has needed them (``details(text:tokens:)``).
        private var foundDetails: ConcreteDetail.Details?
        /// The unit as ``Definition`` reads it, once a match has needed it
        /// (``definition(tokens:)``).
        private var readDefinition: Definition.Unit?

        /// The profile's eager parts; whether the writer is unsure, the details and the
        /// definition's reading wait for a match that needs them, as most matches are judged
        /// before any is asked for.
        init(words: [Int], saysSomething: Bool, hedged: Bool, vague: Bool, deferred: Bool) {
            self.words = words
            self.saysSomething = saysSomething
            self.hedged = hedged
            self.vague = vague
            self.deferred = deferred
        }

        /// Whether the writer of the unit whose `tokens` this profile describes says they do
        /// not know ("I'm not sure how", "I have no idea"), worked out on first need.
        mutating func unsure(tokens: [Token]) -> Bool {
            Self.kept(&foundUnsure) { SubstanceClassifier.admitsNotKnowing(tokens) }
        }

        /// The concrete details of the unit whose `text` and `tokens` this profile describes,
        /// found on first need.
        mutating func details(text: String, tokens: [Token]) -> ConcreteDetail.Details {
            Self.kept(&foundDetails) { ConcreteDetail().details(in: text, tokens: tokens) }
        }

        /// The unit whose `tokens` this profile describes as ``Definition`` reads it, read on
        /// first need.
        mutating func definition(tokens: [Token]) -> Definition.Unit {
            Self.kept(&readDefinition) { Definition().unit(tokens) }
        }

        /// The value in `slot`, made by `make` and kept there the first time.
        private static func kept<Value>(_ slot: inout Value?, _ make: () -> Value) -> Value {
            if let value = slot { return value }
            let value = make()
            slot = value
            return value
        }
    }

    /// The profile of a unit, from its analysed `tokens` (what needs its text waits for a
    /// match that asks: ``UnitProfile/details(text:tokens:)``).
    public func profile(_ tokens: [Token]) -> UnitProfile {
        let signals = WordSignals(tokens)
        return UnitProfile(
            words: signals.words, saysSomething: signals.cue || saysSomething(tokens, words: signals.words),
            hedged: signals.hedged, vague: signals.vague, deferred: signals.deferred)
    }

    /// The profile of a unit's tokens, with the word counts its matches will be judged on
    /// against `titleTerms` made in advance: pass it with the same `titleTerms` to
    /// ``classify(_:unit:tokens:mentionOnly:titleTerms:profile:)``.
    public func profile(_ tokens: [Token], titleTerms: Set<String>) -> UnitProfile {
        profile(tokens, titleTerms: TitleTerms(titleTerms), idsResolved: false)
    }

    /// ``profile(_:titleTerms:)`` with the title terms of a compiled rubric
    /// (``CompiledRubric/titleTermIDs``); `idsResolved` says the tokens come straight from
    /// that rubric's analyzer, so their term ids are tested, not their terms.
    func profile(_ tokens: [Token], titleTerms: TitleTerms, idsResolved: Bool) -> UnitProfile {
        var profile = self.profile(tokens)
        profile.counts = WordCounts(words: profile.words, of: tokens, titleTerms: titleTerms, idsResolved: idsResolved)
        return profile
    }

    /// The judgement on `match` in `unit`; `mentionOnly` caps it at a mention (a concept
    /// general enough to show the topic but never the substance). Pass the unit's
    /// ``profile(_:)`` when judging several matches in one unit.
    public func classify(
        _ match: ConceptMatch, unit: TextUnit, tokens: [Token], mentionOnly: Bool = false, titleTerms: Set<String> = [],
        profile given: UnitProfile? = nil
    ) -> Judgement {
        // A profile of another unit would answer with that unit's details (``UnitProfile``).
        var profile = given ?? profile(tokens)
        return judge(match, unit: unit, tokens: tokens, mentionOnly: mentionOnly, titleTerms: titleTerms, profile: &profile)
    }

    /// ``classify(_:unit:tokens:mentionOnly:titleTerms:profile:)`` with the unit's profile at
    /// hand. The grader calls this for every match: passing the profile as an optional made
    /// a copy of it, every array in it retained and released, per match. The profile keeps
    /// what the judgement finds on first need for the unit's other matches.
    func judge(
        _ match: ConceptMatch, unit: TextUnit, tokens: [Token], mentionOnly: Bool, titleTerms: Set<String>,
        profile: inout UnitProfile
    ) -> Judgement {
        profile.matched.cover(match.tokens, of: tokens)
        let matched = profile.matched
        for index in match.tokens {
            if let negation = tokens[index].negation, !matched.contains(negation.trigger) {
                let word = tokens.first { $0.position == negation.trigger && $0.origin == .word }?.surface ?? "a negation"
                return Judgement(
                    role: .negated, reason: "negated by '\(word)'", rejects: negation.kind == .rejection,
                    proposesAlternative: negation.kind == .alternative)
            }
        }
        if unit.kind == .heading { return Judgement(role: .mention, reason: "named in a heading", rejects: false, bare: true) }
        let words = profile.words
        // Specific words are neither in a rule title nor filler (see WordCounts).
        let counts = profile.counts.flatMap { $0.titleTerms == titleTerms ? $0 : nil } ?? WordCounts(words: words, of: tokens, titleTerms: TitleTerms(titleTerms))
        if match.tokens.allSatisfy({ tokens[$0].origin == .marker }) {
            if tokens[match.tokens[0]].term == Analyzer.contrastTerm {
                // "X, not Y" weighs two options; it is a trade-off in substance when it says why,
                // however tentatively (weighing options is conditional by nature).
                return Contrast.givesReason(tokens, text: unit.text)
                    ? Judgement(role: .substance, reason: "chooses one option over another and says why", rejects: false)
                    : Judgement(role: .mention, reason: "chooses one option over another without saying why", rejects: false)
            }
            // A question is its own substance when it asks something specific, not when it
            // repeats the task's own question as a heading would.
            let specific = counts.specificWords(notIn: SortedPositions([]))
            if profile.hedged { return Judgement(role: .mention, reason: "a speculative question", rejects: false) }
            return specific >= 2
                ? Judgement(role: .substance, reason: "asks a question", rejects: false)
                : Judgement(role: .mention, reason: "a question that repeats the task", rejects: false)
        }
        if mentionOnly { return Judgement(role: .mention, reason: "a general word for this item", rejects: false) }
        let extra = counts.words(notIn: matched)
        if extra < minimumExtraWords {
            return Judgement(role: .mention, reason: "named with nothing around it", rejects: false, bare: true)
        }
        if !profile.saysSomething {
            return Judgement(
                role: .mention, reason: "named in short phrases with no reason or mechanism", rejects: false, bare: true)
        }
        let specific = counts.specificWords(notIn: matched)
        if specific < minimumExtraWords {
            return Judgement(role: .mention, reason: "restates the item without saying how or why", rejects: false)
        }
        if profile.deferred {
            return Judgement(role: .mention, reason: "put off for later (TBD)", rejects: false)
        }
        if profile.unsure(tokens: tokens) {
            return Judgement(role: .mention, reason: "the writer says they are not sure how", rejects: false)
        }
        if Definition().defines(profile.definition(tokens: tokens), first: matched.first, last: matched.last) {
            return Judgement(role: .mention, reason: "defines the term rather than applying it", rejects: false)
        }
        if profile.hedged && specific < 4 {
            return Judgement(role: .mention, reason: "a hedged idea with little detail", rejects: false)
        }
        let concrete = specific >= detailedLength || profile.details(text: unit.text, tokens: tokens).present(excluding: matched)
        return Judgement(
            role: .substance, reason: "explained in context", rejects: false,
            vague: profile.vague && !concrete, tentative: profile.hedged)
    }

    /// The first words of the two-word phrases ``WordSignals`` and ``admitsNotKnowing(_:)``
    /// look for; a word after any other word is not compared (``WordFlags/phraseLead``).
    public static let phraseLeads: Set<String> = ["i", "not", "be", "going", "moving", "best", "industry"]

    /// Whether the writer admits not knowing: "I" followed within a few words by "not sure",
    /// "unsure", "no idea" or "don't know". Only the first person counts: "we are not sure
    /// the deploy caused it, so diff it first" is reasoning about the scenario.
    static func admitsNotKnowing(_ tokens: [Token]) -> Bool {
        // Most units have no "I": leave them after one pass, before gathering the words.
        guard tokens.contains(where: { $0.origin == .word && $0.flags.contains(.phraseLead) && $0.surface == "i" }) else {
            return false
        }
        // The written words by index, their surfaces read in place: an array of surfaces
        // would retain and release every one.
        let words = tokens.indices.filter { tokens[$0].origin == .word }
        func surface(_ word: Int) -> String { tokens[words[word]].surface }
        for index in words.indices where surface(index) == "i" {
            // The window of four words after "I".
            let last = min(words.count, index + 5) - 1
            guard index < last else { continue }
            for position in (index + 1)...last {
                let here = surface(position)
                if here == "unsure" { return true }
                guard position < last else { break }
                let next = surface(position + 1)
                if (here == "not" && (next == "sure" || next == "certain")) || (here == "no" && next == "idea")
                    || (here == "not" && next == "know")
                {
                    return true
                }
                if here == "not", position + 2 <= last, ["totally", "really", "entirely", "quite"].contains(next),
                    surface(position + 2) == "sure"
                {
                    return true
                }
            }
        }
        return false
    }

    /// Abbreviations that put content off for later.
    public static let deferrals: Set<String> = ["tbd", "tbc", "tba"]

    /// "read 'replcias' as 'replica'" for every misspelling the match relied on.
    static func corrections(in match: ConceptMatch, tokens: [Token]) -> String? {
        let fixed = match.tokens.filter { tokens[$0].origin == .correction }
        guard !fixed.isEmpty else { return nil }
        return fixed.map { "read '\(tokens[$0].surface)' as '\(tokens[$0].term)'" }.joined(separator: ", ")
    }

    /// Whether some phrase of the unit whose written `words` (``WordSignals/words``) are
    /// indices of `tokens` is a statement, long enough and outside a list of terms. A unit
    /// with a cue word (``WordSignals/cue``) says something whatever its phrases.
    func saysSomething(_ tokens: [Token], words: [Int]) -> Bool {
        // Words per phrase, counted in an array: phrase indices are small and dense.
        var highest = -1
        for index in words { highest = max(highest, tokens[index].phrase) }
        guard highest >= 0 else { return false }
        var sizes = [Int](repeating: 0, count: highest + 1)
        for index in words { sizes[tokens[index].phrase] += 1 }
        var phrases = 0
        var short = 0
        var statement = false
        for size in sizes where size > 0 {
            phrases += 1
            if size <= 3 { short += 1 }
            if size >= statementLength { statement = true }
        }
        if phrases >= 4 && short * 4 >= phrases * 3 { return false }
        return statement
    }
}
