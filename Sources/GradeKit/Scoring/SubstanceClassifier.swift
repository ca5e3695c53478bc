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
/// - it is hedged (maybe, probably, might …) and holds fewer than four such specific words.
///
/// Everything else deals with the concept in substance. Words are counted once per written
/// word, so `auto-scaling` is one word, not three.
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
    }

    /// Words a unit needs beyond the matched ones to count as substance.
    public var minimumExtraWords: Int
    /// Content words one phrase needs to say something without a cue word.
    public var statementLength: Int

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
    /// Hedges: a hedged sentence needs specific content to count as substance.
    public static let hedges: Set<String> = ["maybe", "perhaps", "probably", "possibly", "might", "hopefully", "somehow"]

    /// Creates a classifier.
    public init(minimumExtraWords: Int = 2, statementLength: Int = 4) {
        self.minimumExtraWords = minimumExtraWords
        self.statementLength = statementLength
    }

    /// What the classifier needs to know about a unit, computed once for all its matches.
    public struct UnitProfile: Sendable {
        /// One token per written content word.
        var words: [Token]
        /// Whether the unit says something (a cue word, or a statement outside a term list).
        var saysSomething: Bool
        /// Whether the unit hedges.
        var hedged: Bool
        /// Counts over `words` for one rubric's title terms, made once for all matches.
        var counts: WordCounts?
    }

    /// The profile of a unit's tokens.
    public func profile(_ tokens: [Token]) -> UnitProfile {
        let words = Self.writtenWords(tokens)
        return UnitProfile(
            words: words, saysSomething: saysSomething(tokens, words: words),
            hedged: tokens.contains { Self.hedges.contains($0.surface) })
    }

    /// The profile of a unit's tokens, with the word counts its matches will be judged on
    /// against `titleTerms` made in advance: pass it with the same `titleTerms` to
    /// ``classify(_:unit:tokens:mentionOnly:titleTerms:profile:)``.
    public func profile(_ tokens: [Token], titleTerms: Set<String>) -> UnitProfile {
        var profile = self.profile(tokens)
        profile.counts = WordCounts(words: profile.words, titleTerms: titleTerms)
        return profile
    }

    /// The judgement on `match` in `unit`; `mentionOnly` caps it at a mention (a concept
    /// general enough to show the topic but never the substance). Pass the unit's
    /// ``profile(_:)`` when judging several matches in one unit.
    public func classify(
        _ match: ConceptMatch, unit: TextUnit, tokens: [Token], mentionOnly: Bool = false, titleTerms: Set<String> = [],
        profile given: UnitProfile? = nil
    ) -> Judgement {
        var matched: Set<Int> = []
        for index in match.tokens { matched.formUnion(tokens[index].position...tokens[index].lastPosition) }
        for index in match.tokens {
            if let negation = tokens[index].negation, !matched.contains(negation.trigger) {
                let word = tokens.first { $0.position == negation.trigger && $0.origin == .word }?.surface ?? "a negation"
                return Judgement(
                    role: .negated, reason: "negated by '\(word)'", rejects: negation.kind == .rejection,
                    proposesAlternative: negation.kind == .alternative)
            }
        }
        if unit.kind == .heading { return Judgement(role: .mention, reason: "named in a heading", rejects: false) }
        let profile = given ?? self.profile(tokens)
        let words = profile.words
        // Specific words are neither in a rule title nor filler (see WordCounts).
        let counts = profile.counts.flatMap { $0.titleTerms == titleTerms ? $0 : nil } ?? WordCounts(words: words, titleTerms: titleTerms)
        if match.tokens.allSatisfy({ tokens[$0].origin == .marker }) {
            // A question is its own substance when it asks something specific, not when it
            // repeats the task's own question as a heading would.
            let specific = counts.specificWords(notIn: [])
            if profile.hedged { return Judgement(role: .mention, reason: "a speculative question", rejects: false) }
            return specific >= 2
                ? Judgement(role: .substance, reason: "asks a question", rejects: false)
                : Judgement(role: .mention, reason: "a question that repeats the task", rejects: false)
        }
        if mentionOnly { return Judgement(role: .mention, reason: "a general word for this item", rejects: false) }
        let extra = counts.words(notIn: matched)
        if extra < minimumExtraWords {
            return Judgement(role: .mention, reason: "named with nothing around it", rejects: false)
        }
        if !profile.saysSomething {
            return Judgement(role: .mention, reason: "named in short phrases with no reason or mechanism", rejects: false)
        }
        let specific = counts.specificWords(notIn: matched)
        if specific < minimumExtraWords {
            return Judgement(role: .mention, reason: "restates the item without saying how or why", rejects: false)
        }
        if profile.hedged && specific < 4 {
            return Judgement(role: .mention, reason: "a hedged idea with little detail", rejects: false)
        }
        return Judgement(role: .substance, reason: "explained in context", rejects: false)
    }

    /// "read 'replcias' as 'replica'" for every misspelling the match relied on.
    static func corrections(in match: ConceptMatch, tokens: [Token]) -> String? {
        let fixed = match.tokens.map { tokens[$0] }.filter { $0.origin == .correction }
        guard !fixed.isEmpty else { return nil }
        return fixed.map { "read '\($0.surface)' as '\($0.term)'" }.joined(separator: ", ")
    }

    /// One token per written content word: compounds count once, stop words not at all.
    static func writtenWords(_ tokens: [Token]) -> [Token] {
        var seen: Set<Int> = []
        return tokens.filter { $0.origin == .word && !$0.isStop && seen.insert($0.start).inserted }
    }

    /// Whether some phrase is a statement (long enough) or a cue word signals what, how or why.
    func saysSomething(_ tokens: [Token], words: [Token]) -> Bool {
        if tokens.contains(where: { $0.origin == .word && Self.cues.contains($0.surface) }) { return true }
        var sizes: [Int: Int] = [:]
        for token in words { sizes[token.phrase, default: 0] += 1 }
        if sizes.count >= 4 && sizes.values.filter({ $0 <= 3 }).count * 4 >= sizes.count * 3 { return false }
        return sizes.values.contains { $0 >= statementLength }
    }
}
