/// A complete set of rubrics: the scenarios, the general rules every scenario shares, and
/// the synonym groups the analyzer applies.
public struct RubricSet: Sendable {
    /// The scenarios, ordered by number then id.
    public let scenarios: [Rubric]
    /// Rules that apply to every scenario (`During the Mock`).
    public let general: [Rule]
    /// Synonym and abbreviation groups; the first entry of each is canonical.
    public let synonymGroups: [[String]]
    /// Where each scenario comes from, by id: ``RubricLoader/builtinSource`` or a file path.
    public let sources: [String: String]

    /// Creates a set.
    public init(scenarios: [Rubric], general: [Rule], synonymGroups: [[String]], sources: [String: String] = [:]) {
        self.scenarios = scenarios.sorted { ($0.number, $0.id) < ($1.number, $1.id) }
        self.general = general
        self.synonymGroups = synonymGroups
        self.sources = sources
    }

    /// All rules an answer to `rubric` is graded against: the scenario's, then the general ones.
    public func rules(for rubric: Rubric) -> [Rule] {
        rubric.rules + general
    }

    /// Finds a scenario by id or number, ignoring case and surrounding spaces.
    public func scenario(named name: String) throws(ScenarioLookupError) -> Rubric {
        let key = name.trimmingSpaces().lowercased()
        if let rubric = scenarios.first(where: { $0.id == key }) { return rubric }
        if let number = Int(key) {
            let numbered = scenarios.filter { $0.number == number }
            if numbered.count == 1 { return numbered[0] }
            if numbered.count > 1 {
                throw ScenarioLookupError(name: name, suggestion: nil, known: scenarios.map(\.id), ambiguous: numbered.map(\.id))
            }
        }
        throw ScenarioLookupError(
            name: name, suggestion: suggestion(for: key), known: scenarios.map(\.id))
    }

    /// The closest id (or title word) to a mistyped name, if any is close enough to suggest.
    func suggestion(for key: String) -> String? {
        guard !key.isEmpty else { return nil }
        var best: (distance: Int, id: String)?
        for rubric in scenarios {
            let candidates = [rubric.id] + rubric.title.lowercased().split(separator: " ").map(String.init)
            for candidate in candidates {
                let distance: Int
                if candidate.hasPrefix(key) && key.count >= 2 {
                    distance = 0
                } else {
                    distance = EditDistance.levenshtein(key, candidate)
                }
                if best == nil || distance < best?.distance ?? .max { best = (distance, rubric.id) }
            }
        }
        guard let best, best.distance <= max(2, key.count / 3) else { return nil }
        return best.id
    }
}

/// A scenario name that matches no rubric.
public struct ScenarioLookupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the user typed.
    public var name: String
    /// The closest known id, if one is close.
    public var suggestion: String?
    /// Every known id.
    public var known: [String]
    /// The scenarios that share the number typed, when more than one does.
    public var ambiguous: [String]

    /// Creates an error.
    public init(name: String, suggestion: String?, known: [String], ambiguous: [String] = []) {
        self.name = name
        self.suggestion = suggestion
        self.known = known
        self.ambiguous = ambiguous
    }

    /// `unknown scenario 'migratoin'; did you mean 'migration'? (known: …)`.
    public var description: String {
        if !ambiguous.isEmpty {
            return "scenario number \(name.trimmingSpaces()) is shared by \(ambiguous.joined(separator: ", ")); use the id"
        }
        var text = "unknown scenario '\(name)'"
        if let suggestion { text += "; did you mean '\(suggestion)'?" }
        text += " (known: \(known.joined(separator: ", ")); `grade scenarios` lists them)"
        return text
    }
}
