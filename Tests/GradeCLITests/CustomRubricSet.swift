import Foundation
import GradeKit

/// A custom rubric directory built the way the README's "Writing your own scenario" says: a
/// new scenario imported from Markdown and edited, and one built-in scenario overridden.
enum CustomRubricSet {
    static let id = "kafka-consumer-backlog"

    static let document = """
        # Our team's scenarios

        ## Scenario 9: Kafka Consumer Backlog

        ### The Situation
        The orders consumer group is six hours behind:
        - 40 partitions, 12 consumers
        - consumer lag alerts fired at 3 AM
        - downstream invoices are late

        ### Your Task
        1. Drain the backlog safely
        2. Find the slow consumer

        ### Key Considerations
        - Partition rebalancing
        - Idempotent processing
        """

    /// The concepts an author adds after importing, by rule title.
    static let concepts: [String: [String]] = [
        "Drain the backlog safely": ["scale out the consumer group", "add consumers", "temporary consumers", "catch up on lag", "throttle producers"],
        "Find the slow consumer": ["consumer lag per partition", "which consumer is behind", "kafka-consumer-groups", "hot partition", "processing time per message"],
        "Partition rebalancing": ["cooperative rebalancing", "sticky assignor", "rebalance storm", "partition assignment", "session timeout"],
        "Idempotent processing": ["idempotency key", "exactly-once", "deduplicate messages", "at-least-once delivery", "safe to replay"],
    ]

    /// Drops Practice-Tips-free `document` into `root/kafka.md`, imports it into `root/rubrics`
    /// with `run` (the CLI in-process or the binary), edits the concepts as an author would,
    /// and adds an override of `outage` that drops one rule and adds a concept to another.
    static func build(in root: URL, run: ([String]) throws -> Int32) throws {
        try document.write(to: root.appendingPathComponent("kafka.md"), atomically: true, encoding: .utf8)
        let status = try run(["import", "kafka.md", "--output", "rubrics"])
        guard status == 0 else { throw CocoaError(.fileWriteUnknown) }
        let file = root.appendingPathComponent("rubrics/\(id).json")
        var rubric = try RubricDecoder.scenario([UInt8](try Data(contentsOf: file)), file: file.path)
        for index in rubric.rules.indices {
            rubric.rules[index].concepts += concepts[rubric.rules[index].title] ?? []
            rubric.rules[index].feedback = "Say what you would do about it, and how."
        }
        try RubricEncoder.encode(rubric, schema: "schema/rubric.schema.json").write(to: file, atomically: true, encoding: .utf8)
        let override = """
            {
              "$schema": "schema/rubric.schema.json",
              "version": 1,
              "id": "outage",
              "extends": "outage",
              "removeRules": ["outage.tools"],
              "rules": [
                {"id": "outage.rollback-strategy", "concepts": ["flip the feature flag off"]}
              ]
            }
            """
        try override.write(to: root.appendingPathComponent("rubrics/outage.json"), atomically: true, encoding: .utf8)
    }

    static let answer = """
        I would scale out the consumer group with temporary consumers so we catch up on lag, because the
        backlog grows while we debug. Then I would check consumer lag per partition with kafka-consumer-groups
        to find the slow consumer, which is usually a hot partition. Processing has to be idempotent: an
        idempotency key on each invoice makes it safe to replay. Rebalancing should be cooperative, using the
        sticky assignor so scaling out does not cause a rebalance storm.
        """

    /// Labels for `answer` covering every rule, general ones included.
    static func labels(titles: [String]) -> String {
        let entries = titles.map { title in
            "\"\(title)\": \"\(concepts[title] == nil ? "missing" : "addressed")\""
        }
        return "{\"scenario\": \"\(id)\", \"rating\": 4, \"labels\": {\(entries.joined(separator: ", "))}}"
    }
}
