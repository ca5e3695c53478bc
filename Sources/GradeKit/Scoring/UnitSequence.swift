extension Grader {
    /// The rejections one unit makes of others, applied as the units of an answer go by in
    /// order (both grading paths walk them with one of these):
    /// - a heading answered by a bare verdict ("## Training" then "Not a priority.") rejects
    ///   what the heading names;
    /// - a reported option turned down by the next sentence ("Some people like to do the
    ///   whole recognition thing." then "I'm not really into that") is rejected
    ///   (``ReportedOption``).
    struct UnitSequence {
        /// The unit before the current one, with its index and tokens.
        private var previous: (unit: TextUnit, index: Int, tokens: [Token])?

        /// Before `unit`, the `index`th, is judged: applies what it decides of the units
        /// before it.
        mutating func enter(_ unit: TextUnit, index: Int, tokens: [Token], state: inout GradingState) {
            defer { previous = (unit, index, tokens) }
            guard let previous else { return }
            if previous.unit.kind == .heading, previous.unit.block != unit.block, NegationFilter.isBareRejection(tokens) {
                state.rejectPassage(previous.unit.block, reason: "rejected right under the heading ('\(unit.text)')")
            }
            if ReportedOption.reports(previous.tokens), let trigger = ReportedOption.turnsDown(tokens) {
                state.rejectUnit(
                    previous.index, of: previous.unit.block, reason: "reported, then turned down by the next sentence ('\(trigger)')")
            }
        }
    }
}
