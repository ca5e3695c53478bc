/// A scenario rubric written as changes to another (`"extends": "migration"`).
///
/// Applying it to the base gives a complete rubric: its `id`, and its `number`, `title`,
/// `situation` and `tasks` where given (the base's otherwise); the base's rules minus
/// `removeRules`, each changed by the entry of `rules` with its id (see ``RuleChange``), then
/// the entries of `rules` whose ids are new, in the order written.
struct RubricExtension: Sendable, Equatable {
    var file: String
    var id: Located<String>
    /// The scenario this one is built on, and where the file names it.
    var base: Located<String>
    var number: Int?
    var title: String?
    var situation: String?
    var tasks: [String]?
    var removeRules: [Located<String>]
    var changes: [RuleChange]

    /// The complete rubric; nil, with every problem logged, when the changes do not fit the
    /// base (a rule or phrase to remove that is not there, a new rule missing a field …).
    func apply(to base: Rubric, log: inout DiagnosticLog) -> Rubric? {
        let errors = log.errorCount
        var rules = base.rules
        var removed: Set<String> = []
        for entry in removeRules {
            guard let index = rules.firstIndex(where: { $0.id == entry.value }) else {
                log.error("removeRules: '\(base.id)' has no rule '\(entry.value)' (its rules: \(base.rules.map(\.id).joined(separator: ", ")))", at: entry.location)
                continue
            }
            rules.remove(at: index)
            removed.insert(entry.value)
        }
        for change in changes {
            if removed.contains(change.id.value) {
                log.error("rule '\(change.id.value)' is listed in removeRules and changed here; keep one", at: change.id.location)
            } else if let index = rules.firstIndex(where: { $0.id == change.id.value }) {
                if let rule = merge(change, into: rules[index], log: &log) { rules[index] = rule }
            } else if let rule = newRule(change, log: &log) {
                rules.append(rule)
            }
        }
        var titles: [String: String] = [:]
        for rule in rules {
            if let other = titles[rule.title] {
                // Blame the entry of this file that made the two titles meet.
                let (blamed, kept) = changes.contains { $0.id.value == other && $0.title != nil } ? (other, rule.id) : (rule.id, other)
                let change = changes.first { $0.id.value == blamed }
                log.error(
                    "rule '\(blamed)' has the same title as rule '\(kept)': '\(rule.title)'",
                    at: change?.title?.location ?? change?.location ?? self.base.location)
            }
            titles[rule.title] = titles[rule.title] ?? rule.id
        }
        guard log.errorCount == errors else { return nil }
        return Rubric(
            id: id.value, number: number ?? base.number, title: title ?? base.title, situation: situation ?? base.situation,
            tasks: tasks ?? base.tasks, rules: rules)
    }

    /// The base rule with `change` applied.
    private func merge(_ change: RuleChange, into base: Rule, log: inout DiagnosticLog) -> Rule? {
        let errors = log.errorCount
        var rule = base
        rule.title = change.title?.value ?? rule.title
        rule.section = change.section?.value ?? rule.section
        rule.weight = change.weight?.value ?? rule.weight
        rule.feedback = change.feedback?.value ?? rule.feedback
        rule.minConcepts = change.minConcepts?.value ?? rule.minConcepts
        rule.required = change.required ?? rule.required
        rule.concepts = edit(rule.concepts, removing: change.removeConcepts, adding: change.concepts, list: "concepts", rule: rule.id, log: &log)
        rule.mentions = edit(rule.mentions, removing: change.removeMentions, adding: change.mentions, list: "mentions", rule: rule.id, log: &log)
        rule.antipatterns = edit(
            rule.antipatterns, removing: change.removeAntipatterns, adding: change.antipatterns, list: "antipatterns", rule: rule.id,
            log: &log)
        if rule.concepts.isEmpty {
            log.error("rule '\(rule.id)' is left with no concepts; keep or add at least one", at: change.removeConcepts.last?.location ?? change.id.location)
        } else if rule.minConcepts > rule.concepts.count {
            log.error(
                "minConcepts of rule '\(rule.id)' is \(rule.minConcepts) but it is left with \(rule.concepts.count) concepts",
                at: change.minConcepts?.location ?? change.removeConcepts.last?.location ?? change.id.location)
        }
        return log.errorCount == errors ? rule : nil
    }

    /// `list` without the phrases of `removing` (each must be there, compared ignoring case),
    /// then with `adding` appended.
    private func edit(
        _ list: [String], removing: [Located<String>], adding: [Located<String>], list name: String, rule: String,
        log: inout DiagnosticLog
    ) -> [String] {
        var result = list
        for phrase in removing {
            let key = phrase.value.lowercased()
            guard let index = result.firstIndex(where: { $0.lowercased() == key }) else {
                log.error("rule '\(rule)' of '\(base.value)' has no \(name.dropLast()) '\(phrase.value)' to remove", at: phrase.location)
                continue
            }
            result.remove(at: index)
        }
        return result + adding.map(\.value)
    }

    /// A rule the base does not have: every field of a complete rule must be given.
    private func newRule(_ change: RuleChange, log: inout DiagnosticLog) -> Rule? {
        var missing: [String] = []
        if change.title == nil { missing.append("title") }
        if change.section == nil { missing.append("section") }
        if change.weight == nil { missing.append("weight") }
        if change.concepts.isEmpty { missing.append("concepts") }
        if change.feedback == nil { missing.append("feedback") }
        let removals = change.removeConcepts + change.removeMentions + change.removeAntipatterns
        if let first = removals.first {
            log.error("rule '\(change.id.value)' is not in '\(base.value)', so it has nothing to remove", at: first.location)
        }
        guard missing.isEmpty else {
            let keys = missing.map { "'\($0)'" }.joined(separator: ", ")
            log.error(
                "rule '\(change.id.value)' is not in '\(base.value)', so it is a new rule and needs \(keys) (to change a base rule, use its id)",
                at: change.location)
            return nil
        }
        guard removals.isEmpty, let title = change.title, let section = change.section, let weight = change.weight,
            let feedback = change.feedback
        else { return nil }
        let minConcepts = change.minConcepts?.value ?? 1
        if minConcepts > change.concepts.count {
            log.error(
                "minConcepts of rule '\(change.id.value)' must be between 1 and its \(change.concepts.count) concepts, found \(minConcepts)",
                at: change.minConcepts?.location ?? change.location)
            return nil
        }
        return Rule(
            id: change.id.value, title: title.value, section: section.value, weight: weight.value,
            concepts: change.concepts.map(\.value), feedback: feedback.value, minConcepts: minConcepts,
            mentions: change.mentions.map(\.value), antipatterns: change.antipatterns.map(\.value), required: change.required ?? false)
    }
}
