/// Tolerates small misspellings of the words a rubric uses, so `kuberentes`, `replcias` and
/// `postmortum` still meet their concepts.
///
/// A word is corrected only when all of these hold:
/// - it is five or more ASCII letters (never `sqs`/`sns` or `ec2`/`ecs`),
/// - it is not already a rubric term and its stem is not a known English word
///   (``EnglishWords``), so `stale` never becomes `scale`,
/// - exactly one rubric term is within one edit (two for words of nine or more letters),
///   counting a swap of adjacent letters as one edit, comparing both the written forms and
///   the stems.
/// The correction is stacked over the word, like a synonym; the original stays.
///
/// Comparing against every rubric word would be slow, so candidates are narrowed first by
/// length and by a letter-set signature: one edit changes the set of letters a word uses by
/// at most two, so words whose sets differ by more cannot be close.
public struct SpellingFilter: Sendable {
    struct Entry: Sendable {
        var spelling: [UInt8]
        var letters: UInt32
        var term: String
    }

    private let entries: [Int: [Entry]]
    private let vocabulary: Set<String>
    /// One more than the longest spelling: entry locations are counted in rows this long.
    private let rowLength: Int
    /// Folded written word → the location of an entry of its correction (nil when there is
    /// none), shared by every unit and answer.
    private let known = Memo<String, Int?>()

    /// Creates the filter from the rubric's written words, each mapped to its term.
    public init(spellings: [String: String]) {
        var byLength: [Int: [Entry]] = [:]
        var vocabulary: Set<String> = []
        vocabulary.reserveCapacity(spellings.count)
        func add(_ form: String, _ term: String) {
            let bytes = Array(form.utf8)
            byLength[bytes.count, default: []].append(Entry(spelling: bytes, letters: Self.letters(bytes), term: term))
        }
        // Each written form with its term, and each term as a form of itself, once. The order
        // of the entries never changes a correction: it is the one term at the least distance.
        for (surface, term) in spellings {
            if surface != term && surface.utf8.count >= 5 { add(surface, term) }
            if vocabulary.insert(term).inserted && term.utf8.count >= 5 { add(term, term) }
        }
        self.entries = byLength
        self.vocabulary = vocabulary
        self.rowLength = (byLength.keys.max() ?? 0) + 1
    }

    /// Whether the filter has anything to correct towards.
    public var isEmpty: Bool { entries.isEmpty }

    /// Stacks a corrected token over each misspelled word.
    public func apply(_ tokens: inout [Token]) {
        apply(&tokens, resolved: false)
    }

    /// ``apply(_:)``; with `resolved`, tokens whose ``Token/correction`` is resolved (by the
    /// analyzer this filter belongs to, with ``correctionID(for:)``) are not looked up again.
    func apply(_ tokens: inout [Token], resolved: Bool) {
        guard !entries.isEmpty else { return }
        var added: [Token] = []
        // Words under five bytes are never corrected (see correctionEntry(for:)): skip the lookup.
        for index in tokens.indices
        where tokens[index].origin == .word && !tokens[index].isStop && tokens[index].surface.utf8.count >= 5 {
            let location = Token.id(resolved ? tokens[index].correction : Token.unresolved) { correctionLocation(for: tokens[index]) }
            guard let location, let term = term(at: location) else { continue }
            var fixed = tokens[index]
            fixed.term = term
            fixed.origin = .correction
            added.append(fixed)
        }
        guard !added.isEmpty else { return }
        tokens.append(contentsOf: added)
        tokens.sort { ($0.position, $0.origin == .word ? 1 : 0) < ($1.position, $1.origin == .word ? 1 : 0) }
    }

    /// The stored form of `token`'s correction for ``Token/correction``: where in this
    /// filter's entries its term is, or ``Token/absent``. The analyzer works it out once per
    /// distinct written word.
    func correctionID(for token: Token) -> Int32 {
        guard !entries.isEmpty, token.origin == .word, !token.isStop, token.surface.utf8.count >= 5 else {
            return Token.absent
        }
        return Token.resolved(correctionLocation(for: token))
    }

    /// Where an entry of the term `token` misspells lies, if there is exactly one such term.
    /// The correction depends on the written word alone (its term is the word's stem), and
    /// answers repeat words: each one is worked out once.
    private func correctionLocation(for token: Token) -> Int? {
        known.value(for: token.surface) { _ in correctionEntry(for: token) }
    }

    /// The term of the entry at `location` (``correctionEntry(for:)``).
    private func term(at location: Int) -> String? {
        guard let row = entries[location % rowLength], location / rowLength < row.count else { return nil }
        return row[location / rowLength].term
    }

    /// The location of an entry of the one rubric term `token` misspells, if there is
    /// exactly one: its index among the entries of its length times ``rowLength``, plus
    /// its length.
    private func correctionEntry(for token: Token) -> Int? {
        let surface = Array(token.surface.utf8)
        guard surface.count >= 5, surface.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        guard !vocabulary.contains(token.term), !EnglishWords.contains(token.term) else { return nil }
        let limit = surface.count >= 9 ? 2 : 1
        var best = limit + 1
        var found: Set<String> = []
        var location: Int?
        for form in Set([surface, Array(token.term.utf8)]) {
            let letters = Self.letters(form)
            for length in (form.count - limit)...(form.count + limit) {
                for (index, entry) in (entries[length] ?? []).enumerated() where (entry.letters ^ letters).nonzeroBitCount <= 2 * limit {
                    guard let distance = EditDistance.optimalStringAlignment(form, entry.spelling, limit: limit) else { continue }
                    if distance < best {
                        best = distance
                        found = [entry.term]
                        location = index * rowLength + length
                    } else if distance == best {
                        found.insert(entry.term)
                    }
                }
            }
        }
        return found.count == 1 ? location : nil
    }

    /// The set of letters a lower-case word uses, one bit per letter.
    static func letters(_ word: [UInt8]) -> UInt32 {
        var mask: UInt32 = 0
        for byte in word where byte >= 0x61 && byte <= 0x7A { mask |= 1 << UInt32(byte - 0x61) }
        return mask
    }
}
