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
    private let synonyms: SynonymMap
    /// How long a rule's list of matches may grow before what its verdict cannot use is
    /// dropped (see ``GradingState``); tests set it to 1 or `Int.max` to check that pruning
    /// changes nothing.
    var pruneThreshold = 256
    /// The size (UTF-8 bytes) up to which an answer is split into units once and held
    /// rather than read twice; tests set it to 0 to check that reading twice changes nothing.
    var unitsHeldUpTo = 1 << 20

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
    }

    /// Compiles one scenario for grading; reuse the result for many answers.
    public func compile(_ rubric: Rubric) -> CompiledRubric {
        CompiledRubric(rubric, rules: rubrics.rules(for: rubric), synonyms: synonyms)
    }

    /// Grades Markdown `text` against `rubric`; `file` is only echoed in the report.
    ///
    /// Units are analysed, matched and judged one at a time and their tokens dropped, so a
    /// large answer never holds every token in memory at once. Questions count only in the
    /// opening units, which depends on how many units there are: an answer of up to
    /// ``unitsHeldUpTo`` bytes keeps its units from one reading, a larger one is read
    /// twice (count, then grade) so its units are never all in memory either.
    public func grade(_ text: String, file: String, rubric: CompiledRubric, notes: [String] = []) -> GradeReport {
        let holdUnits = text.utf8.count <= unitsHeldUpTo
        var units: [TextUnit] = []
        var count = 0
        Self.forEachUnit(of: text) { unit in
            count += 1
            if holdUnits { units.append(unit) }
        }
        let opening = Analyzer.openingUnits(count: count)
        var state = GradingState(rules: rubric.rules.count, evidenceLimit: policy.evidenceLimit, pruneThreshold: pruneThreshold)
        func gradeUnit(_ unit: TextUnit, index: Int) {
            let tokens = rubric.analyzer.unitTokens(unit, marksQuestions: index < opening)
            judge(unit: index, unit, tokens: tokens, rubric: rubric, into: &state)
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
        return report(state, file: file, rubric: rubric, notes: notes)
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

    /// Grades an already analysed answer.
    public func grade(_ answer: AnalyzedAnswer, file: String, rubric: CompiledRubric, notes: [String] = []) -> GradeReport {
        var state = GradingState(rules: rubric.rules.count, evidenceLimit: policy.evidenceLimit, pruneThreshold: pruneThreshold)
        for (index, unit) in answer.units.enumerated() {
            judge(unit: index, unit, tokens: answer.tokens[index], rubric: rubric, into: &state)
        }
        return report(state, file: file, rubric: rubric, notes: notes)
    }

    /// Matches and judges one unit, adding its evidence to `state`.
    private func judge(unit index: Int, _ unit: TextUnit, tokens: [Token], rubric: CompiledRubric, into state: inout GradingState) {
        state.words += tokens.reduce(0) { $0 + ($1.origin == .word ? 1 : 0) }
        let matches = matcher.matches(unit: index, tokens: tokens, rubric: rubric)
        guard !matches.isEmpty else { return }
        let profile = classifier.profile(tokens, titleTerms: rubric.titleTerms)
        for match in matches {
            let concept = rubric.concepts[match.concept]
            var judgement = classifier.classify(
                match, unit: unit, tokens: tokens, mentionOnly: concept.kind == .mention,
                titleTerms: rubric.titleTerms, profile: profile)
            if concept.kind == .antipattern {
                // Naming an anti-pattern says nothing; rejecting it is the point.
                guard judgement.role == .negated else { continue }
                judgement = .init(role: .substance, reason: "rejects the anti-pattern (\(judgement.reason))", rejects: false)
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
                || (judgement.proposesAlternative && Self.namesItem(concept.terms, core: rubric.coreTitleTerms[concept.rule]))
            state.add(Found(evidence: evidence, concept: match.concept, block: unit.block, rejects: rejects), rule: concept.rule)
        }
    }

    /// Verdicts and score from everything judged.
    private func report(_ state: GradingState, file: String, rubric: CompiledRubric, notes: [String]) -> GradeReport {
        var verdicts: [RuleVerdict] = []
        // Rejections are applied as each passage ends (see GradingState).
        let found = state.settled()
        for (index, rule) in rubric.rules.enumerated() {
            verdicts.append(verdict(for: rule, found: found[index]))
        }
        let total = verdicts.reduce(0) { $0 + $1.rule.weight }
        let earned = verdicts.reduce(0) { $0 + $1.points }
        let score = total > 0 ? (earned / total * 1000).rounded() / 10 : 0
        var allNotes = notes
        if state.words == 0 { allNotes.append("the answer is empty: nothing to grade, every rule is missing") }
        return GradeReport(
            file: file, scenario: rubric.rubric.id, scenarioTitle: rubric.rubric.title, score: score, rules: verdicts,
            wordCount: state.words, notes: allNotes)
    }

    /// Whether a concept names the rule's item as a whole: every core word of the title.
    static func namesItem(_ terms: [String], core: Set<String>) -> Bool {
        !core.isEmpty && core.isSubset(of: terms)
    }

    /// One match of a rule, judged.
    struct Found {
        var evidence: Evidence
        var concept: Int
        var block: Int
        var rejects: Bool
    }

    /// A paragraph or list item that rejects a rule outright ("No need for read replicas;
    /// they bring replication lag") rejects the rule's other matches in it too: arguing
    /// against an item is not addressing it. Matches in other passages still count.
    static func applyRejections(_ found: [Found]) -> [Found] {
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

    /// Addressed when enough different concepts match and at least one in substance. For a
    /// rule needing several concepts (`minConcepts`, e.g. technical depth) the others may be
    /// terse: a specific tool named in a bullet still shows depth once the answer explains
    /// something; a list of tools and nothing else does not.
    private func verdict(for rule: Rule, found: [Found]) -> RuleVerdict {
        let substantive = Set(found.filter { $0.evidence.role == .substance }.map(\.concept))
        let named = Set(found.filter { $0.evidence.role != .negated }.map(\.concept))
        let status: RuleStatus
        if !substantive.isEmpty && named.count >= rule.minConcepts {
            status = .addressed
        } else if !named.isEmpty {
            status = .mentioned
        } else {
            status = .missing
        }
        // Best evidence first: substance, then mentions, then negations; one item per unit.
        var seen: Set<String> = []
        var evidence: [Evidence] = []
        for role in [Evidence.Role.substance, .mention, .negated] {
            for item in found where item.evidence.role == role {
                guard seen.insert("\(item.evidence.line)|\(item.evidence.text)").inserted else { continue }
                evidence.append(item.evidence)
            }
        }
        return RuleVerdict(
            rule: rule, status: status, credit: policy.credit(for: status),
            evidence: Array(evidence.prefix(policy.evidenceLimit)))
    }

    /// The UTF-8 range `start..<end` of `text`, decoded byte for byte (a range ending inside
    /// a character decodes to U+FFFD); no copy of the whole unit per match.
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
