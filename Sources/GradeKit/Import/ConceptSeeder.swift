import Foundation

/// First concepts for a rule imported from a list item, from the item's own words.
///
/// A seed, not a finished rubric: the author adds the paraphrases, tools and abbreviations
/// engineers use (lint warns until a rule has five concepts). The seeds are the words of the
/// item that are evidence of it:
///
/// 1. the item itself, lower-cased, without a closing `?` or `.`
///    ("strangler fig pattern");
/// 2. each run of its specific words: content words that stand side by side, without the
///    generic ones a task or heading is built from (design, plan, strategy, pattern, tools …)
///    ("strangler fig"; "rollback" from "What's your rollback strategy?"; "recent changes" and
///    "deployments" from "Check recent changes and deployments"), a single word only when it
///    has at least ``shortestWord`` letters;
/// 3. in a run of three or more words, each pair side by side ("read replicas" from
///    "Database read replicas").
///
/// Seeds that the analyser reads the same as an earlier one are dropped.
struct ConceptSeeder {
    /// Words that name the shape of an item rather than its subject; added to the grader's
    /// own filler words.
    static let genericWords = [
        "design", "define", "identify", "ensure", "assess", "analyze", "analyse", "check", "choose", "estimate", "enable",
        "establish", "develop", "review", "conduct", "perform", "create", "build", "implement", "implementation", "use",
        "usage", "make", "set", "start", "begin", "plan", "planning", "strategy", "strategies", "approach", "process",
        "pattern", "system", "element", "component", "area", "tool", "thing", "way", "team", "future", "member", "event",
        "regular", "potential", "action", "step",
    ]

    /// A single word shorter than this (`dr`, `logs`) is too vague to seed a concept alone.
    static let shortestWord = 5

    private let analyzer = Analyzer()
    private let generic: Set<String>

    init() {
        let analyzer = Analyzer()
        generic = SubstanceClassifier.filler.union(Self.genericWords.flatMap { analyzer.conceptTerms($0) })
    }

    /// The seed concepts for an item; empty when the item has no content word at all.
    func seeds(for item: String) -> [String] {
        let phrase = Self.words(item).joined(separator: " ")
        let words = Self.words(item).map { word in (word, analyzer.conceptTerms(word)) }
        let specific = words.map { !$0.1.isEmpty && !$0.1.allSatisfy(generic.contains) }
        // Runs of specific words that stand side by side: "strangler fig", "recent changes".
        var runs: [[String]] = [[]]
        for (index, word) in words.enumerated() {
            if specific[index] {
                runs[runs.count - 1].append(word.0)
            } else if !(runs.last ?? []).isEmpty {
                runs.append([])
            }
        }
        runs.removeAll { $0.isEmpty }
        var candidates = [phrase]
        for run in runs where run.count >= 2 || (run.first?.count ?? 0) >= Self.shortestWord {
            candidates.append(run.joined(separator: " "))
        }
        for run in runs where run.count >= 3 {
            for index in run.indices.dropLast() { candidates.append("\(run[index]) \(run[index + 1])") }
        }
        var seen: Set<[String]> = []
        return candidates.filter { candidate in
            let terms = Set(analyzer.conceptTerms(candidate)).sorted()
            return !terms.isEmpty && seen.insert(terms).inserted
        }
    }

    /// The item's words, lower-cased, without the punctuation around them.
    static func words(_ item: String) -> [String] {
        let edges = CharacterSet(charactersIn: "?!.,;:()[]\"'`*_\u{201C}\u{201D}\u{2018}\u{2019}")
        return item.lowercased().split(whereSeparator: \.isWhitespace).map { $0.trimmingCharacters(in: edges) }.filter { !$0.isEmpty }
    }
}
