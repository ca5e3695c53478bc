/// One token of a unit's text as it moves through the analysis chain.
///
/// Like a Lucene token it carries its offsets into the original text (so a match can be
/// quoted), a position (so phrases can be matched within a window) and a span: compound
/// catenations and synonyms are stacked on the positions they cover.
public struct Token: Sendable, Equatable {
    /// How the token came to be.
    public enum Origin: Sendable, Equatable {
        /// A word as written (after contraction and compound splitting).
        case word
        /// The joined form of a compound (`post-mortem` → `postmortem`) or of two adjacent words.
        case catenation
        /// The canonical term of a synonym group, stacked on the words it replaces.
        case synonym
        /// The rubric term a misspelled word was meant to be, stacked over it.
        case correction
        /// A property of the whole unit, such as being a question (``Analyzer/questionTerm``).
        case marker
    }

    /// The token's term: the normalized surface, then its stem, or a synonym's canonical term.
    public var term: String {
        // Ids resolved for the old term say nothing about the new one.
        didSet {
            termID = Token.unresolved
            synonymRoot = Token.unresolved
            correction = Token.unresolved
        }
    }
    /// The lower-cased, diacritic-folded surface form before stemming.
    public var surface: String {
        // An id resolved for the old surface says nothing about the new one.
        didSet { surfaceID = Token.unresolved }
    }
    /// UTF-8 offset of the token's first byte in the unit text.
    public var start: Int
    /// UTF-8 offset just past the token's last byte.
    public var end: Int
    /// Position in the unit, counting every word including stop words.
    public var position: Int
    /// Number of positions the token covers (1 for a word).
    public var span: Int
    /// Index of the clause the token is in; `;` and dashes start a new clause.
    public var clause: Int
    /// Index of the comma- or colon-separated phrase the token is in (a new clause is a new
    /// phrase too); list detection and the scope of `instead of` use it.
    public var phrase: Int
    /// The negation whose scope covers this token, if any.
    public var negation: Negation?
    /// Whether the word is a stop word: kept for positions and negation, ignored for matching.
    public var isStop: Bool
    /// Whether the word is one part of a compound (`skip` in `skip-level`).
    public var isCompoundPart: Bool
    /// How the token came to be.
    public var origin: Origin
    /// For a ``Origin/word`` token, the word lists the word belongs to, set by the analyzer
    /// once the word is folded and stemmed (``Analyzer/baseTokens(_:)``), or by
    /// ``WordFlags/assign(to:)`` for tokens made by hand; empty until then. A spelling
    /// correction carries its word's flags.
    public var flags: WordFlags
    /// The id of the term among the terms of the rubric whose analyzer made the token
    /// (``CompiledRubric``), resolved once per distinct word: ``absent`` when the rubric does
    /// not use the term, ``unresolved`` when nothing looked (tokens a filter adds).
    var termID = Token.unresolved
    /// The node of the analyzer's synonym map the term leads to from the root, resolved like
    /// ``termID``.
    var synonymRoot = Token.unresolved
    /// The term the analyzer's spelling filter corrects the word to, as an id among that
    /// filter's terms (``SpellingFilter/correctionID(for:)``), resolved like ``termID``.
    var correction = Token.unresolved
    /// The id of a written word's surface in the analyzer's lexicon of surfaces, whose first
    /// ids are the negation filter's words (``Analyzer/surfaceLexicon()``), resolved like
    /// ``termID``.
    var surfaceID = Token.unresolved

    /// Creates a token.
    public init(
        term: String, surface: String? = nil, start: Int, end: Int, position: Int, span: Int = 1,
        isStop: Bool = false, clause: Int = 0, phrase: Int = 0, origin: Origin = .word,
        negation: Negation? = nil, isCompoundPart: Bool = false, flags: WordFlags = []
    ) {
        self.term = term
        self.surface = surface ?? term
        self.start = start
        self.end = end
        self.position = position
        self.span = span
        self.isStop = isStop
        self.clause = clause
        self.phrase = phrase
        self.origin = origin
        self.negation = negation
        self.isCompoundPart = isCompoundPart
        self.flags = flags
    }

    /// A ``termID``, ``synonymRoot``, ``correction`` or ``surfaceID`` nothing looked up.
    static let unresolved: Int32 = -2
    /// A ``termID``, ``synonymRoot``, ``correction`` or ``surfaceID`` looked up and not found.
    static let absent: Int32 = -1

    /// The stored form of a looked-up id: ``absent`` for none, ``unresolved`` for one too
    /// large to store (so it is looked up again where it is needed).
    static func resolved(_ id: Int?) -> Int32 {
        guard let id else { return absent }
        return Int32(exactly: id) ?? unresolved
    }

    /// A resolved ``termID`` or ``synonymRoot``: the id, or nil when absent; `lookUp` when
    /// it was never resolved.
    static func id(_ stored: Int32, else lookUp: () -> Int?) -> Int? {
        if stored >= 0 { return Int(stored) }
        return stored == absent ? nil : lookUp()
    }

    /// The last position the token covers.
    public var lastPosition: Int { position + span - 1 }
}
