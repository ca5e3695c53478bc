import Foundation
import Testing

@testable import GradeKit

/// The JSON Schemas shipped in `Rubrics/schema/` against the built-in rubrics and the decoder.
@Suite struct RubricSchemaTests {
    static let rubrics = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rubrics")

    static func validator() throws -> SchemaSubsetValidator {
        try SchemaSubsetValidator(directory: rubrics.appendingPathComponent("schema"))
    }

    static func schemaName(of file: String) -> String {
        switch file {
        case "general.json": "general.schema.json"
        case "synonyms.json": "synonyms.schema.json"
        default: "rubric.schema.json"
        }
    }

    static let builtinFiles = RubricLoader.builtinIDs.map { "\($0).json" } + ["general.json", "synonyms.json"]

    @Test(arguments: builtinFiles)
    func everyBuiltInFileNamesAndMeetsItsSchema(_ file: String) throws {
        let data = try Data(contentsOf: Self.rubrics.appendingPathComponent(file))
        let root = try JSONParser.parse([UInt8](data))
        let schema = Self.schemaName(of: file)
        #expect(root.member("$schema")?.value.stringValue == "schema/\(schema)")
        #expect(root.members?.first?.key == "$schema", "the reference comes first, where editors and people look")
        let problems = try Self.validator().validate(root, against: schema)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func theSchemasAreWellFormedDraft2020_12() throws {
        let validator = try Self.validator()
        #expect(Set(validator.documents.keys) == ["rubric.schema.json", "general.schema.json", "synonyms.schema.json"])
        for (name, schema) in validator.documents {
            #expect(schema.member("$schema")?.value.stringValue == "https://json-schema.org/draft/2020-12/schema", "\(name)")
            // An empty instance shows every keyword in play is one the validator knows.
            let problems = validator.validate(try JSONParser.parse("{}"), against: name)
            #expect(!problems.contains { $0.contains("outside the subset") || $0.contains("cannot resolve") }, "\(problems)")
        }
    }

    @Test func theSchemaAllowsExactlyTheKeysTheDecoderReads() throws {
        let rubric = try #require(try Self.validator().documents["rubric.schema.json"])
        func keys(_ node: JSONNode?) -> Set<String> { Set(node?.members?.map(\.key) ?? []) }
        #expect(keys(rubric.member("properties")?.value) == RubricDecoder.extensionKeys)
        let definitions = rubric.member("$defs")?.value
        #expect(keys(definitions?.member("rule")?.value.member("properties")?.value) == RubricDecoder.ruleKeys)
        #expect(keys(definitions?.member("ruleChange")?.value.member("properties")?.value) == RuleChange.keys)
        let validator = try Self.validator()
        #expect(keys(validator.documents["general.schema.json"]?.member("properties")?.value) == RubricDecoder.generalKeys)
        #expect(keys(validator.documents["synonyms.schema.json"]?.member("properties")?.value) == RubricDecoder.synonymKeys)
    }

    static let valid = """
        {"version": 1, "id": "demo", "title": "Demo", "situation": "s", "tasks": ["Fix it"],
         "rules": [{"id": "demo.fix", "title": "Fix it", "section": "Your Task", "weight": 2, "concepts": ["hotfix"], "feedback": "f"}]}
        """

    @Test(arguments: [
        ("\"weight\": 2", "\"weight\": 0", "$.rules[0].weight: 0.0 must be greater than 0.0"),
        ("\"weight\": 2", "\"weight\": 250", "$.rules[0].weight: 250.0 is above the maximum 100.0"),
        ("\"weight\": 2", "\"weight\": \"2\"", "$.rules[0].weight: expected number, found string"),
        ("\"concepts\": [\"hotfix\"]", "\"concepts\": []", "$.rules[0].concepts: fewer than 1 items"),
        ("\"concepts\"", "\"concept\"", "$.rules[0].concept: not an allowed property"),
        (", \"feedback\": \"f\"", "", "$.rules[0]: missing required 'feedback'"),
        ("\"id\": \"demo\"", "\"id\": \"Demo\"", "$.id: 'Demo' does not match ^[a-z0-9-]+$"),
        ("\"version\": 1", "\"version\": 2", "$.version: expected the constant 1"),
        ("\"tasks\"", "\"removeRules\": [], \"tasks\"", "$.removeRules: not allowed here"),
    ])
    func brokenRubricsFailTheSchema(_ find: String, _ replace: String, _ expected: String) throws {
        let text = Self.valid.replacingOccurrences(of: find, with: replace)
        let problems = try Self.validator().validate(try JSONParser.parse(text), against: "rubric.schema.json")
        #expect(problems.contains(expected), "\(problems)")
    }

    @Test func anExtendingRubricMeetsTheSchema() throws {
        let text = """
            {"$schema": "schema/rubric.schema.json", "version": 1, "id": "lite", "extends": "migration",
             "removeRules": ["migration.service-mesh"],
             "rules": [{"id": "migration.strangler-fig", "weight": 4, "removeConcepts": ["strangler"], "concepts": ["routing facade"]}]}
            """
        #expect(try Self.validator().validate(try JSONParser.parse(text), against: "rubric.schema.json").isEmpty)
        let stray = text.replacingOccurrences(of: "\"weight\": 4", with: "\"weigth\": 4")
        #expect(try Self.validator().validate(try JSONParser.parse(stray), against: "rubric.schema.json") == [
            "$.rules[0].weigth: not an allowed property"
        ])
    }

    @Test func theEmbeddedSchemasAreTheRepositoryFiles() throws {
        for (name, bytes) in RubricLoader.schemaFiles {
            let file = try Data(contentsOf: Self.rubrics.appendingPathComponent(name))
            #expect([UInt8](file) == bytes, "\(name)")
        }
    }
}
