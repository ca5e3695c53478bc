/// Joins two adjacent words when the joined word is a term the rubric knows, so `roll back`
/// meets `rollback`, `post mortem` meets `postmortem` and `data base` meets `database`.
///
/// Only joins that land in the vocabulary are kept, which keeps the stream small and avoids
/// inventing words; everyday phrases whose join means something else ("over time" is not
/// "overtime") are never joined.
public struct CatenationFilter: Sendable {
    /// Stems the rubric and the synonym map use.
    public let vocabulary: Set<String>
    private let stemmer = StemFilter()
    /// The surfaces of the words met so far, so that a pair of words is a pair of integers:
    /// the analyzer's lexicon (``Token/surfaceID``), or the filter's own.
    private let surfaces: Lexicon
    /// A pair of surface ids → the stem of the joined surface when that is in the vocabulary,
    /// nil when it is not.
    private let joins = PairMemo<String?>()

    /// Joins that change the meaning of the two words they come from.
    static let misleading: Set<String> = [
        "overtime", "sometime", "sometimes", "anytime", "everyday", "anyone", "someone", "everyone", "nobody", "maybe",
        "into", "onto", "without", "within", "cannot", "somewhat", "meantime", "outcome", "income", "overall",
    ]

    /// Creates the filter over `vocabulary`.
    public init(vocabulary: Set<String>) {
        self.init(vocabulary: vocabulary, surfaces: Lexicon())
    }

    /// Creates the filter over `vocabulary`, pairing words by their ids in `surfaces`, the
    /// lexicon their ``Token/surfaceID``s come from.
    init(vocabulary: Set<String>, surfaces: Lexicon) {
        self.vocabulary = vocabulary
        self.surfaces = surfaces
    }

    /// The stem of a joined surface when it is in the vocabulary.
    private func join(_ surface: String) -> String? {
        let joined = stemmer.stem(surface)
        return vocabulary.contains(joined) ? joined : nil
    }

    /// Adds a joined token over each adjacent pair of words whose join is in the vocabulary.
    public func apply(_ tokens: inout [Token]) {
        guard !vocabulary.isEmpty, tokens.count > 1 else { return }
        var added: [Token] = []
        // Indices, not copies of the tokens: most pairs are passed over.
        var previous: Int?
        for index in tokens.indices where tokens[index].origin == .word {
            defer { previous = index }
            guard let before = previous, tokens[before].position + 1 == tokens[index].position, !tokens[before].isStop,
                !tokens[index].isStop
            else { continue }
            let joinedLength = tokens[before].surface.utf8.count + tokens[index].surface.utf8.count
            guard joinedLength >= 5, joinedLength <= 24 else { continue }
            // Most joins are not in the vocabulary: they are remembered by the two surface ids,
            // and the joined surface is only made to work one out or to keep one.
            let firstID = Token.id(tokens[before].surfaceID) { surfaces.id(for: tokens[before].surface) }
            let secondID = Token.id(tokens[index].surfaceID) { surfaces.id(for: tokens[index].surface) }
            let joined: String?
            if let firstID, let secondID {
                joined = joins.value(for: firstID, secondID) { join(tokens[before].surface + tokens[index].surface) }
            } else {
                joined = join(tokens[before].surface + tokens[index].surface)
            }
            guard let joined else { continue }
            let surface = tokens[before].surface + tokens[index].surface
            if !Self.misleading.contains(surface) {
                let first = tokens[before]
                added.append(
                    Token(
                        term: joined, surface: surface, start: first.start, end: tokens[index].end,
                        position: first.position, span: 2, clause: first.clause, phrase: first.phrase, origin: .catenation,
                        negation: first.negation ?? tokens[index].negation))
            }
        }
        guard !added.isEmpty else { return }
        tokens.append(contentsOf: added)
        tokens.sort { ($0.position, $0.origin == .word ? 1 : 0) < ($1.position, $1.origin == .word ? 1 : 0) }
    }
}
