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
    /// Joined surface → its stem when that is in the vocabulary, nil when it is not.
    private let joins = Memo<String, String?>()

    /// Joins that change the meaning of the two words they come from.
    static let misleading: Set<String> = [
        "overtime", "sometime", "sometimes", "anytime", "everyday", "anyone", "someone", "everyone", "nobody", "maybe",
        "into", "onto", "without", "within", "cannot", "somewhat", "meantime", "outcome", "income", "overall",
    ]

    /// Creates the filter over `vocabulary`.
    public init(vocabulary: Set<String>) {
        self.vocabulary = vocabulary
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
            let surface = tokens[before].surface + tokens[index].surface
            // Most joins are not in the vocabulary: ask the memo before the misleading list.
            if let joined = joins.value(for: surface, compute: join), !Self.misleading.contains(surface) {
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
