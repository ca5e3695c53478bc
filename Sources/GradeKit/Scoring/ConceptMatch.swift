/// One concept found in one unit of an answer.
public struct ConceptMatch: Sendable, Equatable {
    /// Index into ``CompiledRubric/concepts``.
    public var concept: Int
    /// Index into ``AnalyzedAnswer/units``.
    public var unit: Int
    /// Indices into the unit's tokens of the tokens that matched, by position.
    public var tokens: [Int]
    /// UTF-8 range of the matched words in the unit's text.
    public var start: Int
    /// End of that range.
    public var end: Int
}
