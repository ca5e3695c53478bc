/// Reads the members of one JSON object with type checks, reporting every problem at the
/// member's location: a missing key at the object, a wrong type at the value, an unknown
/// key at the key (a typo such as `"concept"` must not be silently ignored).
struct JSONObjectReader {
    let file: String
    let node: JSONNode
    let members: [JSONMember]
    let what: String

    init(_ node: JSONNode, file: String, what: String) throws(RubricError) {
        guard case .object(let members) = node.value else {
            throw RubricError(file: file, location: node.location, message: "expected \(what) to be an object, found \(node.kindName)")
        }
        self.file = file
        self.node = node
        self.members = members
        self.what = what
    }

    /// Rejects keys outside `allowed` and keys given twice.
    func checkKeys(_ allowed: Set<String>) throws(RubricError) {
        if let first = keyProblems(allowed).first { throw first }
    }

    /// Every key outside `allowed` and every key given twice, in source order. An unknown
    /// key close to a known one names it: `unknown key 'feedbak' in rule 1; did you mean 'feedback'?`.
    /// Keys in `reported` were already reported in a more helpful way and are skipped.
    func keyProblems(_ allowed: Set<String>, ignoring reported: Set<String> = []) -> [RubricError] {
        var problems: [RubricError] = []
        var seen: Set<String> = []
        for member in members where !reported.contains(member.key) {
            guard allowed.contains(member.key) else {
                let known = allowed.sorted().joined(separator: ", ")
                var message = "unknown key '\(member.key)' in \(what)"
                if let close = Self.closest(to: member.key, in: allowed) { message += "; did you mean '\(close)'?" }
                problems.append(RubricError(file: file, location: member.keyLocation, message: message + " (known keys: \(known))"))
                continue
            }
            if !seen.insert(member.key).inserted {
                problems.append(RubricError(file: file, location: member.keyLocation, message: "duplicate key '\(member.key)' in \(what)"))
            }
        }
        return problems
    }

    /// The allowed key a typo most likely meant, if one is within two edits.
    static func closest(to key: String, in allowed: Set<String>) -> String? {
        let ranked = allowed.sorted().map { (EditDistance.levenshtein(key.lowercased(), $0.lowercased()), $0) }.min { $0 < $1 }
        guard let ranked, ranked.0 <= 2, ranked.0 < key.count else { return nil }
        return ranked.1
    }

    func optional(_ key: String) -> JSONNode? {
        members.first { $0.key == key }?.value
    }

    func required(_ key: String) throws(RubricError) -> JSONNode {
        guard let value = optional(key) else {
            throw RubricError(file: file, location: node.location, message: "\(what) is missing required key '\(key)'")
        }
        return value
    }

    func string(_ key: String, allowEmpty: Bool = false) throws(RubricError) -> String {
        let value = try required(key)
        guard case .string(let text) = value.value else { throw typeError(key, "a string", value) }
        if !allowEmpty && text.allSatisfy(\.isWhitespace) {
            throw RubricError(file: file, location: value.location, message: "'\(key)' in \(what) must not be empty")
        }
        return text
    }

    func number(_ key: String) throws(RubricError) -> (Double, SourceLocation) {
        let value = try required(key)
        guard case .number(let number) = value.value else { throw typeError(key, "a number", value) }
        return (number, value.location)
    }

    func optionalInteger(_ key: String) throws(RubricError) -> (Int, SourceLocation)? {
        guard let value = optional(key) else { return nil }
        guard case .number(let number) = value.value, number == number.rounded(), abs(number) < 1e9 else {
            throw typeError(key, "a whole number", value)
        }
        return (Int(number), value.location)
    }

    func optionalBool(_ key: String) throws(RubricError) -> Bool? {
        guard let value = optional(key) else { return nil }
        guard case .bool(let flag) = value.value else { throw typeError(key, "true or false", value) }
        return flag
    }

    /// The strings of the array `value`, logging every element that is not a string (not
    /// just the first), or nil when `value` is not an array.
    func strings(_ value: JSONNode, key: String, log: inout DiagnosticLog) -> [(String, SourceLocation)]? {
        guard case .array(let items) = value.value else {
            log.record(typeError(key, "an array of strings", value))
            return nil
        }
        var strings: [(String, SourceLocation)] = []
        for (index, item) in items.enumerated() {
            guard case .string(let text) = item.value else {
                log.record(typeError("\(key)[\(index)]", "a string", item))
                continue
            }
            strings.append((text, item.location))
        }
        return strings.count == items.count ? strings : nil
    }

    func array(_ key: String) throws(RubricError) -> [JSONNode] {
        let value = try required(key)
        guard case .array(let items) = value.value else { throw typeError(key, "an array", value) }
        return items
    }

    func typeError(_ key: String, _ expected: String, _ value: JSONNode) -> RubricError {
        RubricError(file: file, location: value.location, message: "'\(key)' in \(what) must be \(expected), found \(value.kindName)")
    }
}

extension JSONNode {
    /// The JSON type's name, for messages.
    var kindName: String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
