/// A rubric prepared for matching: every concept analysed once, and an index from each
/// analysed term to the concepts that use it, so grading an answer touches only the
/// concepts its words can complete.
public struct CompiledRubric: Sendable {
    /// One analysed concept.
    public struct Concept: Sendable, Equatable {
        /// Index of the rule in ``CompiledRubric/rules``.
        public var rule: Int
        /// The concept as written in the rubric.
        public var text: String
        /// The distinct terms it needs, synonyms canonical.
        public var terms: [String]
        /// What a match of the concept is evidence of.
        public var kind: Kind
        /// Whether the concept names its rule's item as a whole (``namesItem(_:core:manner:)``),
        /// so that rejecting it rejects the item, not one of its techniques.
        public var namesItem = false
    }

    /// The three lists a rule's phrases come from.
    public enum Kind: Sendable, Equatable {
        /// `concepts`: substance or a mention, as the context says.
        case evidence
        /// `mentions`: a mention at most.
        case mention
        /// `antipatterns`: substance when rejected, nothing otherwise.
        case antipattern
    }

    /// The scenario.
    public let rubric: Rubric
    /// Scenario rules then general rules.
    public let rules: [Rule]
    /// Every concept that analyses to at least one term.
    public let concepts: [Concept]
    /// The analysed words of every rule title, for telling a restatement from an answer.
    public let titleTerms: Set<String>
    /// Per rule, the words of its title that name the item itself (`servic`, `mesh` of
    /// "Service mesh implementation"), without generic ones such as plan or implementation.
    public let titleCoreTerms: [Set<String>]
    /// Concepts that analyse to nothing (only stop words): `(rule id, concept)`.
    public let emptyConcepts: [(rule: String, concept: String)]
    /// Term → a dense id, for every term some concept uses, then every title term no concept
    /// uses (under no concept in ``conceptsByKeyTerm``): matching compares ids, not strings, and
    /// so do the title checks (``titleTermIDs``).
    let termIDs: [String: Int]
    /// ``titleTerms`` by the term ids of the rubric's analyzer, for tokens it made.
    let titleTermIDs: SubstanceClassifier.TitleTerms
    /// Per concept (parallel to ``concepts``), the ids of its terms in the same order.
    let conceptTermIDs: IndexLists
    /// Term id → indices into ``concepts``, ascending, each concept under one of its terms
    /// only: the one fewest concepts use, so a unit's common words bring few candidates.
    /// A unit that holds a concept's key term holds the concept if it holds its other terms
    /// (``ConceptMatcher``).
    let conceptsByKeyTerm: IndexLists
    /// The analyzer answers go through, knowing this rubric's vocabulary.
    public let analyzer: Analyzer
    /// The ids of the scenario's own rules (general rules left out), for ``ownCoverage(_:)``.
    private let ownRuleIDs: Set<String>

    /// Compiles `rubric` of `set`.
    public init(_ rubric: Rubric, in set: RubricSet) {
        let synonyms = Analyzer.compileSynonyms(set.synonymGroups)
        self.init(rubric, rules: set.rules(for: rubric), synonyms: synonyms)
    }

    /// Compiles `rubric` with its full rule list and already compiled synonyms.
    public init(_ rubric: Rubric, rules: [Rule], synonyms: SynonymMap) {
        self.init(rubric, rules: rules, reader: ConceptReader(synonyms: synonyms))
    }

    /// Compiles `rubric` reading its phrases with `reader`, whose words rubrics compiled
    /// together share.
    init(_ rubric: Rubric, rules: [Rule], reader: ConceptReader) {
        let synonyms = reader.synonyms
        var concepts: [Concept] = []
        var empty: [(String, String)] = []
        var termIDs: [String: Int] = [:]
        var conceptTermIDs: [[Int]] = []
        var conceptsByTerm: [[Int]] = []
        var vocabulary: Set<String> = []
        let sources = rules.map { rule in
            rule.concepts.map { ($0, Kind.evidence) } + rule.mentions.map { ($0, Kind.mention) }
                + rule.antipatterns.map { ($0, Kind.antipattern) }
        }
        // Every phrase read in one go, then taken in the same order.
        let reading = reader.read(sources.flatMap { $0.map(\.0) })
        var phrases = reading.phrases.makeIterator()
        let titles = reader.read(rules.map(\.title)).phrases
        let cores = titles.map { title in Set(title.terms.filter { !SubstanceClassifier.filler.contains($0) }) }
        // Per rule, its title's manner adverbs ("systematically"), read like any phrase.
        let adverbs = rules.map { rule in
            rule.title.split(separator: " ").map { $0.lowercased() }
                .filter { $0.hasSuffix("ly") && $0.count > 4 && !Self.notManner.contains($0) }
        }
        var mannerPhrases = reader.read(adverbs.flatMap { $0 }).phrases.makeIterator()
        for (ruleIndex, rule) in rules.enumerated() {
            // Concepts already taken, by their sorted term ids.
            var seen: Set<[Int]> = []
            // The title's core words (``titleCoreTerms``) and its manner adverb (`systemat` of
            // "Identify root cause systematically").
            let core = cores[ruleIndex]
            var manner: Set<String> = []
            for _ in adverbs[ruleIndex] { manner.formUnion(mannerPhrases.next()?.terms ?? []) }
            for (text, kind) in sources[ruleIndex] {
                guard let phrase = phrases.next() else { break }
                var terms: [String] = []
                for term in phrase.terms where !terms.contains(term) { terms.append(term) }
                guard !terms.isEmpty else {
                    empty.append((rule.id, text))
                    continue
                }
                // A concept whose terms are all known may repeat one taken; one with a new
                // term cannot, so ids are given before the check.
                var ids: [Int] = []
                for term in terms {
                    if let id = termIDs[term] {
                        ids.append(id)
                        continue
                    }
                    termIDs[term] = conceptsByTerm.count
                    ids.append(conceptsByTerm.count)
                    conceptsByTerm.append([])
                    // Canonical synonym terms contain spaces and are never joined from two words.
                    if !term.utf8.contains(UInt8(ascii: " ")) { vocabulary.insert(term) }
                }
                guard seen.insert(ids.sorted()).inserted else { continue }
                for id in ids { conceptsByTerm[id].append(concepts.count) }
                conceptTermIDs.append(ids)
                concepts.append(
                    Concept(
                        rule: ruleIndex, text: text, terms: terms, kind: kind,
                        namesItem: Self.namesItem(terms, core: core, manner: manner)))
            }
        }
        let titleTerms = Set(titles.flatMap(\.contentTerms))
        // Title terms get ids too, so a word is tested against the titles by its id, which the
        // analyzer resolves once per distinct word.
        for term in titleTerms.sorted() where termIDs[term] == nil {
            termIDs[term] = conceptsByTerm.count
            conceptsByTerm.append([])
        }
        self.titleTerms = titleTerms
        self.titleTermIDs = SubstanceClassifier.TitleTerms(titleTerms, termIDs: termIDs)
        self.titleCoreTerms = cores
        self.rubric = rubric
        self.rules = rules
        self.ownRuleIDs = Set(rubric.rules.map(\.id))
        self.concepts = concepts
        self.emptyConcepts = empty
        self.termIDs = termIDs
        self.conceptTermIDs = IndexLists(conceptTermIDs)
        var conceptsByKeyTerm = [[Int]](repeating: [], count: conceptsByTerm.count)
        for (concept, ids) in conceptTermIDs.enumerated() {
            // Every concept has a term (those without are set aside above); the first of the
            // rarest keeps the choice fixed.
            guard let key = ids.min(by: { conceptsByTerm[$0].count < conceptsByTerm[$1].count }) else { continue }
            conceptsByKeyTerm[key].append(concept)
        }
        self.conceptsByKeyTerm = IndexLists(conceptsByKeyTerm)
        self.analyzer = Analyzer(synonyms: synonyms, vocabulary: vocabulary, spellings: reading.spellings, termIDs: termIDs)
    }

    /// Whether concept `terms` name a rule's item as a whole: every `core` word of the title,
    /// or nothing but the title's words short of one, the setting or a generic noun
    /// ("runbook" of "Create runbook for the event", "1:1" of "1-on-1 meetings"), or nothing
    /// but the `manner` the title demands ("systematic" of "Identify root cause
    /// systematically").
    static func namesItem(_ terms: [String], core: Set<String>, manner: Set<String> = []) -> Bool {
        let own = Set(terms)
        if !manner.isEmpty, !own.isEmpty, own.isSubset(of: manner) { return true }
        guard !core.isEmpty else { return false }
        if core.isSubset(of: own) { return true }
        return !own.isEmpty && own.isSubset(of: core) && own.count >= core.count - 1
    }

    /// Words ending in -ly that are not adverbs of manner.
    static let notManner: Set<String> = [
        "apply", "supply", "reply", "family", "assembly", "early", "only", "rely", "anomaly", "daily", "weekly", "monthly",
        "quarterly", "yearly", "hourly", "nightly",
    ]

    /// A report's coverage of this scenario's own rules (general rules left out): weighted
    /// credit over their total weight, 0–100.
    public func ownCoverage(_ report: GradeReport) -> Double {
        // Summed in the verdicts' order, by index: filtering would copy every verdict.
        var total = 0.0
        var points = 0.0
        for index in report.rules.indices where ownRuleIDs.contains(report.rules[index].rule.id) {
            total += report.rules[index].rule.weight
            points += report.rules[index].points
        }
        return total > 0 ? points / total * 100 : 0
    }
}
