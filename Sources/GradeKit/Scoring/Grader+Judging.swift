/// How the grader judges one unit's matches, one concern at a time:
/// 1. the classifier's judgement of the match (``SubstanceClassifier``);
/// 2. what the match's place in the unit makes of it: under a lead that rejects it, or named
///    as a condition (``UnitContext/place(_:of:)``);
/// 3. what an anti-pattern's match says of the item (``weighedAsAntipattern(_:of:in:)``);
/// 4. the record of the match for the grading state: its evidence and how far a rejection of
///    it reaches (``record(_:as:concept:keepsAntipattern:in:rubric:into:)``).
extension Grader {
    /// One match of a unit, judged, before it joins the grading state.
    struct Judged {
        var found: Found
        var rule: Int
        /// The positions the match covers in its unit, if it covers words.
        var span: ClosedRange<Int>?
        /// The trigger position of the rejection covering the match, if it is rejected.
        var rejectionScope: Int?
        /// Whether the match is a general word for the item (a `mentions` entry) that the
        /// rejection leaves unnarrowed: "formal *policies*", not "policy *documents*".
        var broad: Bool
    }

    /// What judging a unit's matches needs to know of the unit, worked out once for all of them.
    struct UnitContext {
        /// The unit's index in the answer.
        let index: Int
        /// The unit.
        let unit: TextUnit
        /// The unit's analysed tokens: the array ``words`` reads.
        var tokens: [Token] { words.tokens }
        /// The unit's written words by position.
        let words: UnitWords
        /// What the classifier knows of the unit; it keeps what a match works out on first need.
        var profile: SubstanceClassifier.UnitProfile
        /// A short lead whose rest rejects what it names (``leadRejection(unit:tokens:)``).
        let lead: (colon: Int, trigger: String)?
        /// Whether the unit opens with ``insteadOpeners``.
        let offersInstead: Bool

        /// Sets the classifier's `judgement` of `match` to what the match's place in the unit
        /// makes of it: a match under a lead that rejects it is rejected ("Service mesh: I'd
        /// skip it for now"), one named as a condition is a mention ("S3 server access logs (if
        /// enabled)" reads the logs; it does not enable them).
        func place(_ judgement: inout SubstanceClassifier.Judgement, of match: ConceptMatch) {
            guard judgement.role != .negated else { return }
            if let lead, match.end <= lead.colon {
                judgement = .init(role: .negated, reason: "the passage it heads rejects it ('\(lead.trigger)')", rejects: true)
            } else if unit.kind != .heading,
                let condition = EllipticalCondition.find(in: match, words: words, text: unit.text)
            {
                judgement = .init(
                    role: .mention, reason: "named as a condition ('\(condition)'), not done", rejects: false, conditional: true)
            }
        }
    }

    /// Matches and judges one unit, adding its evidence to `state`; `fromRubricAnalyzer`
    /// says `tokens` come straight from `rubric.analyzer` (see ``ConceptMatcher``).
    func judge(
        unit index: Int, _ unit: TextUnit, tokens: [Token], rubric: CompiledRubric, fromRubricAnalyzer: Bool,
        into state: inout GradingState
    ) {
        let words = tokens.reduce(0) { $0 + ($1.origin == .word ? 1 : 0) }
        state.words += words
        if unit.kind == .prompt { state.prompts += 1 }
        let matches = matcher.matches(
            unit: index, tokens: tokens, rubric: rubric, fromRubricAnalyzer: fromRubricAnalyzer, scratch: &state.matching)
        guard !matches.isEmpty else { return }
        guard !Gibberish.isJunk(tokens, text: unit.text) else {
            state.junkUnits += 1
            return
        }
        var context = UnitContext(
            index: index, unit: unit, words: UnitWords(tokens, text: unit.text),
            profile: classifier.profile(tokens, titleTerms: rubric.titleTermIDs, idsResolved: fromRubricAnalyzer),
            lead: Self.leadRejection(unit: unit, tokens: tokens),
            // The first word found by index: `first` would copy the token.
            offersInstead: tokens.firstIndex { $0.origin == .word }.map { Self.insteadOpeners.contains(tokens[$0].surface) }
                ?? false)
        var judged: [Judged] = []
        judged.reserveCapacity(matches.count)
        for match in matches {
            judgeMatch(match, in: &context, rubric: rubric, into: &judged)
        }
        Self.widenByCoordination(&judged, words: context.words)
        for index in judged.indices { state.add(judged[index].found, rule: judged[index].rule) }
    }

    /// Judges one match of the unit `context` describes and adds its record to `judged`,
    /// unless the match says nothing of its item (an anti-pattern merely named).
    private func judgeMatch(
        _ match: ConceptMatch, in context: inout UnitContext, rubric: CompiledRubric, into judged: inout [Judged]
    ) {
        let concept = rubric.concepts[match.concept]
        var judgement = classifier.judge(
            match, unit: context.unit, tokens: context.tokens, mentionOnly: concept.kind == .mention,
            titleTerms: rubric.titleTerms, profile: &context.profile)
        context.place(&judgement, of: match)
        var keepsAntipattern = false
        if concept.kind == .antipattern {
            guard let weighed = weighedAsAntipattern(judgement, of: match, in: &context) else { return }
            (judgement, keepsAntipattern) = weighed
        }
        if let note = SubstanceClassifier.corrections(in: match, tokens: context.tokens) {
            judgement.reason += "; \(note)"
        }
        record(
            match, as: judgement, concept: concept, keepsAntipattern: keepsAntipattern, in: context, rubric: rubric,
            into: &judged)
    }

    /// What a match of an anti-pattern concept says of the item, given its `judgement`, and
    /// whether the writer keeps the anti-pattern; nil when the match says nothing. Naming an
    /// anti-pattern says nothing; rejecting it is the point, unless the rejection is a
    /// textbook definition's ("the strangler fig is where you replace parts instead of
    /// rewriting everything"). Keeping what the item avoids ("failover stays manual")
    /// decides against the item.
    private func weighedAsAntipattern(
        _ judgement: SubstanceClassifier.Judgement, of match: ConceptMatch, in context: inout UnitContext
    ) -> (judgement: SubstanceClassifier.Judgement, keeps: Bool)? {
        if judgement.role != .negated, let verb = Self.keptAntipattern(match, words: context.words) {
            return (.init(role: .negated, reason: "keeps the anti-pattern ('\(verb)')", rejects: true), true)
        }
        guard judgement.role == .negated else { return nil }
        let reading: SubstanceClassifier.Judgement =
            context.profile.definition(tokens: context.tokens).relative
            ? .init(role: .mention, reason: "rejects the anti-pattern inside a definition", rejects: false)
            : .init(role: .substance, reason: "rejects the anti-pattern (\(judgement.reason))", rejects: false)
        return (reading, false)
    }

    /// Adds the record of `match`, judged `judgement`, to `judged`: its evidence and how far
    /// a rejection of it reaches. Made in the array, not returned: a record is large, and a
    /// returned one is copied into it.
    private func record(
        _ match: ConceptMatch, as judgement: SubstanceClassifier.Judgement, concept: CompiledRubric.Concept,
        keepsAntipattern: Bool, in context: UnitContext, rubric: CompiledRubric, into judged: inout [Judged]
    ) {
        let unit = context.unit
        let words = context.words
        let evidence = Evidence(
            line: unit.line(at: match.start), text: unit.text, concept: concept.text,
            matched: Self.slice(unit.text, match.start, match.end), role: judgement.role, reason: judgement.reason)
        // Whether this match names the item itself, not one variant of it ("data migration"),
        // nor as a condition ("if enabled"); a general word only when nothing follows it in
        // the rejection ("I wouldn't start with culture" yes, "never do the migration in one
        // weekend" no).
        let negation = words.negation(of: match)
        let core = rubric.titleCoreTerms[concept.rule]
        // For a rejected general word, whether the rejection narrows it: both tests below ask.
        let narrowedInWholeScope =
            concept.kind == .mention && judgement.role == .negated
            ? Self.narrowed(match, words: words, core: core, wholeScope: true) : nil
        let wholeItem =
            concept.namesItem && !judgement.conditional && negation?.deferred != true
            && !(narrowedInWholeScope ?? Self.narrowed(match, words: words, core: core, wholeScope: false))
        // Proposing something instead of the item itself ("instead of a service mesh, plain
        // Services and retries") rejects the item; instead of one of its techniques
        // ("instead of blue-green, a canary") it does not.
        let rejects = judgement.rejects || (judgement.proposesAlternative && wholeItem)
        let scope = judgement.role == .negated && rejects ? negation?.trigger : nil
        judged.append(
            Judged(
                found: Found(
                    evidence: evidence, concept: match.concept, block: unit.block, unit: context.index, rejects: rejects,
                    vague: judgement.vague, tentative: judgement.tentative,
                    general: concept.kind == .mention, bare: judgement.bare,
                    namesItem: concept.namesItem && !judgement.conditional, wholeItem: keepsAntipattern || wholeItem,
                    offersInstead: context.offersInstead),
                rule: concept.rule, span: words.span(of: match).map { $0.first...$0.last },
                rejectionScope: scope,
                // A scope means a rejection, so a general word's narrowing is known.
                broad: scope != nil && narrowedInWholeScope == false))
    }

    /// First words of a sentence that does the item another way after a decision against it
    /// ("Instead, the guardrails live in the templates").
    static let insteadOpeners: Set<String> = ["instead", "rather"]

    /// A short lead whose rest opens with a rejection ("Service mesh: I'd skip it for now",
    /// "**Communication:** no formal plan, we'd skip it"): where the lead ends and the trigger
    /// word. A match that ends before `colon` is rejected. Computed once per unit.
    static func leadRejection(unit: TextUnit, tokens: [Token]) -> (colon: Int, trigger: String)? {
        // Most units reject nothing: leave them after one pass over the tokens.
        guard tokens.contains(where: { $0.negation?.kind == .rejection }) else { return nil }
        // The first ": ", its bytes read in place (the UTF-8 view's own walk is several times slower).
        var text = unit.text
        let found: Int? = text.withUTF8 { bytes in
            var colon = bytes.firstOffset(of: UInt8(ascii: ":"), in: bytes.indices)
            while colon + 1 < bytes.count {
                if bytes[colon + 1] == UInt8(ascii: " ") { return colon }
                colon = bytes.firstOffset(of: UInt8(ascii: ":"), in: (colon + 1)..<bytes.count)
            }
            return nil
        }
        guard let colon = found else { return nil }
        let words = tokens.filter { $0.origin == .word }
        guard words.filter({ $0.end <= colon }).count <= 4 else { return nil }
        let opening = words.filter { $0.start > colon }.prefix(4)
        let positions = Set(opening.map(\.position))
        let rejection = tokens.first {
            $0.start > colon && $0.negation?.kind == .rejection && positions.contains($0.negation?.trigger ?? -1)
        }
        guard let trigger = rejection?.negation?.trigger, let word = opening.first(where: { $0.position == trigger })
        else { return nil }
        return (colon, word.surface)
    }

    /// The bytes `start..<end` of `text`; empty when out of range.
    private static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        guard start >= 0, end <= text.utf8.count, start < end else { return "" }
        // Read in place, as elsewhere: `withUTF8` makes a bridged string native first.
        var text = text
        return text.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }
}
