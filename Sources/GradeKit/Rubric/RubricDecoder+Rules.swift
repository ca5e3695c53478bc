/// Decoding the `rules` of a rubric: complete rules, and the rule changes of a rubric that
/// extends another.
extension RubricDecoder {
    /// The rules of a complete rubric or of the general rules, every problem logged; nil when
    /// `rules` itself is missing or not an array.
    static func rules(_ object: JSONObjectReader, log: inout DiagnosticLog) -> [Rule]? {
        guard let nodes = log.attempt({ () throws(RubricError) in try object.array("rules") }) else { return nil }
        var rules: [Rule] = []
        var ids: [String: SourceLocation] = [:]
        var titles: [String: SourceLocation] = [:]
        for (index, node) in nodes.enumerated() {
            let rule = rule(node, index: index, file: object.file, log: &log)
            checkUnique(node, "id", in: &ids, log: &log) { "duplicate rule id '\($0)' (first used at \($1))" }
            checkUnique(node, "title", in: &titles, log: &log) { "duplicate rule title '\($0)' (first used at \($1))" }
            if let rule { rules.append(rule) }
        }
        return rules
    }

    /// The rule changes of an extending rubric (`rules` is optional there).
    static func ruleChanges(_ object: JSONObjectReader, log: inout DiagnosticLog) -> [RuleChange] {
        guard object.optional("rules") != nil,
            let nodes = log.attempt({ () throws(RubricError) in try object.array("rules") })
        else { return [] }
        var changes: [RuleChange] = []
        var ids: [String: SourceLocation] = [:]
        var titles: [String: SourceLocation] = [:]
        for (index, node) in nodes.enumerated() {
            let change = ruleChange(node, index: index, file: object.file, log: &log)
            checkUnique(node, "id", in: &ids, log: &log) { "rule '\($0)' is changed twice (first at \($1)); merge the two entries" }
            checkUnique(node, "title", in: &titles, log: &log) { "duplicate rule title '\($0)' (first used at \($1))" }
            if let change { changes.append(change) }
        }
        return changes
    }

    private static func checkUnique(
        _ node: JSONNode, _ key: String, in seen: inout [String: SourceLocation], log: inout DiagnosticLog,
        message: (String, SourceLocation) -> String
    ) {
        guard let member = node.member(key), let text = member.value.stringValue else { return }
        if let first = seen[text] {
            log.error(message(text, first), at: member.value.location)
        } else {
            seen[text] = member.value.location
        }
    }

    private static func rule(_ node: JSONNode, index: Int, file: String, log: inout DiagnosticLog) -> Rule? {
        guard let reader = log.attempt({ () throws(RubricError) in try JSONObjectReader(node, file: file, what: "rule \(index + 1)") })
        else { return nil }
        let errors = log.errorCount
        log.record(reader.keyProblems(ruleKeys))
        let id = log.attempt { () throws(RubricError) in try reader.string("id") }
        let name = id.map { "'\($0)'" } ?? "\(index + 1)"
        let title = log.attempt { () throws(RubricError) in try reader.string("title") }
        let weight = weight(reader, rule: name, required: true, log: &log)
        let concepts = phrases(reader, "concepts", log: &log)
        if let concepts, concepts.isEmpty, let location = reader.optional("concepts")?.location {
            log.error("rule \(name) needs at least one concept", at: location)
        }
        let minConcepts = minConcepts(reader, rule: name, concepts: concepts?.count, log: &log)
        let section = log.attempt { () throws(RubricError) in try reader.string("section") }
        let feedback = feedback(reader, rule: name, weight: weight, log: &log)
        let mentions = reader.optional("mentions") == nil ? [] : phrases(reader, "mentions", log: &log)
        let antipatterns = reader.optional("antipatterns") == nil ? [] : phrases(reader, "antipatterns", log: &log)
        let required = log.attempt { () throws(RubricError) in try reader.optionalBool("required") }
        guard log.errorCount == errors, let id, let title, let weight, let concepts, let section, let feedback,
            let mentions, let antipatterns
        else { return nil }
        return Rule(
            id: id, title: title, section: section, weight: weight.value, concepts: concepts.map(\.value),
            feedback: feedback, minConcepts: minConcepts?.value ?? 1, mentions: mentions.map(\.value),
            antipatterns: antipatterns.map(\.value), required: (required ?? nil) ?? false)
    }

    private static func ruleChange(_ node: JSONNode, index: Int, file: String, log: inout DiagnosticLog) -> RuleChange? {
        guard let reader = log.attempt({ () throws(RubricError) in try JSONObjectReader(node, file: file, what: "rule \(index + 1)") })
        else { return nil }
        let errors = log.errorCount
        log.record(reader.keyProblems(RuleChange.keys))
        let id = log.attempt { () throws(RubricError) in try reader.string("id") }
        let name = id.map { "'\($0)'" } ?? "\(index + 1)"
        var change = RuleChange(id: Located(value: id ?? "", location: reader.optional("id")?.location ?? node.location), location: node.location)
        change.title = optionalText(reader, "title", log: &log)
        change.section = optionalText(reader, "section", log: &log)
        change.feedback = optionalText(reader, "feedback", log: &log)
        change.weight = weight(reader, rule: name, required: false, log: &log)
        change.minConcepts = minConcepts(reader, rule: name, concepts: nil, log: &log)
        change.required = log.attempt { () throws(RubricError) in try reader.optionalBool("required") } ?? nil
        for key in ["concepts", "mentions", "antipatterns", "removeConcepts", "removeMentions", "removeAntipatterns"]
        where reader.optional(key) != nil {
            let list = phrases(reader, key, log: &log) ?? []
            switch key {
            case "concepts": change.concepts = list
            case "mentions": change.mentions = list
            case "antipatterns": change.antipatterns = list
            case "removeConcepts": change.removeConcepts = list
            case "removeMentions": change.removeMentions = list
            default: change.removeAntipatterns = list
            }
        }
        return log.errorCount == errors && id != nil ? change : nil
    }

    private static func phrases(_ reader: JSONObjectReader, _ key: String, log: inout DiagnosticLog) -> [Located<String>]? {
        guard let node = log.attempt({ () throws(RubricError) in try reader.required(key) }) else { return nil }
        return reader.strings(node, key: key, log: &log)?.map { Located(value: $0.0, location: $0.1) }
    }

    private static func optionalText(_ reader: JSONObjectReader, _ key: String, log: inout DiagnosticLog) -> Located<String>? {
        guard let node = reader.optional(key), let text = log.attempt({ () throws(RubricError) in try reader.string(key) }) else {
            return nil
        }
        return Located(value: text, location: node.location)
    }

    /// `weight`: a number greater than 0 and at most 100 (JSON has no NaN or infinity).
    private static func weight(_ reader: JSONObjectReader, rule: String, required: Bool, log: inout DiagnosticLog) -> Located<Double>? {
        guard required || reader.optional("weight") != nil,
            let (weight, location) = log.attempt({ () throws(RubricError) in try reader.number("weight") })
        else { return nil }
        guard weight > 0, weight <= 100 else {
            log.error("weight of rule \(rule) must be greater than 0 and at most 100, found \(weight.formatted)", at: location)
            return nil
        }
        return Located(value: weight, location: location)
    }

    /// `minConcepts`: a whole number from 1 to the rule's number of concepts (when known).
    private static func minConcepts(_ reader: JSONObjectReader, rule: String, concepts: Int?, log: inout DiagnosticLog) -> Located<Int>? {
        guard let found = log.attempt({ () throws(RubricError) in try reader.optionalInteger("minConcepts") }),
            let (value, location) = found
        else { return nil }
        if value < 1 {
            log.error("minConcepts of rule \(rule) must be at least 1, found \(value)", at: location)
            return nil
        }
        if let concepts, value > concepts {
            log.error("minConcepts of rule \(rule) must be between 1 and its \(concepts) concepts, found \(value)", at: location)
            return nil
        }
        return Located(value: value, location: location)
    }

    /// `feedback`: every rule carries weight, so every rule needs advice for when it is missed.
    private static func feedback(_ reader: JSONObjectReader, rule: String, weight: Located<Double>?, log: inout DiagnosticLog) -> String? {
        guard reader.optional("feedback") != nil else {
            let weighted = weight.map { "has weight \($0.value.formatted) but" } ?? "has"
            log.error(
                "rule \(rule) \(weighted) no 'feedback': add the advice to show when an answer misses it", at: reader.node.location)
            return nil
        }
        return log.attempt { () throws(RubricError) in try reader.string("feedback") }
    }
}
