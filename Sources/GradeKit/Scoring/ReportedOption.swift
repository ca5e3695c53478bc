/// A sentence that reports what others do or suggest ("Some people like to do the whole
/// recognition thing, shout-outs in the all-hands, awards", "Many teams reach for a service
/// mesh here"), answered by the next sentence turning it down ("I'm not really into that",
/// "I wouldn't.", "Not for us."). The writer names the option to reject it, so the reported
/// sentence's items are rejected. A sentence of the writer's own ("We run canaries at 5%")
/// followed by "I wouldn't go higher than that" is not a reported option and keeps its items.
enum ReportedOption {
    /// Openings that report what others do or would do, as surfaces.
    static let openings: [[String]] = [
        ["some", "people"], ["some", "teams"], ["some", "companies"], ["some", "orgs"], ["some", "organisations"],
        ["some", "organizations"], ["some", "managers"], ["some", "engineers"], ["some", "folks"], ["many", "teams"],
        ["many", "people"], ["many", "companies"], ["a", "lot", "of", "teams"], ["a", "lot", "of", "people"],
        ["a", "lot", "of", "companies"], ["lots", "of", "teams"], ["lots", "of", "people"], ["people", "often"],
        ["people", "usually"], ["people", "will"], ["others", "would"], ["others", "will"], ["the", "textbook"],
        ["the", "usual", "answer"], ["the", "standard", "answer"], ["the", "obvious", "answer"],
        ["a", "common", "answer"], ["conventional", "wisdom"], ["you", "could"], ["one", "could"], ["you", "might"],
        ["a", "lot", "of", "advice"], ["most", "advice"], ["the", "usual", "advice"], ["the", "standard", "advice"],
        ["common", "advice"],
    ]

    /// Words that turn the reported option down when the writer decides with them.
    static let refusals: Set<String> = ["not", "never", "skip", "avoid"]

    /// Words a turning-down sentence may point back with: the negation filter's, and "this",
    /// "those", "one".
    static let pointers = NegationFilter.pointers.union(["this", "those", "one"])

    /// Words after the pointer that make the refusal a condition or a deferral ("I'd avoid
    /// that until we've right-sized", "Skip that and your on-call is guessing").
    static let conditions: Set<String> = ["until", "unless", "and", "before", "till"]

    /// Whether `tokens` (a unit's analysis) open by reporting what others do.
    static func reports(_ tokens: [Token]) -> Bool {
        // Most sentences open otherwise: their first word shows it, found by index (`first`
        // would copy the token).
        guard let first = tokens.firstIndex(where: { $0.origin == .word }), openingWords.contains(tokens[first].surface) else {
            return false
        }
        let surfaces = tokens.lazy.filter { $0.origin == .word }.prefix(4).map(\.surface)
        return NegationFilter.match(openings, in: Array(surfaces), at: 0) != nil
    }

    /// The first words of ``openings``.
    static let openingWords = Set(openings.map { $0[0] })

    /// The trigger word when `tokens` (the unit after a reported option) turn it down: a bare
    /// verdict ("Not for us."), or the writer's rejection, within its first six words, of
    /// something it points back to ("I'm not really into that", "I wouldn't do that here",
    /// "I'd skip all of it") or of nothing named at all ("I wouldn't."): not a double
    /// negation ("I never skip them"), a condition or a deferral ("avoid that until …").
    static func turnsDown(_ tokens: [Token]) -> String? {
        let words = tokens.filter { $0.origin == .word }
        if NegationFilter.isBareRejection(tokens), let first = words.first { return first.surface }
        guard let at = words.prefix(6).firstIndex(where: { $0.negation == nil && refusals.contains($0.surface) })
        else { return nil }
        // "I never skip them" keeps what it names twice over; "skip" and "avoid" are the
        // writer's only after a decider ("I'd skip").
        if at > 0, words[at - 1].negation != nil || ["not", "never"].contains(words[at - 1].surface) { return nil }
        let ids = words.indices.map { NegationFilter.wordID(of: $0, in: words) }
        if ["skip", "avoid"].contains(words[at].surface), !NegationFilter.decider(before: at, in: ids) { return nil }
        let rest = words.dropFirst(at + 1)
        // "I never skip them", "not avoid": twice negated, the option stands.
        if let next = rest.first, refusals.contains(next.surface) { return nil }
        if !rest.contains(where: { !$0.isStop || pointers.contains($0.surface) }) {
            // "I wouldn't.": the writer's decision, with nothing else named.
            return NegationFilter.kind(ofTriggerAt: at, in: ids) == .rejection ? words[at].surface : nil
        }
        var content = 0
        for (offset, word) in rest.enumerated() {
            if pointers.contains(word.surface) {
                // "…until we've right-sized", "…blindly": a condition or a manner, not a refusal.
                let after = rest.dropFirst(offset + 1).first { !$0.isStop || conditions.contains($0.surface) }
                let qualified = after.map {
                    conditions.contains($0.surface) || (NegationFilter.qualifiers.contains($0.surface) && $0.surface != "all")
                }
                return qualified == true ? nil : words[at].surface
            }
            if !word.isStop { content += 1 }
            if content > 2 || word.phrase != words[at].phrase { return nil }
        }
        return nil
    }
}
