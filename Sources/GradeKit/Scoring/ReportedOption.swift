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

    /// Words a turning-down sentence may point back with.
    static let pointers: Set<String> = ["that", "it", "this", "them", "those", "one"]

    /// Whether `tokens` (a unit's analysis) open by reporting what others do.
    static func reports(_ tokens: [Token]) -> Bool {
        let surfaces = tokens.lazy.filter { $0.origin == .word }.prefix(4).map(\.surface)
        return NegationFilter.match(openings, in: Array(surfaces), at: 0) != nil
    }

    /// The trigger word when `tokens` (the unit after a reported option) turn it down: a bare
    /// verdict ("Not for us."), or the writer's rejection, within its first six words, of
    /// something it points back to ("I'm not really into that", "I wouldn't do that here",
    /// "I'd skip all of it") or of nothing named at all ("I wouldn't.").
    static func turnsDown(_ tokens: [Token]) -> String? {
        let words = tokens.filter { $0.origin == .word }
        if NegationFilter.isBareRejection(tokens), let first = words.first { return first.surface }
        guard let at = words.prefix(6).firstIndex(where: { $0.negation == nil && refusals.contains($0.surface) })
        else { return nil }
        let rest = words.dropFirst(at + 1)
        if !rest.contains(where: { !$0.isStop }) {
            // "I wouldn't.": the writer's decision, with nothing else named.
            let kind = NegationFilter.kind(ofTriggerAt: at, in: words.map(\.surface))
            return kind == .rejection ? words[at].surface : nil
        }
        guard let scope = rest.first?.negation, scope.kind == .rejection else { return nil }
        var content = 0
        for word in rest where word.negation == scope {
            if pointers.contains(word.surface) { return words[at].surface }
            if !word.isStop { content += 1 }
            if content > 2 { return nil }
        }
        return nil
    }
}
