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
    /// Written word → its correction (nil when there is none), shared by every unit and answer.
    private let known = Memo<String, String?>()

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
    }

    /// Whether the filter has anything to correct towards.
    public var isEmpty: Bool { entries.isEmpty }

    /// Stacks a corrected token over each misspelled word.
    public func apply(_ tokens: inout [Token]) {
        guard !entries.isEmpty else { return }
        var added: [Token] = []
        // Words under five bytes are never corrected (see correction(for:)): skip the lookup.
        for index in tokens.indices
        where tokens[index].origin == .word && !tokens[index].isStop && tokens[index].surface.utf8.count >= 5 {
            // The correction depends on the written word alone (its term is the word's stem),
            // and answers repeat words: look each one up once.
            guard let term = known.value(for: tokens[index].surface, compute: { _ in correction(for: tokens[index]) }) else {
                continue
            }
            var fixed = tokens[index]
            fixed.term = term
            fixed.origin = .correction
            added.append(fixed)
        }
        guard !added.isEmpty else { return }
        tokens.append(contentsOf: added)
        tokens.sort { ($0.position, $0.origin == .word ? 1 : 0) < ($1.position, $1.origin == .word ? 1 : 0) }
    }

    /// The one rubric term `token` misspells, if there is exactly one.
    func correction(for token: Token) -> String? {
        let surface = Array(token.surface.utf8)
        guard surface.count >= 5, surface.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        guard !vocabulary.contains(token.term), !EnglishWords.contains(token.term) else { return nil }
        let limit = surface.count >= 9 ? 2 : 1
        var best = limit + 1
        var found: Set<String> = []
        for form in Set([surface, Array(token.term.utf8)]) {
            let letters = Self.letters(form)
            for length in (form.count - limit)...(form.count + limit) {
                for entry in entries[length] ?? [] where (entry.letters ^ letters).nonzeroBitCount <= 2 * limit {
                    guard let distance = EditDistance.optimalStringAlignment(form, entry.spelling, limit: limit) else { continue }
                    if distance < best {
                        best = distance
                        found = [entry.term]
                    } else if distance == best {
                        found.insert(entry.term)
                    }
                }
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// The set of letters a lower-case word uses, one bit per letter.
    static func letters(_ word: [UInt8]) -> UInt32 {
        var mask: UInt32 = 0
        for byte in word where byte >= 0x61 && byte <= 0x7A { mask |= 1 << UInt32(byte - 0x61) }
        return mask
    }
}
