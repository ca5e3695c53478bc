/// A value read from a rubric file together with where it was written, so a problem found
/// later (when an extension is applied, say) can still point at the right line and column.
struct Located<Value: Sendable & Equatable>: Sendable, Equatable {
    var value: Value
    var location: SourceLocation
}
