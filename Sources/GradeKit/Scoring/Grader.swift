/// Grades answers: analysed answer × compiled rubric → verdicts, evidence and a score.
public struct Grader: Sendable {
    /// The rubrics graded against.
    public let rubrics: RubricSet
    /// How statuses become credit.
    public let policy: ScoringPolicy
    /// How matches are found.
    public let matcher: ConceptMatcher
    /// How matches are judged.
    public let classifier: SubstanceClassifier
    let synonyms: SynonymMap
    /// The chain concepts go through, shared by every rubric this grader compiles and by the
    /// topic check, so each concept word is folded and stemmed once per grader.
    let conceptAnalyzer: Analyzer
    /// Ids of the rules every scenario shares (``RubricSet/general``).
    private let generalRuleIDs: Set<String>
    /// How long a rule's list of matches may grow before what its verdict cannot use is
    /// dropped (see ``GradingState``); tests set it to 1 or `Int.max` to check that pruning
    /// changes nothing.
    var pruneThreshold = 256
    /// The size (UTF-8 bytes) up to which an answer is split into units once and held
    /// rather than read twice; tests set it to 0 to check that reading twice changes nothing.
    var unitsHeldUpTo = 1 << 20
    /// Every scenario's vocabulary and the scenarios compiled so far for the topic check,
    /// built the first time an answer looks off topic.
    let topics = LockedBox<(check: TopicCheck?, compiled: [String: CompiledRubric])>((nil, [:]))

    /// Creates a grader over `rubrics`.
    public init(
        rubrics: RubricSet, policy: ScoringPolicy = .standard, matcher: ConceptMatcher = ConceptMatcher(),
        classifier: SubstanceClassifier = SubstanceClassifier()
    ) {
        self.rubrics = rubrics
        self.policy = policy
        self.matcher = matcher
        self.classifier = classifier
        self.synonyms = Analyzer.compileSynonyms(rubrics.synonymGroups)
        self.conceptAnalyzer = Analyzer(synonyms: synonyms, vocabulary: [])
        self.generalRuleIDs = Set(rubrics.general.map(\.id))
    }

    /// Compiles one scenario for grading; reuse the result for many answers.
    public func compile(_ rubric: Rubric) -> CompiledRubric {
        CompiledRubric(rubric, rules: rubrics.rules(for: rubric), synonyms: synonyms, conceptAnalyzer: conceptAnalyzer)
    }

    /// Grades Markdown `text` against `rubric`; `file` is only echoed in the report.
    ///
    /// Units are analysed, matched and judged one at a time, so a large answer never holds
    /// every token in memory at once. Questions count only in the opening units, which
    /// depends on how many units there are: an answer of up to ``unitsHeldUpTo`` bytes keeps
    /// its units and their tokens from one reading, a larger one is read twice (count, then
    /// grade) and drops each unit's tokens once judged.
    ///
    /// An answer that covers little of the scenario is checked for being an answer to another
    /// one (``TopicCheck``); if it is, no rule is credited.
    public func grade(_ text: String, file: String, rubric: CompiledRubric, notes: [String] = []) -> GradeReport {
        grade(text, file: file, rubric: rubric, notes: notes, checksTopic: true)
    }

    /// ``grade(_:file:rubric:notes:)``, the topic check left out when `checksTopic` is false.
    func grade(_ text: String, file: String, rubric: CompiledRubric, notes: [String], checksTopic: Bool) -> GradeReport {
        let holdUnits = text.utf8.count <= unitsHeldUpTo
        var units: [TextUnit] = []
        var count = 0
        Self.forEachUnit(of: text) { unit in
            count += 1
            if holdUnits { units.append(unit) }
        }
        let opening = Analyzer.openingUnits(count: count)
        var state = GradingState(rules: rubric.rules.count, evidenceLimit: policy.evidenceLimit, pruneThreshold: pruneThreshold)
        var previous: TextUnit?
        // The topic check reads the answer's terms from the tokens already made, when held.
        let holdTokens = holdUnits && checksTopic
        var held: [[Token]] = []
        func gradeUnit(_ unit: TextUnit, index: Int) {
            let tokens = rubric.analyzer.unitTokens(unit, marksQuestions: index < opening)
            if holdTokens { held.append(tokens) }
            // Before this unit's matches join the state, so the heading's are still all there.
            if let heading = previous { Self.rejectHeading(heading, before: unit, tokens: tokens, in: &state) }
            judge(unit: index, unit, tokens: tokens, rubric: rubric, fromRubricAnalyzer: true, into: &state)
            previous = unit
        }
        if holdUnits {
            for (index, unit) in units.enumerated() { gradeUnit(unit, index: index) }
        } else {
            var index = 0
            Self.forEachUnit(of: text) { unit in
                gradeUnit(unit, index: index)
                index += 1
            }
        }
        let report = report(state, file: file, rubric: rubric, notes: notes)
        guard checksTopic else { return report }
        // The candidate is graded on its own analysis, as if it had been asked for: its
        // analyzer joins words and corrects misspellings towards its own concepts.
        return checkTopic(
            report, rubric: rubric,
            terms: { body in
                if holdTokens { Self.forEachTerm(in: held, body) } else { Self.forEachTerm(of: text, analyzer: rubric.analyzer, body) }
            },
            gradeOther: { other in
                holdUnits
                    ? gradeUnits(units, analysedBy: other, file: file)
                    : grade(text, file: file, rubric: other, notes: [], checksTopic: false)
            })
    }

    /// Reads `text` and hands each unit to `body` in document order, block by block.
    static func forEachUnit(of text: String, _ body: (TextUnit) -> Void) {
        let splitter = SentenceSplitter()
        var index = 0
        MarkdownReader().read(text) { block in
            splitter.split(block, index: index, body)
            index += 1
        }
    }

    /// Grades an already analysed answer, with the topic check of ``grade(_:file:rubric:notes:)``
    /// (the candidate scenario graded on its own analysis of the answer's units).
    public func grade(_ answer: AnalyzedAnswer, file: String, rubric: CompiledRubric, notes: [String] = []) -> GradeReport {
        let report = gradeUnits(answer.units, tokens: answer.tokens, file: file, rubric: rubric, notes: notes)
        return checkTopic(report, rubric: rubric, terms: { Self.forEachTerm(in: answer.tokens, $0) }) { other in
            gradeUnits(answer.units, analysedBy: other, file: file)
        }
    }

    /// Grades `units` against `rubric`, analysed by its own analyzer: what grading the text
    /// against it gives, without reading the Markdown again.
    private func gradeUnits(_ units: [TextUnit], analysedBy rubric: CompiledRubric, file: String) -> GradeReport {
        let opening = Analyzer.openingUnits(count: units.count)
        let tokens = units.enumerated().map { index, unit in rubric.analyzer.unitTokens(unit, marksQuestions: index < opening) }
        return gradeUnits(units, tokens: tokens, file: file, rubric: rubric, notes: [])
    }

    /// Judges analysed units (`tokens` parallel to `units`) against `rubric`.
    private func gradeUnits(
        _ units: [TextUnit], tokens: [[Token]], file: String, rubric: CompiledRubric, notes: [String]
    ) -> GradeReport {
        var state = GradingState(rules: rubric.rules.count, evidenceLimit: policy.evidenceLimit, pruneThreshold: pruneThreshold)
        for (index, unit) in units.enumerated() {
            if index > 0 {
                Self.rejectHeading(units[index - 1], before: unit, tokens: tokens[index], in: &state)
            }
            // The tokens may come from another analyzer (an AnalyzedAnswer, or the topic check
            // judging one scenario's analysis against another): their stored term ids are not trusted.
            judge(unit: index, unit, tokens: tokens[index], rubric: rubric, fromRubricAnalyzer: false, into: &state)
        }
        return report(state, file: file, rubric: rubric, notes: notes)
    }

    /// A heading answered by a bare verdict against it ("## Training" then "Not a priority.")
    /// rejects the items the heading names.
    private static func rejectHeading(
        _ heading: TextUnit, before unit: TextUnit, tokens: [Token], in state: inout GradingState
    ) {
        guard heading.kind == .heading, heading.block != unit.block, NegationFilter.isBareRejection(tokens) else { return }
        state.rejectPassage(heading.block, reason: "rejected right under the heading ('\(unit.text)')")
    }

    /// Matches and judges one unit, adding its evidence to `state`; `fromRubricAnalyzer`
    /// says `tokens` come straight from `rubric.analyzer` (see ``ConceptMatcher``).
    private func judge(
        unit index: Int, _ unit: TextUnit, tokens: [Token], rubric: CompiledRubric, fromRubricAnalyzer: Bool,
        into state: inout GradingState
    ) {
        let words = tokens.reduce(0) { $0 + ($1.origin == .word ? 1 : 0) }
        state.words += words
        let matches = matcher.matches(unit: index, tokens: tokens, rubric: rubric, fromRubricAnalyzer: fromRubricAnalyzer)
        guard !matches.isEmpty else { return }
        guard !Gibberish.isJunk(tokens, text: unit.text) else {
            state.junkUnits += 1
            return
        }
        let profile = classifier.profile(
            tokens, text: unit.text, titleTerms: rubric.titleTerms, hedged: SubstanceClassifier.isHedged(tokens))
        let lead = Self.leadRejection(unit: unit, tokens: tokens)
        for match in matches {
            let concept = rubric.concepts[match.concept]
            var judgement = classifier.classify(
                match, unit: unit, tokens: tokens, mentionOnly: concept.kind == .mention,
                titleTerms: rubric.titleTerms, profile: profile)
            if judgement.role != .negated, let lead, match.end <= lead.colon {
                judgement = .init(role: .negated, reason: "the passage it heads rejects it ('\(lead.trigger)')", rejects: true)
            }
            if concept.kind == .antipattern {
                // Naming an anti-pattern says nothing; rejecting it is the point.
                guard judgement.role == .negated else { continue }
                // Inside a textbook definition ("the strangler fig is where you replace parts
                // instead of rewriting everything") the rejection is the definition's, not a decision.
                judgement =
                    profile.definition.relative
                    ? .init(role: .mention, reason: "rejects the anti-pattern inside a definition", rejects: false)
                    : .init(role: .substance, reason: "rejects the anti-pattern (\(judgement.reason))", rejects: false)
            }
            if let note = SubstanceClassifier.corrections(in: match, tokens: tokens) {
                judgement.reason += "; \(note)"
            }
            let evidence = Evidence(
                line: unit.line(at: match.start), text: unit.text, concept: concept.text,
                matched: Self.slice(unit.text, match.start, match.end), role: judgement.role, reason: judgement.reason)
            // Proposing something instead of the item itself ("instead of a service mesh, plain
            // Services and retries") rejects the item; instead of one of its techniques
            // ("instead of blue-green, a canary") it does not.
            let rejects =
                judgement.rejects
                || (judgement.proposesAlternative
                    && Self.namesItem(concept.terms, core: rubric.coreTitleTerms[concept.rule], match: match, tokens: tokens))
            state.add(
                Found(
                    evidence: evidence, concept: match.concept, block: unit.block, unit: index, rejects: rejects,
                    vague: judgement.vague, tentative: judgement.tentative,
                    general: concept.kind == .mention, bare: judgement.bare),
                rule: concept.rule)
        }
    }

    /// A short lead whose rest opens with a rejection ("Service mesh: I'd skip it for now",
    /// "**Communication:** no formal plan, we'd skip it"): where the lead ends and the trigger
    /// word. A match that ends before `colon` is rejected. Computed once per unit.
    static func leadRejection(unit: TextUnit, tokens: [Token]) -> (colon: Int, trigger: String)? {
        // Most units reject nothing: leave them after one pass over the tokens.
        guard tokens.contains(where: { $0.negation?.kind == .rejection }) else { return nil }
        var colon: Int?
        var previous: UInt8 = 0
        for (offset, byte) in unit.text.utf8.enumerated() {
            if previous == UInt8(ascii: ":") && byte == UInt8(ascii: " ") {
                colon = offset - 1
                break
            }
            previous = byte
        }
        guard let colon else { return nil }
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

    /// Verdicts and score from everything judged.
    private func report(_ state: GradingState, file: String, rubric: CompiledRubric, notes: [String]) -> GradeReport {
        var verdicts: [RuleVerdict] = []
        // Rejections are applied as each passage ends (see GradingState).
        let found = state.settled()
        for (index, rule) in rubric.rules.enumerated() {
            verdicts.append(
                verdict(for: rule, found: Self.applyRejectionElsewhere(found[index])))
        }
        let score = Self.score(verdicts)
        var allNotes = notes
        if state.words == 0 { allNotes.append("the answer is empty: nothing to grade, every rule is missing") }
        if state.junkUnits > 0 {
            allNotes.append(
                "\(state.junkUnits) \(state.junkUnits == 1 ? "sentence looks" : "sentences look") like random text "
                    + "(mostly long strings of letters and digits) and \(state.junkUnits == 1 ? "was" : "were") not graded")
        }
        return GradeReport(
            file: file, scenario: rubric.rubric.id, scenarioTitle: rubric.rubric.title, score: score, rules: verdicts,
            wordCount: state.words, notes: allNotes)
    }

    /// Weighted credit over total weight, 0–100, rounded to one decimal.
    static func score(_ verdicts: [RuleVerdict]) -> Double {
        let total = verdicts.reduce(0) { $0 + $1.rule.weight }
        let earned = verdicts.reduce(0) { $0 + $1.points }
        return total > 0 ? (earned / total * 1000).rounded() / 10 : 0
    }

    /// Whether a concept names the rule's item as a whole: every core word of the title, or
    /// nothing but the title's words short of one, the setting or a generic noun ("runbook" of
    /// "Create runbook for the event", "1:1" of "1-on-1 meetings").
    static func namesItem(_ terms: [String], core: Set<String>) -> Bool {
        guard !core.isEmpty else { return false }
        if core.isSubset(of: terms) { return true }
        let own = Set(terms)
        return !own.isEmpty && own.isSubset(of: core) && own.count >= core.count - 1
    }

    /// Whether the negated alternative at `match` names the item as a whole: by ``namesItem(_:core:)``
    /// and, when the concept holds fewer than all core words, with nothing in the alternative's
    /// phrase that narrows it to one variant: "rather than writing a runbook" names the runbook,
    /// "instead of synchronous replication" only one kind of replication.
    static func namesItem(_ terms: [String], core: Set<String>, match: ConceptMatch, tokens: [Token]) -> Bool {
        guard namesItem(terms, core: core) else { return false }
        if core.isSubset(of: terms) { return true }
        guard let trigger = match.tokens.lazy.compactMap({ tokens[$0].negation?.trigger }).first else { return false }
        var matched: Set<Int> = []
        for index in match.tokens { matched.formUnion(tokens[index].position...tokens[index].lastPosition) }
        return !tokens.contains { token in
            token.origin == .word && !token.isStop && token.negation?.trigger == trigger && !matched.contains(token.position)
                && !SubstanceClassifier.filler.contains(token.term) && !Self.plainVerbs.contains(token.term)
        }
    }

    /// Verbs and adjectives that leave an alternative naming the item itself: "rather than
    /// writing a runbook", "instead of formal 1:1s".
    static let plainVerbs: Set<String> = [
        "write", "do", "run", "hold", "add", "introduc", "adopt", "formal", "full", "big", "heavi", "dedic", "separ",
        "regular", "weekli", "individu", "privat",
    ]

    /// One match of a rule, judged.
    struct Found {
        var evidence: Evidence
        var concept: Int
        var block: Int
        var unit: Int
        var rejects: Bool
        var vague: Bool
        var tentative: Bool
        /// Whether the concept is a general word for the item (a `mentions` entry).
        var general = false
        /// Whether the item is only named there, with nothing said around it.
        var bare = false
    }

    /// A paragraph or list item that rejects a rule outright ("No need for read replicas;
    /// they bring replication lag") rejects the rule's other matches in it too: arguing
    /// against an item is not addressing it. Matches in other passages still count when they
    /// deal with it in substance; see ``applyRejectionElsewhere(_:)`` for mere mentions.
    static func applyRejections(_ found: [Found]) -> [Found] {
        // Most passages reject nothing: one pass by index shows it, copying no match.
        guard found.indices.contains(where: { found[$0].evidence.role == .negated && found[$0].rejects }) else { return found }
        let rejectingBlocks = Set(found.filter { $0.evidence.role == .negated && $0.rejects }.map(\.block))
        guard !rejectingBlocks.isEmpty else { return found }
        var result = found
        for block in rejectingBlocks {
            let inBlock = found.indices.filter { found[$0].block == block }
            let trigger = inBlock.first { found[$0].evidence.role == .negated && found[$0].rejects }.map { found[$0].evidence.reason } ?? ""
            for index in inBlock where result[index].evidence.role != .negated {
                result[index].evidence.role = .negated
                result[index].evidence.reason = "the same passage rejects this item (\(trigger))"
            }
        }
        return result
    }

    /// An answer that rejects the item and elsewhere only names it ("the IAM credential
    /// report" after "I would not start rotating credentials") has not taken it up: naming
    /// does not outweigh a decision against it. Substance elsewhere still counts. Only a
    /// rejection of the item's own terms counts: "I wouldn't rely on auto-scaling" rejects
    /// auto-scaling, not the general word "scaling" of a scaling strategy. `found` is a rule's
    /// matches over the whole answer, passage rejections applied.
    static func applyRejectionElsewhere(_ found: [Found]) -> [Found] {
        guard !found.contains(where: { $0.evidence.role == .substance }),
            let rejection = found.first(where: { $0.evidence.role == .negated && $0.rejects && !$0.general })
        else { return found }
        var result = found
        let trigger = rejection.evidence.reason
        for index in result.indices where result[index].evidence.role == .mention {
            result[index].evidence.role = .negated
            result[index].evidence.reason = "the answer rejects this item elsewhere (\(trigger))"
        }
        return result
    }

    /// Addressed when enough different concepts match and at least one in substance. For a
    /// rule needing several concepts (`minConcepts`, e.g. technical depth) the others may be
    /// terse: a specific tool named in a bullet still shows depth once the answer explains
    /// something; a list of tools and nothing else does not.
    ///
    /// Substance has to be more than platitudes and floated ideas:
    /// - an item dealt with only in vague sentences (a platitude with no concrete detail: "it's
    ///   important to test the plan regularly and make sure everyone knows what to do") is
    ///   mentioned, however often it comes up;
    /// - a scenario item touched in one sentence or through one concept only, and there only
    ///   tentatively ("we could use Route 53 health checks"), is mentioned. An item the answer
    ///   comes back to counts however it is voiced: three raters labelled the items of hedged,
    ///   early-career answers addressed far more often than a rule asking for one committed
    ///   sentence allowed.
    ///
    /// Hedging never counts against the general rules: they judge how the answer reasons, and
    /// weighing options is conditional by nature ("we could add read replicas, though the
    /// downside is replica lag").
    private func verdict(for rule: Rule, found given: [Found]) -> RuleVerdict {
        var found = given
        // Gathered by index: filtering would copy every match, evidence strings and all. Only
        // whether there is substance, how many concepts are named (a rule has few, so a list
        // searched in order keeps them) and whether they show in one unit or more count.
        var substantive = false
        var named: [Int] = []
        var firstSign: Int?
        var severalSigns = false
        for index in found.indices where found[index].evidence.role != .negated {
            if found[index].evidence.role == .substance { substantive = true }
            if !named.contains(found[index].concept) { named.append(found[index].concept) }
            if firstSign == nil { firstSign = found[index].unit } else if firstSign != found[index].unit { severalSigns = true }
        }
        let hedgingCounts = !generalRuleIDs.contains(rule.id)
        let singleSign = named.count == 1 || (firstSign != nil && !severalSigns)
        func weak(_ item: Found) -> Bool {
            if item.vague { return true }
            return hedgingCounts && item.tentative && singleSign
        }
        if substantive, !found.contains(where: { $0.evidence.role == .substance && !weak($0) }) {
            for index in found.indices where found[index].evidence.role == .substance {
                let vague = found[index].vague
                found[index].evidence.role = .mention
                found[index].evidence.reason =
                    singleSign
                    ? (vague
                        ? "the only sign of this item: a platitude with no concrete detail"
                        : "the only sign of this item: a tentative idea (maybe, could, I think)")
                    : "only platitudes with no concrete detail deal with this item"
            }
            substantive = false
        }
        let status: RuleStatus
        if substantive && named.count >= rule.minConcepts {
            status = .addressed
        } else if !named.isEmpty, rule.minConcepts == 1 || found.contains(where: { $0.evidence.role != .negated && !$0.bare }) {
            // A broad rule (several concepts, such as technical depth) is shown, not named: a
            // list of tools says nothing of it.
            status = .mentioned
        } else {
            status = .missing
            for index in found.indices where found[index].evidence.role == .mention {
                found[index].evidence.reason += "; a broad item has to be shown, not listed"
            }
        }
        // Best evidence first: substance, then mentions, then negations; one item per place
        // (line and text). Only the first few are shown, so they are all that is compared.
        var evidence: [Evidence] = []
        collect: for role in [Evidence.Role.substance, .mention, .negated] {
            for index in found.indices where found[index].evidence.role == role {
                guard evidence.count < policy.evidenceLimit else { break collect }
                let item = found[index].evidence
                guard !evidence.contains(where: { $0.line == item.line && $0.text == item.text }) else { continue }
                evidence.append(item)
            }
        }
        return RuleVerdict(rule: rule, status: status, credit: policy.credit(for: status), evidence: evidence)
    }

    private static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        guard start >= 0, end <= text.utf8.count, start < end else { return "" }
        if let slice = text.utf8.withContiguousStorageIfAvailable({
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self)
        }) {
            return slice
        }
        return String(decoding: Array(text.utf8)[start..<end], as: UTF8.self)
    }
}
