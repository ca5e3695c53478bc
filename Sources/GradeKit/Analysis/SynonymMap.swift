/// Synonym and abbreviation groups compiled into a trie over analysed terms.
///
/// Every entry of a group (`k8s`, `kubernetes`, `kube`) maps to the group's canonical term,
/// the analysed first entry. Multi-word entries (`point in time recovery`) are sequences of
/// terms, stop words included, so `one on one` is a 1:1 but `one by one` is not.
public struct SynonymMap: Sendable {
    struct Node: Sendable {
        var children: [String: Int] = [:]
        var canonical: String?
    }

    private(set) var nodes: [Node] = [Node()]
    /// Entries that analysed to a path another group already claimed: `(entry, group index)`.
    public private(set) var conflicts: [(entry: String, group: Int)] = []
    /// Every term used by any entry, for the catenation filter's vocabulary.
    public private(set) var terms: Set<String> = []
    /// Written form → term of every word of every entry, for spelling tolerance.
    public private(set) var spellings: [String: String] = [:]

    /// An empty map.
    public init() {}

    /// Compiles `groups`, analysing each entry with `analyze` (the chain up to stemming).
    public init(groups: [[String]], analyze: (String) -> [Token]) {
        self.init(groups: groups) { entry in
            let tokens = analyze(entry)
            return (
                TermPath.primary(tokens), TermPath.parts(tokens),
                tokens.filter { $0.origin == .word && !$0.isStop }.map { ($0.surface, $0.term) }
            )
        }
    }

    /// Compiles `groups`, reading each entry's words with `reader` (which knows no synonyms).
    init(groups: [[String]], reader: ConceptReader) {
        // Every entry read in one go.
        let entries = groups.flatMap { $0 }
        let read = Dictionary(zip(entries, reader.paths(entries)), uniquingKeysWith: { first, _ in first })
        self.init(groups: groups) { read[$0] ?? ([], [], []) }
    }

    /// Compiles `groups`, reading each entry with `read`: its term path taking compounds'
    /// joined forms (``TermPath/primary(_:)``), the one taking their parts, and its written
    /// words that are not stop words with their terms.
    private init(
        groups: [[String]],
        read: (String) -> (primary: [TermPath.Step], parts: [TermPath.Step], spellings: [(surface: String, term: String)])
    ) {
        for (index, group) in groups.enumerated() {
            guard let first = group.first else { continue }
            let canonicalPath = TermPath.content(read(first).primary)
            guard !canonicalPath.isEmpty else { continue }
            let canonical = canonicalPath.joined(separator: " ")
            for entry in group {
                let entryRead = read(entry)
                for (surface, term) in entryRead.spellings { spellings[surface] = term }
                // The parts path only when it differs (the insertion order of two paths never
                // matters: each is a trie path of its own).
                let paths = entryRead.primary == entryRead.parts ? [entryRead.primary] : [entryRead.primary, entryRead.parts]
                for path in paths where !TermPath.content(path).isEmpty {
                    if !insert(path.map(\.term), canonical: canonical) { conflicts.append((entry, index)) }
                    terms.formUnion(TermPath.content(path))
                }
            }
        }
    }

    /// Adds `path`; false when a different group already owns it.
    private mutating func insert(_ path: [String], canonical: String) -> Bool {
        var node = 0
        for term in path {
            if let next = nodes[node].children[term] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[term] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        if let existing = nodes[node].canonical { return existing == canonical }
        nodes[node].canonical = canonical
        return true
    }

    /// Whether the map is empty.
    public var isEmpty: Bool { nodes.count == 1 }

    /// The node `term` leads to from `node`, if any.
    func child(of node: Int, term: String) -> Int? {
        // Past the root a node has a child or two: with at most four, comparing the terms
        // (by the same canonical equivalence the dictionary uses) costs less than hashing the
        // one looked for.
        guard node != 0, nodes[node].children.count <= 4 else { return nodes[node].children[term] }
        for (childTerm, child) in nodes[node].children where childTerm == term { return child }
        return nil
    }

    /// Whether some entry goes on past `node`.
    func hasChildren(_ node: Int) -> Bool {
        !nodes[node].children.isEmpty
    }

    func canonical(at node: Int) -> String? {
        nodes[node].canonical
    }

    /// Replaces every synonym in a term sequence by its canonical term, longest match first,
    /// and drops the stop words. This is how rubric concepts are normalised.
    func canonicalize(_ path: [TermPath.Step]) -> [String] {
        guard !isEmpty else { return TermPath.content(path) }
        var out: [String] = []
        var i = 0
        while i < path.count {
            var node = 0
            var best: (length: Int, canonical: String)?
            var j = i
            while j < path.count, let next = child(of: node, term: path[j].term) {
                node = next
                j += 1
                if let canonical = canonical(at: node) { best = (j - i, canonical) }
            }
            if let best {
                out.append(best.canonical)
                i += best.length
            } else {
                if !path[i].isStop { out.append(path[i].term) }
                i += 1
            }
        }
        return out
    }
}
