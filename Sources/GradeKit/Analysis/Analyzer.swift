/// The analysis chain shared by answers and rubric concepts, so both sides meet on the
/// same terms:
///
/// `Tokenizer → CaseFolder → WordSplitter → StopFilter → StemFilter → FillerFilter →
/// NegationFilter → CatenationFilter → SpellingFilter → SynonymFilter`
///
/// Concepts stop after stemming and are read as a term path with synonyms replaced by their
/// canonical terms; answers run the whole chain, synonyms stacked over the original words.
public struct Analyzer: Sendable {
    private let tokenizer = Tokenizer()
    private let caseFolder = CaseFolder()
    private let splitter = WordSplitter()
    private let stopFilter: StopFilter
    private let stemFilter = StemFilter()
    private let fillerFilter = FillerFilter()
    private let negationFilter = NegationFilter()
    private let catenation: CatenationFilter
    private let spelling: SpellingFilter
    private let synonymFilter: SynonymFilter
    /// The surfaces of the written words → ids (``Token/surfaceID``), shared by the
    /// catenation filter, which pairs words by them, and the negation filter, whose words
    /// take the first ids.
    private let surfaces = Self.surfaceLexicon()
    /// Written word → its tokens after folding, splitting, stop words and stemming, at
    /// position 0, with their flags, their ids in ``termIDs`` and their roots in the synonym
    /// map, shared by every thread and answer this analyzer (and its copies) analyses. The ids
    /// and the synonyms are the analyzer's own, so each analyzer keeps its own table.
    private let words = WordTable<Token>()
    /// The terms the rubric's concepts use → their ids (``CompiledRubric``).
    private let termIDs: [String: Int]

    /// An analyzer with no synonyms and no catenation vocabulary: the chain up to stemming.
    public init(stopWords: Set<String> = StopFilter.english) {
        self.init(stopWords: stopWords, synonyms: SynonymMap(), vocabulary: [])
    }

    /// An analyzer with compiled synonyms, the vocabulary adjacent words may join into, the
    /// rubric's written words (form → term) misspellings are corrected towards, and the ids
    /// of the terms the rubric's concepts use, which every word's tokens carry from then on.
    public init(
        stopWords: Set<String> = StopFilter.english, synonyms: SynonymMap, vocabulary: Set<String>,
        spellings: [String: String] = [:], termIDs: [String: Int] = [:]
    ) {
        self.stopFilter = StopFilter(words: stopWords)
        self.termIDs = termIDs
        self.synonymFilter = SynonymFilter(map: synonyms)
        self.catenation = CatenationFilter(vocabulary: vocabulary.union(synonyms.terms), surfaces: surfaces)
        self.spelling = SpellingFilter(spellings: spellings.isEmpty ? [:] : spellings.merging(synonyms.spellings) { first, _ in first })
    }

    /// Compiles synonym groups with the base chain of an analyzer using `stopWords`, read
    /// word by word (``ConceptReader``).
    public static func compileSynonyms(_ groups: [[String]], stopWords: Set<String> = StopFilter.english) -> SynonymMap {
        SynonymMap(groups: groups, reader: ConceptReader(synonyms: SynonymMap(), stopWords: stopWords))
    }

    /// The synonyms this analyzer applies.
    public var synonyms: SynonymMap { synonymFilter.map }

    /// Tokenize, fold, split, mark stop words, stem.
    ///
    /// Folding, splitting, stop words and stemming each look at one word alone, so they run
    /// once per distinct written word (``words``) and each occurrence copies the result,
    /// moved to the occurrence's offsets, positions, clause and phrase.
    public func baseTokens(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in
            let written = tokenizer.words(in: bytes)
            var tokens: [Token] = []
            tokens.reserveCapacity(written.count + written.count / 4)
            var position = 0
            words.append(
                elementsOf: written.lazy.map { $0.start..<$0.end }, in: bytes, to: &tokens,
                compute: { analyse(String(decoding: $0, as: UTF8.self)) }
            ) { index, range, appended in
                // `appended` is `tokens`, handed back while the table appends to it: the
                // word's tokens, copied at position 0, are moved to this occurrence in place;
                // the word takes as many positions as it has parts.
                let word = written[index]
                var positions = 0
                for i in range {
                    appended[i].start = word.start
                    appended[i].end = word.end
                    appended[i].position += position
                    appended[i].clause = word.clause
                    appended[i].phrase = word.phrase
                    if appended[i].origin == .word { positions += 1 }
                }
                position += positions
            }
            return tokens
        }
    }

    /// One written word through ``wordTokens(_:)``, each token's term resolved once for all
    /// its occurrences: its id among the rubric's terms, its root in the synonym map, its
    /// spelling correction and the id of its surface (for a written word) in ``surfaces``.
    private func analyse(_ word: String) -> [Token] {
        var tokens = wordTokens(word)
        for i in tokens.indices {
            tokens[i].termID = Token.resolved(termIDs[tokens[i].term])
            tokens[i].synonymRoot = Token.resolved(synonymFilter.map.child(of: 0, term: tokens[i].term))
            tokens[i].correction = spelling.correctionID(for: tokens[i])
            if tokens[i].origin == .word { tokens[i].surfaceID = Token.resolved(surfaces.id(for: tokens[i].surface)) }
        }
        return tokens
    }

    /// A lexicon of surfaces whose first ids are the negation filter's words
    /// (``NegationFilter/words``), so a surface's id there is its id among them.
    static func surfaceLexicon() -> Lexicon {
        Lexicon(seed: NegationFilter.words)
    }

    /// The chain after the tokenizer for one written word, at position 0.
    private func wordTokens(_ word: String) -> [Token] {
        var tokens = [Token(term: word, start: 0, end: 0, position: 0)]
        caseFolder.apply(&tokens)
        tokens = splitter.apply(tokens)
        stopFilter.apply(&tokens)
        stemFilter.apply(&tokens)
        for i in tokens.indices where tokens[i].origin == .word {
            tokens[i].flags = WordFlags(surface: tokens[i].surface, term: tokens[i].term)
        }
        return tokens
    }

    /// The whole chain, as applied to a unit of an answer.
    public func tokens(_ text: String) -> [Token] {
        var tokens = baseTokens(text)
        fillerFilter.apply(&tokens)
        negationFilter.apply(&tokens, text: text)
        catenation.apply(&tokens)
        spelling.apply(&tokens, resolved: true)
        synonymFilter.apply(&tokens, rootsResolved: true)
        return tokens
    }

    /// The term of the marker token added to every unit that asks a question; a rubric
    /// concept written as `?` matches it.
    public static let questionTerm = "?question"

    /// The term of the marker token added to every unit that chooses one thing over another
    /// ("X, not Y": ``Contrast``); a rubric concept written as `?contrast` matches it.
    public static let contrastTerm = "?contrast"

    /// The concepts that stand for a property of a unit rather than words, and their terms.
    static let markerConcepts: [String: String] = ["?": questionTerm, "?contrast": contrastTerm]

    /// The marker term a concept stands for (`?`, `?contrast`), spaces around it aside.
    static func markerTerm(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "?")) else { return nil }
        return markerConcepts[text.trimmingSpaces()]
    }

    /// The terms a rubric concept requires, in order, synonyms replaced by canonical terms.
    /// Empty when the concept is only stop words. The concept `?` stands for "a question".
    public func conceptTerms(_ text: String) -> [String] {
        conceptTerms(text, tokens: baseTokens(text))
    }

    /// ``conceptTerms(_:)`` of `text` whose ``baseTokens(_:)`` are already at hand.
    func conceptTerms(_ text: String, tokens: [Token]) -> [String] {
        if let marker = Self.markerTerm(text) { return [marker] }
        return synonymFilter.map.canonicalize(TermPath.primary(tokens))
    }

    /// Reads a Markdown answer and analyses every unit.
    public func analyze(markdown: String) -> AnalyzedAnswer {
        let blocks = MarkdownReader().read(markdown)
        let units = SentenceSplitter().split(blocks)
        let opening = Self.openingUnits(count: units.count)
        return AnalyzedAnswer(
            blocks: blocks, units: units,
            tokens: units.enumerated().map { index, unit in unitTokens(unit, marksQuestions: index < opening) })
    }

    /// How many units open an answer: where a candidate asks the questions that frame it.
    /// Questions further on are diagnosis ("did p99 climb before the CPU?") or rhetoric.
    static func openingUnits(count: Int) -> Int {
        max(8, count / 3)
    }

    /// The whole chain for one unit, plus a question marker when an opening unit asks
    /// something. An interviewer's turn (``UnitKind/prompt``) has no tokens: nothing in it is
    /// the candidate's.
    func unitTokens(_ unit: TextUnit, marksQuestions: Bool = true) -> [Token] {
        guard unit.kind != .prompt else { return [] }
        var result = tokens(unit.text)
        guard unit.kind != .code, unit.kind != .heading else { return result }
        let end = unit.text.utf8.count
        if marksQuestions, Self.isQuestion(unit.text) {
            Self.appendMarker(Self.questionTerm, surface: "?", covering: (end - 1)..<end, to: &result)
        }
        if Contrast.holds(result, text: unit.text) {
            Self.appendMarker(Self.contrastTerm, surface: "?contrast", covering: 0..<end, to: &result)
        }
        return result
    }

    /// Appends a marker token for a property of the whole unit, after its last position,
    /// quoting the text of `range`.
    private static func appendMarker(_ term: String, surface: String, covering range: Range<Int>, to tokens: inout [Token]) {
        guard let last = tokens.last else { return }
        tokens.append(
            Token(
                term: term, surface: surface, start: range.lowerBound, end: range.upperBound,
                position: (tokens.map(\.lastPosition).max() ?? last.position) + 1, clause: last.clause,
                phrase: last.phrase, origin: .marker))
    }

    /// Whether a unit's text ends in a question mark (closing quotes and brackets aside).
    static func isQuestion(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            switch scalar {
            case "?": return true
            case " ", "\"", "'", ")", "]", "*", "_", "\u{201D}", "\u{2019}": continue
            default: return false
            }
        }
        return false
    }
}
