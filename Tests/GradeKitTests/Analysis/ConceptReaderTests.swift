import Testing

@testable import GradeKit

/// ``ConceptReader`` reads phrases word by word without the analyzer's tokens; it must read
/// every phrase as the analyzer's chain does.
@Suite struct ConceptReaderTests {
    static let groups = [
        ["kubernetes", "k8s", "kube"],
        ["one-on-one", "1:1", "1-on-1", "one on one"],
        ["point-in-time recovery", "pitr"],
        ["rollback", "roll back"],
    ]

    /// Every phrase of the built-in rubrics (concepts, mentions, anti-patterns, titles) and
    /// every synonym entry, plus phrases that exercise each step of the chain.
    static func phrases() throws -> [String] {
        let set = try RubricLoader.builtin()
        var phrases: [String] = [
            "?", " ? ", "\u{00A0}?", "??", "?contrast", " ?contrast ", "? contrast", "Post-Mortem review", "don't roll back", "can't", "won't", "cannot",
            "team's runbook", "CI/CD pipelines", "pg_stat_activity", "v1.2.3", "1:1s", "k8s", "Café déjà vu",
            "don’t", "post‐mortem", "-", "of the and", "the one-on-one", "", "EC2s and S3",
        ]
        for rule in set.scenarios.flatMap({ set.rules(for: $0) }) {
            phrases += [rule.title] + rule.concepts + rule.mentions + rule.antipatterns
        }
        phrases += set.synonymGroups.flatMap { $0 }
        return phrases
    }

    @Test func readsEveryPhraseAsTheAnalyzerDoes() throws {
        let set = try RubricLoader.builtin()
        let synonyms = Analyzer.compileSynonyms(set.synonymGroups)
        let analyzer = Analyzer(synonyms: synonyms, vocabulary: [])
        let reader = ConceptReader(synonyms: synonyms)
        for phrase in try Self.phrases() {
            let tokens = analyzer.baseTokens(phrase)
            let read = reader.read(phrase)
            #expect(read.terms == analyzer.conceptTerms(phrase), "\(phrase)")
            let spellings = Dictionary(
                tokens.filter { $0.origin == .word && !$0.isStop }.map { ($0.surface, $0.term) }, uniquingKeysWith: { $1 })
            #expect(reader.read([phrase]).spellings == spellings, "\(phrase)")
            #expect(read.contentTerms == tokens.filter { !$0.isStop }.map(\.term), "\(phrase)")
            let ids = reader.distinctTermIDs([phrase])[0]
            let termIDs = reader.termIDs
            #expect(Set(ids) == Set(analyzer.conceptTerms(phrase).compactMap { termIDs.value(of: $0) }), "\(phrase)")
            #expect(ids == ids.sorted() && Set(ids).count == ids.count, "\(phrase)")
        }
    }

    @Test func readsPathsAsTheBaseChainDoes() throws {
        let base = Analyzer()
        let reader = ConceptReader(synonyms: SynonymMap())
        for phrase in try Self.phrases() {
            let tokens = base.baseTokens(phrase)
            let paths = reader.paths([phrase])[0]
            #expect(paths.primary == TermPath.primary(tokens), "\(phrase)")
            #expect(paths.parts == TermPath.parts(tokens), "\(phrase)")
        }
    }

    @Test func compilesSynonymsAsTheTokenChainDoes() throws {
        compareSynonyms(Self.groups)
        compareSynonyms(try RubricLoader.builtin().synonymGroups)
    }

    func compareSynonyms(_ groups: [[String]]) {
        let byTokens = SynonymMap(groups: groups, analyze: Analyzer().baseTokens)
        let byReader = Analyzer.compileSynonyms(groups)
        #expect(byReader.terms == byTokens.terms)
        #expect(byReader.spellings == byTokens.spellings)
        #expect(byReader.conflicts.map(\.entry).sorted() == byTokens.conflicts.map(\.entry).sorted())
        let analyzer = Analyzer()
        for entry in groups.flatMap({ $0 }) {
            let path = TermPath.primary(analyzer.baseTokens(entry))
            #expect(byReader.canonicalize(path) == byTokens.canonicalize(path), "\(entry)")
        }
    }

    @Test func phrasesReadTogetherReadAsAlone() throws {
        let synonyms = Analyzer.compileSynonyms(Self.groups)
        let phrases = ["", "-", "k8s clusters", "", "?", "one on", "one", "roll\nback", "post-mortem", "1:1", " "]
        let together = ConceptReader(synonyms: synonyms)
        let alone = ConceptReader(synonyms: synonyms)
        let read = together.read(phrases)
        #expect(read.phrases.count == phrases.count)
        var spellings: [String: String] = [:]
        for (phrase, reading) in zip(phrases, read.phrases) {
            let single = alone.read([phrase])
            #expect(reading.terms == single.phrases[0].terms, "\(phrase)")
            #expect(reading.contentTerms == single.phrases[0].contentTerms, "\(phrase)")
            spellings.merge(single.spellings) { $1 }
        }
        #expect(read.spellings == spellings)
        let ids = together.distinctTermIDs(phrases)
        let termIDs = together.termIDs
        for (phrase, phraseIDs) in zip(phrases, ids) {
            #expect(Set(phraseIDs) == Set(alone.read(phrase).terms.compactMap { termIDs.value(of: $0) }), "\(phrase)")
        }
        #expect(together.read([String]()).phrases.isEmpty)
    }

    @Test func wordsReadOnceServeLaterPhrases() {
        let reader = ConceptReader(synonyms: Analyzer.compileSynonyms(Self.groups))
        #expect(reader.read("k8s clusters").terms == ["kubernet", "cluster"])
        #expect(reader.read("clusters of k8s").terms == ["cluster", "kubernet"])
        #expect(reader.read("a 1:1").terms == reader.read("one on one").terms)
        #expect(reader.read("?").terms == [Analyzer.questionTerm])
    }
}
