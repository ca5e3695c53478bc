/// Finds every rubric concept in every unit of an answer.
///
/// A concept matches a unit when all its terms occur there, in any order, within a window of
/// `terms + slack` positions (stop words count as positions), so `database replica` meets
/// `replicas of the primary database`. The window may cross at most one comma or colon, so
/// in a list ("engineering, runbooks, documentation, training") words of different items do
/// not combine into a phrase none of them says. The tightest window is reported.
public struct ConceptMatcher: Sendable {
    /// Extra positions a phrase may stretch over beyond its own terms.
    public var slack: Int

    /// Creates a matcher.
    public init(slack: Int = 3) {
        self.slack = slack
    }

    /// All matches, ordered by unit then concept.
    public func matches(in answer: AnalyzedAnswer, rubric: CompiledRubric) -> [ConceptMatch] {
        answer.tokens.enumerated().flatMap { unit, tokens in matches(unit: unit, tokens: tokens, rubric: rubric) }
    }

    /// The matches in one unit's tokens, ordered by concept.
    public func matches(unit unitIndex: Int, tokens: [Token], rubric: CompiledRubric) -> [ConceptMatch] {
        var scratch = Scratch()
        return matches(unit: unitIndex, tokens: tokens, rubric: rubric, fromRubricAnalyzer: false, scratch: &scratch)
    }

    /// ``matches(unit:tokens:rubric:)``; `fromRubricAnalyzer` says the tokens come straight
    /// from `rubric.analyzer`, so their term ids are the rubric's and need no lookup. The
    /// search uses `scratch`'s buffers, which the caller keeps from unit to unit.
    func matches(
        unit unitIndex: Int, tokens: [Token], rubric: CompiledRubric, fromRubricAnalyzer: Bool, scratch: inout Scratch
    ) -> [ConceptMatch] {
        scratch.occurrences.read(tokens, termIDs: rubric.termIDs, idsResolved: fromRubricAnalyzer)
        guard !scratch.occurrences.isEmpty else { return [] }
        // The concepts all of whose terms the unit holds: each is found under its key term
        // (``CompiledRubric/conceptsByKeyTerm``), and its other terms looked up. Sorted, they
        // come in concept order. Both lists are read by slot (``IndexLists``).
        let keys = rubric.conceptsByKeyTerm
        let terms = rubric.conceptTermIDs
        // A copy shares the buffers and is gone when the unit is, so the next unit refills
        // them in place.
        let occurrences = scratch.occurrences
        scratch.complete.removeAll(keepingCapacity: true)
        for term in occurrences.terms {
            for slot in keys.range(of: term) {
                let concept = keys.items[slot]
                if terms.range(of: concept).allSatisfy({ occurrences.contains(terms.items[$0]) }) {
                    scratch.complete.append(concept)
                }
            }
        }
        scratch.complete.sort()
        var result: [ConceptMatch] = []
        result.reserveCapacity(scratch.complete.count)
        for conceptIndex in scratch.complete {
            let ids = terms.range(of: conceptIndex)
            guard
                let window = tightestWindow(
                    ids.count, occurrences: { occurrences[terms.items[ids.lowerBound + $0]] }, tokens: tokens,
                    scratch: &scratch.windows)
            else { continue }
            var start = Int.max
            var end = Int.min
            for index in window {
                start = min(start, tokens[index].start)
                end = max(end, tokens[index].end)
            }
            result.append(ConceptMatch(concept: conceptIndex, unit: unitIndex, tokens: window, start: start, end: end))
        }
        return result
    }

    /// The token indices of the smallest window holding every term, if it fits the slack.
    func tightestWindow(_ terms: [String], occurrences: [String: [Int]], tokens: [Token]) -> [Int]? {
        var scratch = WindowScratch()
        return tightestWindow(terms.count, occurrences: { occurrences[terms[$0]].map { $0[...] } }, tokens: tokens, scratch: &scratch)
    }

    /// One occurrence of a term in the window search: where its token starts and ends, which
    /// of the concept's terms it is and the token's index.
    struct WindowEvent {
        var position: Int
        var last: Int
        var term: Int
        var token: Int
    }

    /// The buffers of matching, kept from one unit to the next so they do not each
    /// allocate their own.
    struct Scratch {
        /// The unit's concept terms.
        var occurrences = Occurrences()
        /// The concepts all of whose terms the unit holds.
        var complete: [Int] = []
        /// The window searches' buffers.
        var windows = WindowScratch()
    }

    /// The buffers of a window search, kept from one concept and one unit to the next so
    /// they do not each allocate their own.
    struct WindowScratch {
        /// Every occurrence of the concept's terms, by (position, term).
        var events: [WindowEvent] = []
        /// Per term, the index in ``events`` of its latest occurrence, or -1.
        var latest: [Int] = []
        /// ``latest`` as it stood at the tightest window found so far.
        var best: [Int] = []
    }

    /// The token indices of the smallest window holding one occurrence of each of `count`
    /// terms; `occurrences(i)` lists the token indices of term `i`, ascending.
    func tightestWindow(
        _ count: Int, occurrences: (Int) -> ArraySlice<Int>?, tokens: [Token], scratch: inout WindowScratch
    ) -> [Int]? {
        if count == 1 {
            guard let first = occurrences(0)?.first else { return nil }
            return [first]
        }
        guard Self.gatherEvents(count, occurrences: occurrences, tokens: tokens, into: &scratch) else { return nil }
        let limit = count + slack
        scratch.latest.removeAll(keepingCapacity: true)
        scratch.latest.append(contentsOf: repeatElement(-1, count: count))
        var missing = count
        var bestWidth = Int.max
        for eventIndex in scratch.events.indices {
            let term = scratch.events[eventIndex].term
            if scratch.latest[term] < 0 { missing -= 1 }
            scratch.latest[term] = eventIndex
            guard missing == 0 else { continue }
            var first = Int.max
            var last = Int.min
            var lowestPhrase = Int.max
            var highestPhrase = Int.min
            // By term index: a loop over `scratch.latest` itself would retain and release it
            // at every event.
            for term in 0..<count {
                let chosen = scratch.events[scratch.latest[term]]
                first = min(first, chosen.position)
                last = max(last, chosen.last)
                let phrase = tokens[chosen.token].phrase
                lowestPhrase = min(lowestPhrase, phrase)
                highestPhrase = max(highestPhrase, phrase)
            }
            let width = last - first + 1
            let crossesList = highestPhrase - lowestPhrase > 1
            if width <= limit, !crossesList, width < bestWidth {
                // Kept in the scratch buffer; the window itself is made once, at the end.
                bestWidth = width
                scratch.best.removeAll(keepingCapacity: true)
                scratch.best.append(contentsOf: scratch.latest)
            }
        }
        guard bestWidth < .max else { return nil }
        // Events are ordered by (position, term), so ascending event indices put the window's
        // tokens by position, ties in term order.
        scratch.best.sort()
        return scratch.best.map { scratch.events[$0].token }
    }

    /// Puts every occurrence of the `count` terms into `scratch.events`, ordered by position,
    /// then term; false when a term has none.
    private static func gatherEvents(
        _ count: Int, occurrences: (Int) -> ArraySlice<Int>?, tokens: [Token], into scratch: inout WindowScratch
    ) -> Bool {
        scratch.events.removeAll(keepingCapacity: true)
        for termIndex in 0..<count {
            guard let list = occurrences(termIndex) else { return false }
            for tokenIndex in list {
                scratch.events.append(
                    WindowEvent(
                        position: tokens[tokenIndex].position, last: tokens[tokenIndex].lastPosition, term: termIndex,
                        token: tokenIndex))
            }
        }
        scratch.events.sort { ($0.position, $0.term) < ($1.position, $1.term) }
        return true
    }
}
