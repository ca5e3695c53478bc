/// Decodes rubric files (scenario, general rules, synonyms) from JSON, validating as it goes.
///
/// Every problem names the file and the line and column of the offending key or value.
/// Decoding goes on past a problem, so the `log` variants find every problem of a file
/// (`grade lint`); the throwing variants report the first (loading).
public enum RubricDecoder {
    /// The rubric format version this build reads.
    public static let formatVersion = 1
    static let ruleKeys: Set<String> = [
        "id", "title", "section", "weight", "concepts", "feedback", "minConcepts", "mentions", "antipatterns", "required",
    ]
    static let scenarioKeys: Set<String> = ["$schema", "version", "id", "number", "title", "situation", "tasks", "rules"]
    static let extensionKeys: Set<String> = scenarioKeys.union(["extends", "removeRules"])
    static let generalKeys: Set<String> = ["$schema", "version", "id", "title", "rules"]
    static let synonymKeys: Set<String> = ["$schema", "version", "groups"]

    /// Decodes a scenario rubric that stands on its own (not one that extends another).
    public static func scenario(_ bytes: [UInt8], file: String) throws(RubricError) -> Rubric {
        var log = DiagnosticLog(file: file)
        let decoded = document(bytes, file: file, log: &log)
        if let error = log.firstError { throw error }
        switch decoded {
        case .scenario(let rubric):
            return rubric
        case .extending(let patch):
            throw RubricError(
                file: file, location: patch.base.location,
                message: "this rubric extends '\(patch.base.value)': load it from a rubric directory (--rubrics) so its base can be found")
        case nil:
            throw RubricError(file: file, location: nil, message: "cannot decode the rubric")
        }
    }

    /// Decodes the general rules that apply to every scenario.
    public static func general(_ bytes: [UInt8], file: String) throws(RubricError) -> [Rule] {
        var log = DiagnosticLog(file: file)
        let rules = general(bytes, file: file, log: &log)
        if let error = log.firstError { throw error }
        return rules ?? []
    }

    /// Decodes the synonym groups.
    public static func synonyms(_ bytes: [UInt8], file: String) throws(RubricError) -> [[String]] {
        var log = DiagnosticLog(file: file)
        let groups = synonyms(bytes, file: file, log: &log)
        if let error = log.firstError { throw error }
        return groups ?? []
    }

    // MARK: Collecting every problem

    /// Decodes a scenario file, logging every problem; nil when there was any error.
    static func document(_ bytes: [UInt8], file: String, log: inout DiagnosticLog) -> RubricDocument? {
        guard let root = log.attempt({ () throws(RubricError) in try parse(bytes, file: file) }),
            let object = log.attempt({ () throws(RubricError) in try JSONObjectReader(root, file: file, what: "the rubric") })
        else { return nil }
        let errors = log.errorCount
        let extends = object.optional("extends")
        if extends == nil, let member = object.members.first(where: { $0.key == "removeRules" }) {
            log.error("'removeRules' only works in a rubric that extends another: add \"extends\": \"<base scenario id>\"", at: member.keyLocation)
        }
        log.record(extends == nil ? object.keyProblems(scenarioKeys, ignoring: ["removeRules"]) : object.keyProblems(extensionKeys))
        checkVersion(object, log: &log)
        let id = scenarioID(object, key: "id", log: &log)
        let number = log.attempt { () throws(RubricError) in try object.optionalInteger("number") } ?? nil
        if let (value, location) = number, value < 0 {
            log.error("'number' must not be negative", at: location)
        }
        if extends != nil {
            let base = scenarioID(object, key: "extends", log: &log)
            let title = optionalString(object, "title", log: &log)
            let situation = optionalString(object, "situation", allowEmpty: true, log: &log)
            let tasks = object.optional("tasks").flatMap { object.strings($0, key: "tasks", log: &log) }
            let removeRules = object.optional("removeRules").flatMap { object.strings($0, key: "removeRules", log: &log) } ?? []
            let changes = ruleChanges(object, log: &log)
            guard log.errorCount == errors, let id, let base else { return nil }
            return .extending(
                RubricExtension(
                    file: file, id: id, base: base, number: number?.0, title: title, situation: situation,
                    tasks: tasks?.map(\.0), removeRules: removeRules.map { Located(value: $0.0, location: $0.1) },
                    changes: changes))
        }
        let title = log.attempt { () throws(RubricError) in try object.string("title") }
        let situation = log.attempt { () throws(RubricError) in try object.string("situation", allowEmpty: true) }
        let tasks = log.attempt({ () throws(RubricError) in try object.required("tasks") }).flatMap {
            object.strings($0, key: "tasks", log: &log)
        }
        let rules = rules(object, log: &log)
        guard log.errorCount == errors, let id, let title, let situation, let tasks, let rules else { return nil }
        return .scenario(
            Rubric(id: id.value, number: number?.0 ?? 0, title: title, situation: situation, tasks: tasks.map(\.0), rules: rules))
    }

    /// Decodes a general-rules file, logging every problem; nil when there was any error.
    static func general(_ bytes: [UInt8], file: String, log: inout DiagnosticLog) -> [Rule]? {
        guard let root = log.attempt({ () throws(RubricError) in try parse(bytes, file: file) }),
            let object = log.attempt({ () throws(RubricError) in try JSONObjectReader(root, file: file, what: "the general rules") })
        else { return nil }
        let errors = log.errorCount
        log.record(object.keyProblems(generalKeys))
        checkVersion(object, log: &log)
        let rules = rules(object, log: &log)
        return log.errorCount == errors ? rules : nil
    }

    /// Decodes a synonym file, logging every problem; nil when there was any error.
    static func synonyms(_ bytes: [UInt8], file: String, log: inout DiagnosticLog) -> [[String]]? {
        guard let root = log.attempt({ () throws(RubricError) in try parse(bytes, file: file) }),
            let object = log.attempt({ () throws(RubricError) in try JSONObjectReader(root, file: file, what: "the synonym file") })
        else { return nil }
        let errors = log.errorCount
        log.record(object.keyProblems(synonymKeys))
        checkVersion(object, log: &log)
        var groups: [[String]] = []
        let nodes: [JSONNode] = log.attempt { () throws(RubricError) in try object.array("groups") } ?? []
        for (index, node) in nodes.enumerated() {
            guard let group = object.strings(node, key: "groups[\(index)]", log: &log) else { continue }
            guard group.count >= 2 else {
                log.error("a synonym group needs at least two entries", at: node.location)
                continue
            }
            groups.append(group.map(\.0))
        }
        return log.errorCount == errors ? groups : nil
    }

    // MARK: Parts

    static func parse(_ bytes: [UInt8], file: String) throws(RubricError) -> JSONNode {
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw RubricError(file: file, location: error.location, message: "invalid JSON: \(error.message)")
        }
    }

    private static func checkVersion(_ object: JSONObjectReader, log: inout DiagnosticLog) {
        guard let (version, location) = log.attempt({ () throws(RubricError) in try object.number("version") }) else { return }
        if version != Double(formatVersion) {
            log.error("unsupported rubric version \(version.formatted); this grade reads version \(formatVersion)", at: location)
        }
    }

    /// A scenario id under `key` (`id` or `extends`): lower-case letters, digits and dashes.
    private static func scenarioID(_ object: JSONObjectReader, key: String, log: inout DiagnosticLog) -> Located<String>? {
        guard let id = log.attempt({ () throws(RubricError) in try object.string(key) }),
            let location = object.optional(key)?.location
        else { return nil }
        guard isSlug(id) else {
            log.error("scenario id '\(id)' must be lower-case letters, digits and dashes", at: location)
            return nil
        }
        return Located(value: id, location: location)
    }

    private static func optionalString(
        _ object: JSONObjectReader, _ key: String, allowEmpty: Bool = false, log: inout DiagnosticLog
    ) -> String? {
        guard object.optional(key) != nil else { return nil }
        return log.attempt { () throws(RubricError) in try object.string(key, allowEmpty: allowEmpty) }
    }

    static func isSlug(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-") }
    }
}

extension DiagnosticLog {
    /// How many errors have been logged, to tell whether a part decoded cleanly.
    var errorCount: Int { diagnostics.count { $0.severity == .error } }
}

extension Double {
    /// A number as a person writes it: `2`, `2.5`.
    var formatted: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
