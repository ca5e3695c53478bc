/// Reads a document in the shape of the source `scenarios.md` and makes one rubric per
/// scenario: every list item a rule, titled with the item verbatim.
///
/// - `## Scenario N: Title` starts a scenario (`N` is its number; without one, its position);
/// - `### The Situation`: everything under it, lists included, is the situation text;
/// - `### Your Task`: each item is a task and a rule of weight 2;
/// - any other `###` heading: each item is a rule of weight 3 in a section named after it
///   (Expected Approach, Key Considerations …), as in the built-in set;
/// - concepts are seeded from each item's own words (``ConceptSeeder``), with a default
///   feedback sentence to edit.
///
/// Whatever it does not understand (another `##` section such as Practice Tips, a list
/// outside a scenario's sections, a nested item, prose in a list section) is reported with
/// its line as a warning, never dropped silently. Problems that would make a rubric wrong
/// (no scenario, no rules, two scenarios with one id or number, a title twice) are errors.
///
/// Given the built-in set, a scenario whose title is a built-in one keeps the built-in id and
/// rule ids, so importing the source document reproduces the built-in rules.
public struct ScenarioImporter: Sendable {
    /// Weight of a `Your Task` rule.
    public static let taskWeight = 2.0
    /// Weight of an approach-list rule.
    public static let approachWeight = 3.0

    private let known: [Rubric]

    /// An importer; scenarios with the title of one of `known` keep its ids.
    public init(known: RubricSet? = nil) {
        self.known = known?.scenarios ?? []
    }

    /// The rubrics of `text`, read from `file` (used in diagnostics), and every problem.
    public func read(_ text: String, file: String) -> ImportResult {
        var reader = ImportReader(file: file)
        for line in ScenarioMarkdownReader().read(text) { reader.take(line) }
        reader.finish()
        var diagnostics = reader.diagnostics
        var rubrics: [Rubric] = []
        var ids: [String: Int] = [:]
        var numbers: [Int: Int] = [:]
        let seeder = ConceptSeeder()
        for (position, draft) in reader.drafts.enumerated() {
            var log = DiagnosticLog(file: file)
            let builtin = known.first { $0.title.lowercased() == draft.title.lowercased() }
            let number = draft.number ?? position + 1
            let slug = Slug.make(draft.title)
            let id = builtin?.id ?? (slug.isEmpty ? "scenario-\(number)" : slug)
            let at = SourceLocation(line: draft.line, column: 1)
            if builtin == nil, let other = known.first(where: { $0.id == id }) {
                log.warning("scenario '\(draft.title)' gets the id '\(id)' of the built-in '\(other.title)': with --rubrics it replaces that scenario", at: at)
            }
            if let first = ids[id] {
                log.error("scenario '\(draft.title)' would have id '\(id)', like the scenario at line \(first); give it a different title", at: at)
            }
            if let first = numbers[number] {
                log.error("scenario number \(number) is also the number of the scenario at line \(first)", at: at)
            }
            ids[id] = ids[id] ?? draft.line
            numbers[number] = numbers[number] ?? draft.line
            if let rubric = rubric(draft, id: id, number: number, builtin: builtin, seeder: seeder, log: &log) {
                rubrics.append(rubric)
            }
            diagnostics += log.diagnostics
        }
        if reader.drafts.isEmpty {
            diagnostics.append(
                RubricDiagnostic(
                    .error, file: file, location: SourceLocation(line: 1, column: 1),
                    message: "no scenarios found: expected '## Scenario N: Title' headings with '### Your Task' and approach lists under them"))
        }
        return ImportResult(rubrics: rubrics, diagnostics: diagnostics.sorted { $0.location < $1.location })
    }

    private func rubric(
        _ draft: ImportReader.Draft, id: String, number: Int, builtin: Rubric?, seeder: ConceptSeeder, log: inout DiagnosticLog
    ) -> Rubric? {
        let at = SourceLocation(line: draft.line, column: 1)
        if !draft.hasSituation {
            log.warning("scenario '\(draft.title)' has no '### The Situation'; its situation is empty", at: at)
        }
        if !draft.hasTasks {
            log.warning("scenario '\(draft.title)' has no '### Your Task' list; its tasks are empty", at: at)
        }
        guard !draft.items.isEmpty else {
            log.error("scenario '\(draft.title)' has no list items to make rules from", at: at)
            return nil
        }
        var rules: [Rule] = []
        var titles: [String: Int] = [:]
        var ruleIDs: Set<String> = []
        for item in draft.items {
            let location = SourceLocation(line: item.line, column: 1)
            if let first = titles[item.text] {
                log.error("'\(item.text)' is already a rule of scenario '\(draft.title)' (line \(first)); rule titles must be unique", at: location)
                continue
            }
            titles[item.text] = item.line
            let slug = Slug.make(item.text)
            let ruleID = builtin?.rules.first { $0.title == item.text }?.id
                ?? Slug.unique("\(id).\(slug.isEmpty ? "rule" : slug)", in: ruleIDs)
            ruleIDs.insert(ruleID)
            var concepts = seeder.seeds(for: item.text)
            if concepts.isEmpty {
                log.warning("'\(item.text)' has no content words to seed concepts from; write its concepts by hand", at: location)
                concepts = [item.text]
            }
            let isTask = item.section == ImportReader.tasksSection
            let feedback =
                isTask
                ? "Answer the task \"\(item.text)\": say what you would do, how, and why."
                : "Cover \"\(item.text)\": explain how you would apply it in this scenario and why it fits."
            rules.append(
                Rule(
                    id: ruleID, title: item.text, section: item.section, weight: isTask ? Self.taskWeight : Self.approachWeight,
                    concepts: concepts, feedback: feedback))
        }
        return Rubric(
            id: id, number: number, title: draft.title, situation: draft.situation,
            tasks: draft.items.filter { $0.section == ImportReader.tasksSection }.map(\.text), rules: rules)
    }
}
