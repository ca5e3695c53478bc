/// Checks the phrases (`concepts`, `mentions`, `antipatterns`) of every rule of one rubric
/// file, through the same analysis chain grading uses:
///
/// - error: a phrase with no letters or digits, or only stop words, can never match;
/// - error: the same phrase written twice in one rule;
/// - warning: two phrases of a rule that read the same after analysis (only the first counts);
/// - warning: a concept that is also another rule's concept (one sentence scores both rules);
/// - warning: a rule with fewer than ``RubricLinter/minimumConcepts`` concepts.
struct PhraseChecker {
    let analyzer: Analyzer

    init(synonymGroups: [[String]]) {
        analyzer = Analyzer(synonyms: Analyzer.compileSynonyms(synonymGroups), vocabulary: [])
    }

    /// A phrase already seen in a rule, for telling duplicates apart.
    struct Seen {
        var text: String
        var location: SourceLocation?
        var noun: String
        var rule: String
    }

    static let lists = [("concepts", "concept"), ("mentions", "mention"), ("antipatterns", "antipattern")]

    /// Every phrase problem of the rubric file whose JSON is `root`. `merged` is what an
    /// extending file resolved to, so its rules can be checked as graded.
    func check(_ root: JSONNode, file: String, merged: Rubric?) -> [RubricDiagnostic] {
        var found: [RubricDiagnostic] = []
        let extending = root.member("extends") != nil
        var concepts: [[String]: Seen] = [:]
        for (index, rule) in (root.member("rules")?.value.elements ?? []).enumerated() {
            guard rule.members != nil else { continue }
            let id = rule.member("id")?.value.stringValue ?? "\(index + 1)"
            var written: [String: Seen] = [:]
            var analysed: [[String]: Seen] = [:]
            let resolved = extending ? merged?.rules.first { $0.id == id } : nil
            if let resolved { seedInherited(resolved, rule: rule, into: &analysed) }
            for (key, noun) in Self.lists {
                for phrase in rule.member(key)?.value.elements ?? [] {
                    guard let text = phrase.stringValue else { continue }
                    let here = Seen(text: text, location: phrase.location, noun: noun, rule: id)
                    guard let terms = terms(of: here, file: file, into: &found) else { continue }
                    let spelled = Self.normalized(text)
                    if let first = written[spelled] {
                        let what = first.noun == noun ? "duplicate \(noun) '\(text)'" : "'\(text)' is both a \(first.noun) and a \(noun)"
                        found.append(.init(.error, file: file, location: phrase.location, message: "\(what) in rule '\(id)' (first at \(Self.place(first)))"))
                        continue
                    }
                    written[spelled] = here
                    if let first = analysed[terms] {
                        found.append(
                            .init(
                                .warning, file: file, location: phrase.location,
                                message: "\(noun) '\(text)' of rule '\(id)' reads the same as \(first.noun) '\(first.text)' (\(Self.place(first))) after analysis, so only the first counts; drop one"))
                        continue
                    }
                    analysed[terms] = here
                    guard key == "concepts" else { continue }
                    if let other = concepts[terms], other.rule != id {
                        found.append(
                            .init(
                                .warning, file: file, location: phrase.location,
                                message: "concept '\(text)' of rule '\(id)' is also a concept of rule '\(other.rule)' (\(Self.place(other))): one sentence would count for both; keep it in the rule it evidences best"))
                    } else if concepts[terms] == nil {
                        concepts[terms] = here
                    }
                }
            }
            found += count(rule, id: id, file: file, extending: extending, resolved: resolved)
        }
        return found
    }

    /// The analysed terms of a phrase (sorted, as the grader keys concepts), or nil with an
    /// error when the phrase can never match.
    private func terms(of phrase: Seen, file: String, into found: inout [RubricDiagnostic]) -> [String]? {
        let text = phrase.text
        let location = phrase.location ?? SourceLocation(line: 1, column: 1)
        if let marker = Analyzer.markerTerm(text) { return [marker] }
        let trimmed = text.trimmingSpaces()
        if trimmed.hasPrefix("?"), trimmed.dropFirst().allSatisfy(\.isLetter), trimmed.count > 1 {
            let known = Analyzer.markerConcepts.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
            found.append(
                .init(
                    .error, file: file, location: location,
                    message: "\(phrase.noun) '\(text)' of rule '\(phrase.rule)' looks like a marker concept but is none (known: \(known))"))
            return nil
        }
        guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else {
            found.append(
                .init(
                    .error, file: file, location: location,
                    message: "\(phrase.noun) '\(text)' of rule '\(phrase.rule)' has no letters or digits, so it can never match (only '?', a question, and '?contrast', a choice of one thing over another, have a meaning of their own)"))
            return nil
        }
        let terms = Set(analyzer.conceptTerms(text)).sorted()
        guard !terms.isEmpty else {
            found.append(
                .init(
                    .error, file: file, location: location,
                    message: "\(phrase.noun) '\(text)' of rule '\(phrase.rule)' is only stop words, which never match; say what it is about"))
            return nil
        }
        return terms
    }

    /// For a changed base rule: the phrases it keeps from the base, so additions that repeat
    /// them are caught.
    private func seedInherited(_ base: Rule, rule: JSONNode, into analysed: inout [[String]: Seen]) {
        let added = Set(Self.lists.flatMap { key, _ in (rule.member(key)?.value.elements ?? []).compactMap(\.stringValue) })
        for (phrases, noun) in [(base.concepts, "concept"), (base.mentions, "mention"), (base.antipatterns, "antipattern")] {
            for text in phrases where !added.contains(text) {
                let terms = Set(analyzer.conceptTerms(text)).sorted()
                if !terms.isEmpty, analysed[terms] == nil {
                    analysed[terms] = Seen(text: text, location: nil, noun: noun, rule: base.id)
                }
            }
        }
    }

    /// A rule with too few concepts to be matched in plain words.
    private func count(_ rule: JSONNode, id: String, file: String, extending: Bool, resolved: Rule?) -> [RubricDiagnostic] {
        let number: Int
        let location: SourceLocation
        if extending {
            guard let resolved, rule.member("concepts") != nil || rule.member("removeConcepts") != nil else { return [] }
            number = resolved.concepts.count
            location = rule.member("id")?.value.location ?? rule.location
        } else {
            guard let concepts = rule.member("concepts")?.value, let elements = concepts.elements, !elements.isEmpty else { return [] }
            number = elements.count
            location = concepts.location
        }
        guard number < RubricLinter.minimumConcepts else { return [] }
        return [
            .init(
                .warning, file: file, location: location,
                message: "rule '\(id)' has only \(number) concept\(number == 1 ? "" : "s"); add the paraphrases, tools and abbreviations engineers would write (at least \(RubricLinter.minimumConcepts))")
        ]
    }

    /// Lower-cased with runs of white space as one space, for spotting a phrase written twice.
    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func place(_ seen: Seen) -> String {
        seen.location.map(\.description) ?? "in the base rubric"
    }
}
