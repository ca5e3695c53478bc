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
    /// Reads concepts through the chain they go through, shared by every rubric this grader
    /// compiles and by the topic check, so each concept word is folded and stemmed, and each
    /// phrase read, once per grader.
    let conceptReader: ConceptReader
    /// Ids of the rules every scenario shares (``RubricSet/general``).
    private let generalRuleIDs: Set<String>
    /// How long a rule's list of matches may grow before what its verdict cannot use is
    /// dropped (see ``GradingState``); tests set it to 1 or `Int.max` to check that pruning
    /// changes nothing.
    var pruneThreshold = 256
    /// The size (UTF-8 bytes) up to which an answer is split into units once and held
    /// rather than read twice; tests set it to 0 to check that reading twice changes nothing.
    var unitsHeldUpTo = 1 << 20
    /// The size (UTF-8 bytes) up to which an answer's tokens are held for the topic check;
    /// a larger answer's are made again in the rare case the check needs them, rather than
    /// held (a token is about 110 bytes a word, some 20 times the text). Tests set it to 0
    /// to check that making them again changes nothing.
    var tokensHeldUpTo = 1 << 16
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
        self.conceptReader = ConceptReader(synonyms: synonyms)
        self.generalRuleIDs = Set(rubrics.general.map(\.id))
    }

    /// Compiles one scenario for grading; reuse the result for many answers.
    public func compile(_ rubric: Rubric) -> CompiledRubric {
        CompiledRubric(rubric, rules: rubrics.rules(for: rubric), reader: conceptReader)
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
        var read: [TextUnit] = []
        var count = 0
        Self.forEachUnit(of: text) { unit in
            count += 1
            if holdUnits { read.append(unit) }
        }
        let units = read
        let opening = Analyzer.openingUnits(count: count)
        // Hands each unit of the answer to `body` with its index: the held ones, or the
        // Markdown read again.
        func eachUnit(_ body: (TextUnit, Int) -> Void) {
            if holdUnits {
                for index in units.indices { body(units[index], index) }
            } else {
                var index = 0
                Self.forEachUnit(of: text) { unit in
                    body(unit, index)
                    index += 1
                }
            }
        }
        var state = GradingState(rules: rubric.rules.count, evidenceLimit: policy.evidenceLimit, pruneThreshold: pruneThreshold)
        var sequence = UnitSequence()
        // The topic check reads the answer's terms from the tokens already made, when held.
        let holdTokens = holdUnits && checksTopic && text.utf8.count <= tokensHeldUpTo
        var held: [[Token]] = []
        func gradeUnit(_ unit: TextUnit, index: Int) {
            let tokens = rubric.analyzer.unitTokens(unit, marksQuestions: index < opening)
            if holdTokens { held.append(tokens) }
            // Before this unit's matches join the state, so the heading's are still all there.
            sequence.enter(unit, index: index, tokens: tokens, state: &state)
            judge(unit: index, unit, tokens: tokens, rubric: rubric, fromRubricAnalyzer: true, into: &state)
        }
        eachUnit { unit, index in gradeUnit(unit, index: index) }
        let report = report(state, file: file, rubric: rubric, notes: notes)
        guard checksTopic else { return report }
        // The candidate is graded on its own analysis, as if it had been asked for: its
        // analyzer joins words and corrects misspellings towards its own concepts.
        return checkTopic(
            report, rubric: rubric,
            terms: { body in
                if holdTokens {
                    Self.forEachTerm(in: held, body)
                } else {
                    eachUnit { unit, index in
                        Self.forEachTerm(of: unit, analyzer: rubric.analyzer, marksQuestions: index < opening, body)
                    }
                }
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
        var sequence = UnitSequence()
        for (index, unit) in units.enumerated() {
            sequence.enter(unit, index: index, tokens: tokens[index], state: &state)
            // The tokens may come from another analyzer (an AnalyzedAnswer, or the topic check
            // judging one scenario's analysis against another): their stored term ids are not trusted.
            judge(unit: index, unit, tokens: tokens[index], rubric: rubric, fromRubricAnalyzer: false, into: &state)
        }
        return report(state, file: file, rubric: rubric, notes: notes)
    }

    /// Verdicts and score from everything judged.
    private func report(_ state: consuming GradingState, file: String, rubric: CompiledRubric, notes: [String]) -> GradeReport {
        var verdicts: [RuleVerdict] = []
        verdicts.reserveCapacity(rubric.rules.count)
        let words = state.words
        let prompts = state.prompts
        let junkUnits = state.junkUnits
        // Rejections are applied as each passage ends (see GradingState).
        let found = state.settled()
        for (index, rule) in rubric.rules.enumerated() {
            verdicts.append(
                verdict(for: rule, found: Self.applyRejectionElsewhere(found[index])))
        }
        let score = Self.score(verdicts)
        var allNotes = notes
        if words == 0 && prompts > 0 {
            allNotes.append(
                "the answer holds only the interviewer's turns (paragraphs opening with 'Interviewer:'): nothing of "
                    + "the candidate's to grade, every rule is missing")
        } else if words == 0 {
            allNotes.append("the answer is empty: nothing to grade, every rule is missing")
        }
        if junkUnits > 0 {
            allNotes.append(
                "\(junkUnits) \(junkUnits == 1 ? "sentence looks" : "sentences look") like random text "
                    + "(mostly long strings of letters and digits) and \(junkUnits == 1 ? "was" : "were") not graded")
        }
        return GradeReport(
            file: file, scenario: rubric.rubric.id, scenarioTitle: rubric.rubric.title, score: score, rules: verdicts,
            wordCount: words, notes: allNotes)
    }

    /// Weighted credit over total weight, 0–100, rounded to one decimal.
    static func score(_ verdicts: [RuleVerdict]) -> Double {
        let total = verdicts.reduce(0) { $0 + $1.rule.weight }
        let earned = verdicts.reduce(0) { $0 + $1.points }
        return total > 0 ? (earned / total * 1000).rounded() / 10 : 0
    }

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
        /// Whether the concept names the item (``CompiledRubric/Concept/namesItem``), not as
        /// a condition ("if enabled"): naming it where the passage deals with it in substance
        /// takes it up.
        var namesItem = false
        /// Whether the match is the item as a whole: it names the item with no word beside it
        /// narrowing it to one variant (``narrowed(_:words:core:wholeScope:)``), or keeps the
        /// item's anti-pattern (``keptAntipattern(_:words:)``). A rejection of it is a decision
        /// against the whole item.
        var wholeItem = false
        /// Whether the match names the item in a passage that deals with it in substance
        /// (set when the passage is settled, see ``GradingState``).
        var takesUpItem = false
        /// Whether the match is in a sentence that opens with "Instead" or "Rather": what a
        /// rejection turns to, so a decision against the item elsewhere does not wipe it.
        var offersInstead = false
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
        named.reserveCapacity(found.count)
        var firstSign: Int?
        var severalSigns = false
        for index in found.indices where found[index].evidence.role != .negated {
            if found[index].evidence.role == .substance { substantive = true }
            if !named.contains(found[index].concept) { named.append(found[index].concept) }
            if firstSign == nil { firstSign = found[index].unit } else if firstSign != found[index].unit { severalSigns = true }
        }
        let singleSign = named.count == 1 || (firstSign != nil && !severalSigns)
        func weak(_ item: Found) -> Bool {
            if item.vague { return true }
            // The rule's id is looked up last: few matches are tentative single signs.
            return item.tentative && singleSign && !generalRuleIDs.contains(rule.id)
        }
        if substantive, !found.indices.contains(where: { found[$0].evidence.role == .substance && !weak(found[$0]) }) {
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
        } else if !named.isEmpty,
            rule.minConcepts == 1 || found.indices.contains(where: { found[$0].evidence.role != .negated && !found[$0].bare })
        {
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
        evidence.reserveCapacity(min(policy.evidenceLimit, found.count))
        collect: for role in [Evidence.Role.substance, .mention, .negated] {
            for index in found.indices where found[index].evidence.role == role {
                guard evidence.count < policy.evidenceLimit else { break collect }
                guard
                    !evidence.indices.contains(where: {
                        evidence[$0].line == found[index].evidence.line && evidence[$0].text == found[index].evidence.text
                    })
                else { continue }
                evidence.append(found[index].evidence)
            }
        }
        return RuleVerdict(rule: rule, status: status, credit: policy.credit(for: status), evidence: evidence)
    }
}
