/// Writes rubrics in the file format the decoder reads, laid out as the built-in files are
/// (2-space indent, one phrase per line, keys in a fixed order, a final newline), so a
/// written rubric diffs cleanly against a hand-edited one.
public enum RubricEncoder {
    /// The rubric file for `rubric`; `schema` becomes its `"$schema"` when given.
    public static func encode(_ rubric: Rubric, schema: String? = nil) -> String {
        var members: [(String, JSONOutput)] = []
        if let schema { members.append(("$schema", .string(schema))) }
        members += [
            ("version", .int(RubricDecoder.formatVersion)), ("id", .string(rubric.id)), ("number", .int(rubric.number)),
            ("title", .string(rubric.title)), ("situation", .string(rubric.situation)),
            ("tasks", .array(rubric.tasks.map(JSONOutput.string))), ("rules", .array(rubric.rules.map(rule))),
        ]
        return JSONWriter.write(.object(members)) + "\n"
    }

    /// One rule, optional keys only when they differ from their defaults.
    static func rule(_ rule: Rule) -> JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("id", .string(rule.id)), ("title", .string(rule.title)), ("section", .string(rule.section)),
            ("weight", .number(rule.weight)), ("concepts", .array(rule.concepts.map(JSONOutput.string))),
        ]
        if rule.minConcepts != 1 { members.append(("minConcepts", .int(rule.minConcepts))) }
        if !rule.mentions.isEmpty { members.append(("mentions", .array(rule.mentions.map(JSONOutput.string)))) }
        if !rule.antipatterns.isEmpty { members.append(("antipatterns", .array(rule.antipatterns.map(JSONOutput.string)))) }
        if rule.required { members.append(("required", .bool(true))) }
        members.append(("feedback", .string(rule.feedback)))
        return .object(members)
    }
}
