/// One entry of `rules` in a rubric that extends another: either a new rule, or changes to
/// the base rule with the same id.
///
/// For an existing rule, every field given replaces the base's; `concepts`, `mentions` and
/// `antipatterns` are added to the base's lists, and `removeConcepts`, `removeMentions` and
/// `removeAntipatterns` take phrases out of them (removals first, then additions). A new
/// rule needs every field a rule in a complete rubric needs.
struct RuleChange: Sendable, Equatable {
    var id: Located<String>
    /// Where the rule object starts, for problems with the rule as a whole.
    var location: SourceLocation
    var title: Located<String>?
    var section: Located<String>?
    var weight: Located<Double>?
    var feedback: Located<String>?
    var minConcepts: Located<Int>?
    var required: Bool?
    var concepts: [Located<String>] = []
    var mentions: [Located<String>] = []
    var antipatterns: [Located<String>] = []
    var removeConcepts: [Located<String>] = []
    var removeMentions: [Located<String>] = []
    var removeAntipatterns: [Located<String>] = []

    /// The keys a rule change may have: a rule's, plus the three removal lists.
    static let keys: Set<String> = RubricDecoder.ruleKeys.union(["removeConcepts", "removeMentions", "removeAntipatterns"])
}
