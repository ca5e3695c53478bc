/// A negation covering a token: which word triggered it and what kind of negation it is.
public struct Negation: Sendable, Equatable {
    /// What the trigger does to what it covers.
    public enum Kind: String, Sendable, Equatable {
        /// The writer decides against it: "we would not roll back", "I'd skip the
        /// post-mortem", "no need for replicas", "a service mesh is overkill".
        case rejection
        /// The writer proposes something else in its place: "instead of", "rather than".
        case alternative
        /// The writer describes an absence: "load balancers with no targets", "without
        /// changing anything", "there are no audit logs".
        case description
    }

    /// Position of the trigger word in its unit.
    public var trigger: Int
    /// What kind of negation it is.
    public var kind: Kind
    /// Whether the rejection puts the item off rather than turning it down: "the post-mortem
    /// can come later", "X can wait". A deferral rejects the item now, not as a whole: the
    /// answer may come back to it.
    public var deferred: Bool

    /// Creates a negation.
    public init(trigger: Int, kind: Kind, deferred: Bool = false) {
        self.trigger = trigger
        self.kind = kind
        self.deferred = deferred
    }
}
