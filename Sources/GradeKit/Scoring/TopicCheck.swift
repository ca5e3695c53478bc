/// Tells an answer to another scenario from a weak answer to this one.
///
/// Scenarios share a domain, so an answer to the cost scenario ("turn on the Cost and Usage
/// Report", "S3 lifecycle rules") brushes against items of the outage scenario (tools, logs).
/// Graded against the wrong scenario, such an answer collects mentions and the odd addressed
/// item that no reader would credit. The check runs in two steps, and only for an answer that
/// covers little of its scenario (below ``lowCoverage``), so a real answer never pays for it:
///
/// 1. ``candidate(for:terms:)`` picks the scenario whose vocabulary the answer uses most:
///    per scenario, the weighted share of its own rules (general rules left out) with a
///    concept whose terms all occur somewhere in the answer. Word order, negation and
///    substance play no part; this step is cheap and only chooses what to grade against, and
///    whether to: a candidate must touch at least ``minimumCandidateShare`` of its rules and
///    more than this scenario's share, which leaves out weak answers that touch little of
///    anything.
/// 2. The grader grades the answer against that candidate. The answer is off topic when the
///    candidate's coverage is at least ``minimumOther`` and ``ratio`` times this scenario's.
///
/// On the fixtures the margin is wide: answers to another scenario cover 3–11% of the scenario
/// they are graded against and 65–100% of their own (a ratio of 7.8 or more), while the closest
/// on-topic answer to another scenario has a ratio of 1.1.
public struct TopicCheck: Sendable {
    /// One concept of a scenario's own rules, for ``candidate(for:terms:)``.
    struct Concept: Sendable {
        var scenario: Int
        var rule: Int
        /// How many distinct terms it needs.
        var size: Int
    }

    /// Coverage (0–100, own rules only) below which the answer is checked.
    public static let lowCoverage = 20.0
    /// Coverage (0–100) the other scenario must reach.
    public static let minimumOther = 40.0
    /// How many times this scenario's coverage the other's must be.
    public static let ratio = 3.0
    /// The share of its rules (0–1) a candidate's vocabulary must touch to be graded; it
    /// saves grading weak answers against another scenario. The off-topic fixtures touch
    /// 88–100% of the rules of the scenario they answer; the weak ones touch at most 28% of
    /// any other.
    public static let minimumCandidateShare = 0.6

    /// Scenario ids, in rubric-set order.
    let scenarios: [String]
    /// Per scenario, per own rule, its weight.
    let weights: [[Double]]
    let concepts: [Concept]
    /// Term → its id, for every term some concept needs (and others).
    let termIDs: WordIndex<Int32>
    /// Term id → where its concepts lie in ``postings``: `postingStarts[id]..<postingStarts[id + 1]`
    /// (ids past the end have none).
    let postingStarts: [Int32]
    /// Every term's concepts (indices into ``concepts``), ascending, term after term.
    let postings: [Int32]

    /// The vocabularies of every scenario in `rubrics`, read with `reader` (see
    /// ``Grader/conceptReader``).
    init(rubrics: RubricSet, reader: ConceptReader) {
        var concepts: [Concept] = []
        // Each kept concept's term ids, end to end.
        var conceptTerms: [Int32] = []
        var termCount = 0
        for (scenario, rubric) in rubrics.scenarios.enumerated() {
            let texts = rubric.rules.flatMap(\.concepts)
            var read = reader.distinctTermIDs(texts).makeIterator()
            for (rule, ruleConcepts) in rubric.rules.map(\.concepts).enumerated() {
                for _ in ruleConcepts {
                    guard let terms = read.next(), let last = terms.last else { continue }
                    conceptTerms.append(contentsOf: terms)
                    termCount = max(termCount, Int(last) + 1)
                    concepts.append(Concept(scenario: scenario, rule: rule, size: terms.count))
                }
            }
        }
        // Postings by counting: how many concepts need each term, then each concept in turn.
        var starts = [Int32](repeating: 0, count: termCount + 1)
        for term in conceptTerms { starts[Int(term) + 1] += 1 }
        for id in 0..<termCount { starts[id + 1] += starts[id] }
        var next = starts
        var postings = [Int32](repeating: 0, count: conceptTerms.count)
        var position = 0
        for (index, concept) in concepts.enumerated() {
            for term in conceptTerms[position..<position + concept.size] {
                postings[Int(next[Int(term)])] = Int32(index)
                next[Int(term)] += 1
            }
            position += concept.size
        }
        self.scenarios = rubrics.scenarios.map(\.id)
        self.weights = rubrics.scenarios.map { $0.rules.map(\.weight) }
        self.concepts = concepts
        self.termIDs = reader.termIDs
        self.postingStarts = starts
        self.postings = postings
    }

    /// Whether a report's coverage of its own scenario is low enough to check the topic.
    static func needsCheck(coverage: Double) -> Bool {
        coverage < lowCoverage
    }

    /// The other scenario whose vocabulary the answer uses most, if it touches at least
    /// ``minimumCandidateShare`` of its rules and more than `scenario`'s share. `terms` hands
    /// the answer's terms to a closure; only the scenarios' own terms are kept, so a huge
    /// answer costs no more memory than the vocabulary.
    func candidate(for scenario: String, terms: ((String) -> Void) -> Void) -> String? {
        // Count each concept's distinct terms present; a concept whose count reaches its size
        // is touched.
        var seen = [Bool](repeating: false, count: postingStarts.count - 1)
        var present = [Int](repeating: 0, count: concepts.count)
        var touched = weights.map { [Bool](repeating: false, count: $0.count) }
        terms { term in
            guard let id = termIDs.value(of: term).map({ Int($0) }), id < seen.count, !seen[id] else { return }
            seen[id] = true
            for index in postings[Int(postingStarts[id])..<Int(postingStarts[id + 1])].lazy.map({ Int($0) }) {
                present[index] += 1
                let concept = concepts[index]
                if present[index] == concept.size { touched[concept.scenario][concept.rule] = true }
            }
        }
        var own = 0.0
        var best: (id: String, share: Double)?
        for (index, id) in scenarios.enumerated() {
            let total = weights[index].reduce(0, +)
            guard total > 0 else { continue }
            let share = zip(weights[index], touched[index]).reduce(0.0) { $0 + ($1.1 ? $1.0 : 0) } / total
            if id == scenario {
                own = share
            } else if share > best?.share ?? 0 {
                best = (id, share)
            }
        }
        guard let best, best.share >= Self.minimumCandidateShare, best.share > own else { return nil }
        return best.id
    }

    /// Whether coverage `other` of another scenario, against `own` of the graded one, makes
    /// the answer one to the other scenario.
    static func isOffTopic(own: Double, other: Double) -> Bool {
        other >= minimumOther && other >= own * ratio
    }
}

/// The scenario an answer turned out to be about.
public struct OffTopic: Sendable, Equatable {
    /// The other scenario's id.
    public var scenario: String
    /// Its title.
    public var title: String
    /// The answer's coverage of the other scenario's own rules, 0–100.
    public var coverage: Double
    /// Its coverage of the graded scenario's own rules, 0–100.
    public var ownCoverage: Double

    /// A few words for a table cell: `off topic: answers outage`.
    public var summary: String { "off topic: answers \(scenario)" }

    /// The note the report carries.
    var note: String {
        "off topic: this reads as an answer to the \(title) scenario (\(scenario)): it covers \(coverage.oneDecimal)% of "
            + "that scenario's items and \(ownCoverage.oneDecimal)% of this one's, so no rule is credited; "
            + "if that is the question it answers, grade it with --scenario \(scenario)"
    }
}
