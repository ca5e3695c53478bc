extension Grader {
    /// The rejections one unit makes of others, applied as the units of an answer go by in
    /// order (both grading paths walk them with one of these):
    /// - a heading answered by a bare verdict ("## Training" then "Not a priority.") rejects
    ///   what the heading names;
    /// - a reported option turned down by the next sentence ("Some people like to do the
    ///   whole recognition thing." then "I'm not really into that") is rejected
    ///   (``ReportedOption``);
    /// - under a heading that is itself a decision against what follows ("### Two things I
    ///   would not do", "## Non-goals", "## Out of scope"), each passage's short lead
    ///   ("**Adding a queueing system.**", "- Service mesh") names a thing not done, so its
    ///   items are rejected; the passage's other sentences are judged as they stand, since
    ///   such a section also says what is done instead.
    struct UnitSequence {
        /// The unit before the current one, with its index and tokens.
        private var previous: (unit: TextUnit, index: Int, tokens: [Token])?
        /// The heading of the rejecting section the units are in, and its level.
        private var section: (heading: String, level: Int)?

        /// Words a lead may have at most.
        static let leadLength = 6

        /// Before `unit`, the `index`th, is judged: applies what it decides of the units before
        /// it, and returns the heading of the rejecting section when `unit` is a passage's
        /// short lead in one, whose items the judge then rejects unless a word beside them
        /// narrows them to a variant ("*Auto*-scaling." is not the scaling strategy).
        mutating func enter(_ unit: TextUnit, index: Int, tokens: [Token], state: inout GradingState) -> String? {
            defer { previous = (unit, index, tokens) }
            if let previous {
                if previous.unit.kind == .heading, previous.unit.block != unit.block, NegationFilter.isBareRejection(tokens) {
                    state.rejectPassage(previous.unit.block, reason: "rejected right under the heading ('\(unit.text)')")
                }
                if ReportedOption.reports(previous.tokens), let trigger = ReportedOption.turnsDown(tokens) {
                    state.rejectUnit(
                        previous.index, of: previous.unit.block,
                        reason: "reported, then turned down by the next sentence ('\(trigger)')")
                }
            }
            if unit.kind == .heading {
                if let open = section, unit.level <= open.level { section = nil }
                if Self.rejects(heading: tokens) { section = (unit.text, unit.level) }
                return nil
            }
            guard let section, previous?.unit.block != unit.block,
                tokens.count(where: { $0.origin == .word }) <= Self.leadLength
            else { return nil }
            return section.heading
        }

        /// Whether a heading's `tokens` decide against what follows it: a rejection or a verb
        /// of rejection in it ("Two things I would not do", "What I'd skip") or a non-goals
        /// heading ("Non-goals", "Out of scope").
        static func rejects(heading tokens: [Token]) -> Bool {
            if tokens.contains(where: { $0.negation?.kind == .rejection }) { return true }
            let surfaces = tokens.filter { $0.origin == .word }.map(\.surface)
            if surfaces.contains(where: NegationFilter.rejectingVerbs.contains) { return true }
            return nonGoals.contains { NegationFilter.match([$0], in: surfaces, at: 0) != nil }
                || NegationFilter.match(NegationFilter.postTriggers, in: surfaces, at: 0) != nil
        }

        /// Headings that list what a plan leaves out, as surfaces.
        static let nonGoals: [[String]] = [
            ["non", "goals"], ["nongoals"], ["non", "goal"], ["out", "of", "scope"], ["not", "in", "scope"],
            ["not", "doing"], ["rejected", "alternatives"], ["alternatives", "rejected"],
        ]
    }
}
