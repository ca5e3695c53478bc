/// Decodes rubric files (scenario, general rules, synonyms) from JSON, validating as it goes.
///
/// Every error names the file and the line and column of the offending key or value.
public enum RubricDecoder {
    /// The rubric format version this build reads.
    public static let formatVersion = 1
    static let ruleKeys: Set<String> = [
        "id", "title", "section", "weight", "concepts", "feedback", "minConcepts", "mentions", "antipatterns", "required",
    ]

    /// Decodes a scenario rubric.
    public static func scenario(_ bytes: [UInt8], file: String) throws(RubricError) -> Rubric {
        let root = try parse(bytes, file: file)
        let object = try JSONObjectReader(root, file: file, what: "the rubric")
        try object.checkKeys(["$schema", "version", "id", "number", "title", "situation", "tasks", "rules"])
        try checkVersion(object)
        let id = try object.string("id")
        guard isSlug(id) else {
            throw RubricError(file: file, location: try object.required("id").location, message: "scenario id '\(id)' must be lower-case letters, digits and dashes")
        }
        let (number, numberLocation) = try object.optionalInteger("number") ?? (0, root.location)
        guard number >= 0 else {
            throw RubricError(file: file, location: numberLocation, message: "'number' must not be negative")
        }
        let rubric = Rubric(
            id: id, number: number, title: try object.string("title"),
            situation: try object.string("situation", allowEmpty: true),
            tasks: try object.stringArray("tasks"),
            rules: try rules(object, file: file))
        return rubric
    }

    /// Decodes the general rules that apply to every scenario.
    public static func general(_ bytes: [UInt8], file: String) throws(RubricError) -> [Rule] {
        let root = try parse(bytes, file: file)
        let object = try JSONObjectReader(root, file: file, what: "the general rules")
        try object.checkKeys(["$schema", "version", "id", "title", "rules"])
        try checkVersion(object)
        return try rules(object, file: file)
    }

    /// Decodes the synonym groups.
    public static func synonyms(_ bytes: [UInt8], file: String) throws(RubricError) -> [[String]] {
        let root = try parse(bytes, file: file)
        let object = try JSONObjectReader(root, file: file, what: "the synonym file")
        try object.checkKeys(["$schema", "version", "groups"])
        try checkVersion(object)
        var groups: [[String]] = []
        for (index, node) in try object.array("groups").enumerated() {
            let group = try object.stringArray(node, key: "groups[\(index)]")
            guard group.count >= 2 else {
                throw RubricError(file: file, location: node.location, message: "a synonym group needs at least two entries")
            }
            groups.append(group)
        }
        return groups
    }

    static func parse(_ bytes: [UInt8], file: String) throws(RubricError) -> JSONNode {
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw RubricError(file: file, location: error.location, message: "invalid JSON: \(error.message)")
        }
    }

    private static func checkVersion(_ object: JSONObjectReader) throws(RubricError) {
        let (version, location) = try object.number("version")
        guard version == Double(formatVersion) else {
            throw RubricError(file: object.file, location: location, message: "unsupported rubric version \(version.formatted); this grade reads version \(formatVersion)")
        }
    }

    private static func rules(_ object: JSONObjectReader, file: String) throws(RubricError) -> [Rule] {
        var rules: [Rule] = []
        var ids: [String: SourceLocation] = [:]
        var titles: Set<String> = []
        for (index, node) in try object.array("rules").enumerated() {
            let reader = try JSONObjectReader(node, file: file, what: "rule \(index + 1)")
            try reader.checkKeys(ruleKeys)
            let id = try reader.string("id")
            let idLocation = try reader.required("id").location
            if let first = ids[id] {
                throw RubricError(file: file, location: idLocation, message: "duplicate rule id '\(id)' (first used at \(first))")
            }
            ids[id] = idLocation
            let title = try reader.string("title")
            guard titles.insert(title).inserted else {
                throw RubricError(file: file, location: try reader.required("title").location, message: "duplicate rule title '\(title)'")
            }
            let (weight, weightLocation) = try reader.number("weight")
            guard weight > 0, weight <= 100 else {
                throw RubricError(file: file, location: weightLocation, message: "weight of rule '\(id)' must be greater than 0 and at most 100, found \(weight.formatted)")
            }
            let concepts = try reader.stringArray("concepts")
            guard !concepts.isEmpty else {
                throw RubricError(file: file, location: try reader.required("concepts").location, message: "rule '\(id)' needs at least one concept")
            }
            let minConcepts = try reader.optionalInteger("minConcepts")
            if let (value, location) = minConcepts, value < 1 || value > concepts.count {
                throw RubricError(file: file, location: location, message: "minConcepts of rule '\(id)' must be between 1 and its \(concepts.count) concepts")
            }
            rules.append(
                Rule(
                    id: id, title: title, section: try reader.string("section"), weight: weight, concepts: concepts,
                    feedback: try reader.string("feedback"), minConcepts: minConcepts?.0 ?? 1,
                    mentions: try optionalStrings(reader, "mentions"), antipatterns: try optionalStrings(reader, "antipatterns"),
                    required: try reader.optionalBool("required") ?? false))
        }
        return rules
    }

    private static func optionalStrings(_ reader: JSONObjectReader, _ key: String) throws(RubricError) -> [String] {
        guard let node = reader.optional(key) else { return [] }
        return try reader.stringArray(node, key: key)
    }

    static func isSlug(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-") }
    }
}

extension Double {
    /// A number as a person writes it: `2`, `2.5`.
    var formatted: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
