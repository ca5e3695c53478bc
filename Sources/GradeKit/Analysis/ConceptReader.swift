import Foundation

/// Reads rubric phrases (concepts, mentions, anti-patterns, titles, synonym entries) into
/// their terms, as ``Analyzer/baseTokens(_:)`` and ``Analyzer/conceptTerms(_:)`` do, for
/// compiling rubrics and synonyms and for the topic check's vocabulary of every scenario.
///
/// A process that grades one answer reads thousands of phrases (the topic check reads all
/// eight scenarios'), and an answer's ``Token``s carry far more than a phrase needs. A
/// phrase is its written words' readings end to end, since folding, splitting, stop words
/// and stemming each look at one word alone; so each distinct written word is read once,
/// with the steps of the analyzer's chain up to stemming (``CaseFolder``, ``WordSplitter``,
/// ``StopFilter``, ``StemFilter``) but no token made, into a few pieces of interned term
/// ids. Phrases are read in batches (a rubric's concepts, a scenario's, the synonym
/// entries): joined by line breaks, which no word crosses, tokenized once, and each
/// phrase's words' pieces walked, with no string made but the ones asked for.
/// `ConceptReaderTests` checks that the reader and the analyzer agree on every phrase of
/// the built-in rubrics and synonyms, read alone or together.
///
/// Readers are shared by every thread that compiles with one grader: reading is serialised
/// by a lock, and takes microseconds.
public struct ConceptReader: Sendable {
    /// The synonyms concepts are canonicalized with.
    public let synonyms: SynonymMap
    /// The strings and words read so far (``State``), behind the lock.
    private let lexicon: LockedBox<State>

    /// A reader that canonicalizes with `synonyms` and marks `stopWords`.
    public init(synonyms: SynonymMap, stopWords: Set<String> = StopFilter.english) {
        self.synonyms = synonyms
        self.lexicon = LockedBox(State(synonyms: synonyms, stopWords: stopWords))
    }

    /// One phrase, read.
    public struct Phrase: Sendable {
        /// The terms the phrase requires, in order, synonyms canonical (``Analyzer/conceptTerms(_:)``).
        public var terms: [String]
        /// The term of every base token that is not a stop word, compounds' joined forms
        /// included.
        public var contentTerms: [String]
    }

    /// Phrases read together.
    public struct Reading: Sendable {
        /// Each phrase, in order.
        public var phrases: [Phrase]
        /// Each written word of the phrases that is not a stop word, folded → its term: the
        /// forms misspellings are corrected towards.
        public var spellings: [String: String]
    }

    /// The terms and content terms of `text`.
    public func read(_ text: String) -> Phrase {
        read([text]).phrases[0]
    }

    /// ``read(_:)`` of each of `texts`, and their written forms, read together: one
    /// tokenizer pass and one lock for all of them.
    public func read(_ texts: [String]) -> Reading {
        lexicon.with { lexicon in
            let ranges = lexicon.load(texts)
            let phrases = zip(texts, ranges).map { text, range in
                let terms = lexicon.conceptTerms(range, marker: Analyzer.markerTerm(text))
                var contentTerms: [String] = []
                for piece in lexicon.phrase[range] where !piece.isStop { contentTerms.append(lexicon.strings[Int(piece.term)]) }
                return Phrase(terms: terms.map { lexicon.strings[Int($0)] }, contentTerms: contentTerms)
            }
            // A written form always has the same term: each is taken once.
            var taken = [Bool](repeating: false, count: lexicon.strings.count)
            var spellings: [String: String] = [:]
            for piece in lexicon.phrase where piece.kind != .joined && !piece.isStop && !taken[Int(piece.surface)] {
                taken[Int(piece.surface)] = true
                spellings[lexicon.strings[Int(piece.surface)]] = lexicon.strings[Int(piece.term)]
            }
            return Reading(phrases: phrases, spellings: spellings)
        }
    }

    /// Per text of `texts`, the ids of the distinct terms it requires (``Analyzer/conceptTerms(_:)``),
    /// ascending; ``termIDs`` maps the terms to them.
    func distinctTermIDs(_ texts: [String]) -> [[Int32]] {
        lexicon.with { lexicon in
            let ranges = lexicon.load(texts)
            return zip(texts, ranges).map { text, range in
                var terms = lexicon.conceptTerms(range, marker: Analyzer.markerTerm(text))
                guard terms.count > 1 else { return terms }
                terms.sort()
                var distinct = 1
                for index in 1..<terms.count where terms[index] != terms[distinct - 1] {
                    terms[distinct] = terms[index]
                    distinct += 1
                }
                terms.removeLast(terms.count - distinct)
                return terms
            }
        }
    }

    /// Every term and written form read so far → its id.
    var termIDs: WordIndex<Int32> {
        lexicon.with { $0.ids }
    }

    /// Per text of `texts`, its term path taking compounds' joined forms
    /// (``TermPath/primary(_:)``), the one taking their parts (``TermPath/parts(_:)``), and its
    /// written words that are not stop words with their terms: what compiling a synonym
    /// entry needs.
    func paths(_ texts: [String]) -> [(primary: [TermPath.Step], parts: [TermPath.Step], spellings: [(surface: String, term: String)])] {
        lexicon.with { lexicon in
            lexicon.load(texts).map { range in
                var primary: [TermPath.Step] = []
                var parts: [TermPath.Step] = []
                var spellings: [(surface: String, term: String)] = []
                for piece in lexicon.phrase[range] {
                    let step = TermPath.Step(term: lexicon.strings[Int(piece.term)], isStop: piece.isStop)
                    if piece.kind != .part { primary.append(step) }
                    if piece.kind != .joined {
                        parts.append(step)
                        if !piece.isStop { spellings.append((lexicon.strings[Int(piece.surface)], step.term)) }
                    }
                }
                return (primary, parts, spellings)
            }
        }
    }

    /// One base token of a written word: a term and, for a word, its folded written form,
    /// both as ids into ``State/strings``.
    struct Piece {
        enum Kind: UInt8 {
            /// A word as written (after contractions are split).
            case word
            /// One part of a compound (`post` of `post-mortem`).
            case part
            /// A compound's joined form (`postmortem`), before its parts.
            case joined
        }

        var term: Int32
        /// The folded written form; meaningless for ``Kind/joined``.
        var surface: Int32
        var isStop: Bool
        var kind: Kind
    }

    /// What the reader's lexicon holds: the strings and words read so far.
    struct State {
        let synonyms: SynonymMap
        let stopWords: Set<String>
        let stemmer = StemFilter()
        let tokenizer = Tokenizer()
        /// Every term and written form, by id.
        private(set) var strings: [String] = []
        /// String → its id in ``strings``.
        private(set) var ids = WordIndex<Int32>()
        /// Per string id, the synonym-map node the string leads to from the root, -1 for
        /// none, -2 until looked up (only terms of primary paths are).
        private var roots: [Int32] = []
        /// Every written word's pieces, end to end.
        private var wordPieces: [Piece] = []
        /// Written word → where its pieces lie in ``wordPieces``.
        private var words = WordIndex<Range<Int32>>()
        /// The pieces of the phrases last loaded (``load(_:)``), reused from load to load.
        private(set) var phrase: [Piece] = []
        /// Scratch space of ``conceptTerms(_:marker:)``, reused likewise.
        private var path: [Piece] = []

        init(synonyms: SynonymMap, stopWords: Set<String>) {
            self.synonyms = synonyms
            self.stopWords = stopWords
            // The built-in rubrics and synonyms hold about 8,000 distinct strings.
            strings.reserveCapacity(1 << 13)
            roots.reserveCapacity(1 << 13)
            wordPieces.reserveCapacity(1 << 13)
        }

        /// The id of `string`, added if new.
        mutating func id(_ string: String) -> Int32 {
            var bytes = string
            return bytes.withUTF8 { bytes in
                let lookup = ids.lookup(bytes)
                if let id = lookup.value { return id }
                let id = Int32(strings.count)
                strings.append(string)
                ids.add(bytes, id, at: lookup)
                roots.append(-2)
                return id
            }
        }

        /// Sets ``phrase`` to the pieces of every written word of `texts`, in order, and
        /// returns where each text's pieces lie in it. The texts are tokenized as one, a
        /// line break between each two: no word runs across a line break.
        mutating func load(_ texts: [String]) -> [Range<Int>] {
            phrase.removeAll(keepingCapacity: true)
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(texts.count)
            var joined: [UInt8] = []
            joined.reserveCapacity(texts.reduce(texts.count) { $0 + $1.utf8.count })
            for (index, text) in texts.enumerated() {
                if index > 0 { joined.append(UInt8(ascii: "\n")) }
                joined.append(contentsOf: text.utf8)
            }
            joined.withUnsafeBufferPointer { bytes in
                var text = 0
                // Where the current text ends in `bytes`, and where its pieces start.
                var end = texts.first?.utf8.count ?? 0
                var start = 0
                for word in tokenizer.words(in: bytes) {
                    while word.start > end {
                        ranges.append(start..<phrase.count)
                        start = phrase.count
                        text += 1
                        end += 1 + texts[text].utf8.count
                    }
                    let written = UnsafeBufferPointer(rebasing: bytes[word.start..<word.end])
                    let lookup = words.lookup(written)
                    let pieces: Range<Int32>
                    if let known = lookup.value {
                        pieces = known
                    } else {
                        pieces = read(String(decoding: written, as: UTF8.self))
                        words.add(written, pieces, at: lookup)
                    }
                    phrase.append(contentsOf: wordPieces[Int(pieces.lowerBound)..<Int(pieces.upperBound)])
                }
            }
            while ranges.count < texts.count {
                ranges.append((ranges.last?.upperBound ?? 0)..<phrase.count)
            }
            return ranges
        }

        /// Reads one written word as the analyzer's chain up to stemming does: folded, split
        /// into the words a contraction stands for, each into a compound's parts with the
        /// joined form before them, stop words marked, every term stemmed.
        private mutating func read(_ word: String) -> Range<Int32> {
            let start = Int32(wordPieces.count)
            let folded = CaseFolder.fold(word)
            // Most words have no apostrophe and no compound separator: one word, one part.
            if folded != "cannot" && !folded.utf8.contains(where: Self.splits) {
                addPart(folded, kind: .word)
                return start..<Int32(wordPieces.count)
            }
            for written in WordSplitter.words(of: folded) {
                let parts = WordSplitter.compoundParts(written)
                if parts.count > 1 {
                    wordPieces.append(Piece(term: id(stemmer.stem(parts.joined())), surface: -1, isStop: false, kind: .joined))
                }
                for part in parts { addPart(part, kind: parts.count > 1 ? .part : .word) }
            }
            return start..<Int32(wordPieces.count)
        }

        /// Adds the piece of one word or compound part, stemmed, its stop-word mark taken
        /// from its written form.
        private mutating func addPart(_ part: String, kind: Piece.Kind) {
            let stem = stemmer.stem(part)
            let term = id(stem)
            wordPieces.append(
                Piece(term: term, surface: stem == part ? term : id(part), isStop: stopWords.contains(part), kind: kind))
        }

        /// Whether a byte lets ``WordSplitter`` split a word: an apostrophe or a compound
        /// separator.
        private static func splits(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "_")
        }

        /// ``SynonymMap/canonicalize(_:)`` of the primary path of the pieces of ``phrase`` in
        /// `range`: the ids of the terms they require, in order; the `marker` term alone for
        /// a concept that stands for a unit's property (``Analyzer/markerTerm(_:)``).
        mutating func conceptTerms(_ range: Range<Int>, marker: String?) -> [Int32] {
            if let marker { return [id(marker)] }
            path.removeAll(keepingCapacity: true)
            for piece in phrase[range] where piece.kind != .part { path.append(piece) }
            var out: [Int32] = []
            out.reserveCapacity(path.count)
            var i = 0
            while i < path.count {
                var best: (length: Int, canonical: String)?
                var j = i
                let term = Int(path[i].term)
                if roots[term] == -2 { roots[term] = synonyms.child(of: 0, term: strings[term]).map { Int32($0) } ?? -1 }
                var next = roots[term] >= 0 ? Int(roots[term]) : nil
                while let node = next {
                    j += 1
                    if let canonical = synonyms.canonical(at: node) { best = (j - i, canonical) }
                    next = j < path.count ? synonyms.child(of: node, term: strings[Int(path[j].term)]) : nil
                }
                if let best {
                    out.append(id(best.canonical))
                    i += best.length
                } else {
                    if !path[i].isStop { out.append(path[i].term) }
                    i += 1
                }
            }
            return out
        }
    }
}
