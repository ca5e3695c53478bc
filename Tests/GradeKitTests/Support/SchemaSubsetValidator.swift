import Foundation

@testable import GradeKit

/// A validator for the subset of JSON Schema (draft 2020-12) the rubric schemas use: `type`,
/// `const`, `required`, `properties`, `additionalProperties`, `items`, `minItems`, `minimum`,
/// `exclusiveMinimum`, `maximum`, `minLength`, `pattern`, `$ref` (within a schema and to a
/// sibling file), `if`/`then`/`else` and boolean schemas.
///
/// Written for the tests, independently of the decoder, so a test can check that the shipped
/// schema and the decoder agree. A keyword outside the subset is reported as a problem, so the
/// schema cannot grow a rule this validator would silently ignore.
struct SchemaSubsetValidator {
    /// Schema documents by file name (`rubric.schema.json`).
    let documents: [String: JSONNode]

    static let annotations: Set<String> = ["$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples"]
    static let keywords: Set<String> = [
        "type", "const", "required", "properties", "additionalProperties", "items", "minItems", "minimum", "exclusiveMinimum",
        "maximum", "minLength", "pattern", "$ref", "if", "then", "else",
    ]

    /// Loads every `*.schema.json` in `directory`.
    init(directory: URL) throws {
        var documents: [String: JSONNode] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".schema.json") {
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            documents[name] = try JSONParser.parse([UInt8](data))
        }
        self.documents = documents
    }

    /// Every way `instance` breaks the schema in file `schemaName`, as `path: problem`.
    func validate(_ instance: JSONNode, against schemaName: String) -> [String] {
        guard let root = documents[schemaName] else { return ["no schema \(schemaName)"] }
        var problems: [String] = []
        check(instance, root, document: schemaName, path: "$", problems: &problems)
        return problems
    }

    private func check(_ instance: JSONNode, _ schema: JSONNode, document: String, path: String, problems: inout [String]) {
        if let flag = schema.boolValue {
            if !flag { problems.append("\(path): not allowed here") }
            return
        }
        guard let members = schema.members else {
            problems.append("\(path): schema is not an object or boolean")
            return
        }
        for member in members where !Self.keywords.contains(member.key) && !Self.annotations.contains(member.key) {
            problems.append("\(path): schema keyword '\(member.key)' is outside the subset this validator knows")
        }
        if let reference = schema.member("$ref")?.value.stringValue {
            if let (target, targetDocument) = resolve(reference, in: document) {
                check(instance, target, document: targetDocument, path: path, problems: &problems)
            } else {
                problems.append("\(path): cannot resolve $ref \(reference)")
            }
        }
        if let type = schema.member("type")?.value {
            let names = type.stringValue.map { [$0] } ?? (type.elements ?? []).compactMap(\.stringValue)
            if !names.contains(where: { Self.matches(instance, type: $0) }) {
                problems.append("\(path): expected \(names.joined(separator: " or ")), found \(instance.typeName)")
                return
            }
        }
        if let constant = schema.member("const")?.value, PlainValue(constant) != PlainValue(instance) {
            problems.append("\(path): expected the constant \(PlainValue(constant))")
        }
        checkObject(instance, schema, document: document, path: path, problems: &problems)
        checkArray(instance, schema, document: document, path: path, problems: &problems)
        if let number = instance.numberValue {
            if let minimum = schema.member("minimum")?.value.numberValue, number < minimum {
                problems.append("\(path): \(number) is below the minimum \(minimum)")
            }
            if let minimum = schema.member("exclusiveMinimum")?.value.numberValue, number <= minimum {
                problems.append("\(path): \(number) must be greater than \(minimum)")
            }
            if let maximum = schema.member("maximum")?.value.numberValue, number > maximum {
                problems.append("\(path): \(number) is above the maximum \(maximum)")
            }
        }
        if let text = instance.stringValue {
            if let length = schema.member("minLength")?.value.intValue, text.unicodeScalars.count < length {
                problems.append("\(path): shorter than \(length)")
            }
            if let pattern = schema.member("pattern")?.value.stringValue,
                text.range(of: pattern, options: .regularExpression) == nil
            {
                problems.append("\(path): '\(text)' does not match \(pattern)")
            }
        }
        if let condition = schema.member("if")?.value {
            var conditionProblems: [String] = []
            check(instance, condition, document: document, path: path, problems: &conditionProblems)
            let branch = conditionProblems.isEmpty ? schema.member("then")?.value : schema.member("else")?.value
            if let branch { check(instance, branch, document: document, path: path, problems: &problems) }
        }
    }

    private func checkObject(_ instance: JSONNode, _ schema: JSONNode, document: String, path: String, problems: inout [String]) {
        guard let members = instance.members else { return }
        for key in (schema.member("required")?.value.elements ?? []).compactMap(\.stringValue)
        where !members.contains(where: { $0.key == key }) {
            problems.append("\(path): missing required '\(key)'")
        }
        let properties = schema.member("properties")?.value
        for member in members {
            let childPath = "\(path).\(member.key)"
            if let property = properties?.member(member.key)?.value {
                check(member.value, property, document: document, path: childPath, problems: &problems)
            } else if let additional = schema.member("additionalProperties")?.value {
                if additional.boolValue == false {
                    problems.append("\(childPath): not an allowed property")
                } else {
                    check(member.value, additional, document: document, path: childPath, problems: &problems)
                }
            }
        }
    }

    private func checkArray(_ instance: JSONNode, _ schema: JSONNode, document: String, path: String, problems: inout [String]) {
        guard let elements = instance.elements else { return }
        if let minimum = schema.member("minItems")?.value.intValue, elements.count < minimum {
            problems.append("\(path): fewer than \(minimum) items")
        }
        if let items = schema.member("items")?.value {
            for (index, element) in elements.enumerated() {
                check(element, items, document: document, path: "\(path)[\(index)]", problems: &problems)
            }
        }
    }

    /// `#/$defs/x` in `document`, or `other.schema.json#/$defs/x`.
    private func resolve(_ reference: String, in document: String) -> (JSONNode, String)? {
        let parts = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let file = parts[0].isEmpty ? document : parts[0]
        guard var node = documents[file] else { return nil }
        let pointer = parts.count > 1 ? parts[1] : ""
        for token in pointer.split(separator: "/") {
            guard let next = node.member(String(token))?.value else { return nil }
            node = next
        }
        return (node, file)
    }

    static func matches(_ instance: JSONNode, type: String) -> Bool {
        switch type {
        case "object": instance.members != nil
        case "array": instance.elements != nil
        case "string": instance.stringValue != nil
        case "number": instance.numberValue != nil
        case "integer": instance.intValue != nil
        case "boolean": instance.boolValue != nil
        case "null": instance.isNull
        default: false
        }
    }
}

/// A JSON value without locations, for `const`.
private struct PlainValue: Equatable, CustomStringConvertible {
    let text: String

    init(_ node: JSONNode) {
        text = JSONWriter.write(Self.output(node), pretty: false)
    }

    static func output(_ node: JSONNode) -> JSONOutput {
        switch node.value {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .number(let number): .number(number)
        case .string(let text): .string(text)
        case .array(let elements): .array(elements.map(output))
        case .object(let members): .object(members.map { ($0.key, output($0.value)) })
        }
    }

    var description: String { text }
}
