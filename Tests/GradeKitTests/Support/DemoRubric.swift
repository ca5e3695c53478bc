@testable import GradeKit

/// A small hand-made rubric for tests that must not move when the built-in rubrics are tuned.
enum DemoRubric {
    static let rubric = Rubric(
        id: "demo", number: 1, title: "Demo Outage", situation: "The site is down.", tasks: ["Roll back"],
        rules: [
            Rule(
                id: "demo.rollback", title: "What's your rollback strategy?", section: "Your Task", weight: 2,
                concepts: ["roll back", "rollback", "revert the deploy", "previous version"],
                feedback: "Say how you would return to the last good version."),
            Rule(
                id: "demo.replicas", title: "Database read replicas", section: "Key Considerations", weight: 3,
                concepts: ["read replica", "database replica"],
                feedback: "Move reads to replicas to relieve the primary."),
            Rule(
                id: "demo.postmortem", title: "Create post-mortem process", section: "Key Considerations", weight: 3,
                concepts: ["post-mortem", "incident review"],
                feedback: "Run a blameless review and track its actions."),
        ])
    static let general = [
        Rule(
            id: "general.trade-offs", title: "Consider trade-offs", section: "During the Mock", weight: 1,
            concepts: ["trade-off", "downside"], feedback: "Name what each choice costs."),
        Rule(
            id: "general.depth", title: "Show technical depth", section: "During the Mock", weight: 1,
            concepts: ["pgbouncer", "pg_stat_activity", "p99 latency", "kubectl"], feedback: "Name mechanisms and tools.",
            minConcepts: 2),
    ]
    static let set = RubricSet(
        scenarios: [rubric], general: general,
        synonymGroups: [["database", "db"], ["kubernetes", "k8s"], ["rollback", "roll back"]])

    static func grade(_ markdown: String, file: String = "answer.md") -> GradeReport {
        let grader = Grader(rubrics: set)
        return grader.grade(markdown, file: file, rubric: grader.compile(rubric))
    }
}
