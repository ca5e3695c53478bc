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
        var result: [ConceptMatch] = []
        var occurrences: [String: [Int]] = [:]
        for (i, token) in tokens.enumerated() where !token.isStop {
            occurrences[token.term, default: []].append(i)
        }
        var candidates: Set<Int> = []
        for term in occurrences.keys {
            candidates.formUnion(rubric.concepts(using: term))
        }
        for conceptIndex in candidates.sorted() {
            let concept = rubric.concepts[conceptIndex]
            guard let window = tightestWindow(concept.terms, occurrences: occurrences, tokens: tokens) else { continue }
            let start = window.map { tokens[$0].start }.min() ?? 0
            let end = window.map { tokens[$0].end }.max() ?? 0
            result.append(ConceptMatch(concept: conceptIndex, unit: unitIndex, tokens: window, start: start, end: end))
        }
        return result
    }

    /// The token indices of the smallest window holding every term, if it fits the slack.
    func tightestWindow(_ terms: [String], occurrences: [String: [Int]], tokens: [Token]) -> [Int]? {
        if terms.count == 1 {
            guard let first = occurrences[terms[0]]?.first else { return nil }
            return [first]
        }
        var events: [(position: Int, last: Int, term: Int, token: Int)] = []
        for (termIndex, term) in terms.enumerated() {
            guard let list = occurrences[term] else { return nil }
            for tokenIndex in list {
                events.append((tokens[tokenIndex].position, tokens[tokenIndex].lastPosition, termIndex, tokenIndex))
            }
        }
        events.sort { ($0.position, $0.term) < ($1.position, $1.term) }
        let limit = terms.count + slack
        var latest = Array(repeating: -1, count: terms.count)
        var best: (width: Int, window: [Int])?
        for (eventIndex, event) in events.enumerated() {
            latest[event.term] = eventIndex
            guard !latest.contains(-1) else { continue }
            let chosen = latest.map { events[$0] }
            let first = chosen.map(\.position).min() ?? 0
            let last = chosen.map(\.last).max() ?? 0
            let width = last - first + 1
            let phrases = chosen.map { tokens[$0.token].phrase }
            let crossesList = (phrases.max() ?? 0) - (phrases.min() ?? 0) > 1
            if width <= limit, !crossesList, best == nil || width < best?.width ?? .max {
                best = (width, chosen.sorted { $0.position < $1.position }.map(\.token))
            }
        }
        return best?.window
    }
}
