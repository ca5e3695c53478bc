@testable import GradeKit

/// An answer, a path, a rubric and a baseline written to break out of a report: HTML tags and
/// attributes, script, comments, Markdown links and images, bare URLs, table pipes, control
/// characters and bidi overrides, all of which a report must show as text.
enum HostileInput {
    static let markup = #"<script>alert(1)</script> "><img src=x onerror=alert(1)> ' onmouseover='x'"#

    static let rubric = Rubric(
        id: "demo", number: 1, title: "<b>Demo</b> \(markup)", situation: "s", tasks: ["t"],
        rules: [
            Rule(
                id: "demo.rollback", title: "Roll back <img src=x onerror=alert(1)> [x](javascript:alert(1))",
                section: "</th></tr><script>alert(1)</script>", weight: 2,
                concepts: ["roll back", "previous version"],
                feedback: "[click](https://evil.example) ![i](https://evil.example/i.png) <!-- x --> \(markup) www.evil.example"),
            Rule(
                id: "demo.postmortem", title: "Post-mortem | pipe | `code`", section: "# Heading\n- item", weight: 3,
                concepts: ["post-mortem"], feedback: "&amp; &lt;b&gt; \u{202E}reversed"),
            Rule(
                id: "demo.replicas", title: "Replicas", section: "Key Considerations", weight: 1,
                concepts: ["read replica"], feedback: "Move reads."),
        ])

    static let answer = """
        # Plan <script>alert(1)</script>

        I would roll back to the previous version "><img src=x onerror=alert(1)> straight away, see https://evil.example/x or www.evil.example.
        =HYPERLINK("x") | pipes | and then a post-mortem
        NUL here:\u{0} ESC:\u{1B}[31m and %0A::error::injected \u{202E}dessergnir
        [x](javascript:alert(1)) <!-- comment --> ![img](https://evil.example/i.png) <style>body{display:none}</style>

        - post-mortem <script>alert(1)</script> ' onmouseover='alert(1)'
        """

    static let path = #"answers/"><img src=x onerror=alert(1)>|pipes|<!--.md"#

    static var report: GradeReport {
        let set = RubricSet(scenarios: [rubric], general: DemoRubric.general, synonymGroups: [])
        let grader = Grader(rubrics: set)
        return grader.grade(answer, file: path, rubric: grader.compile(rubric))
    }

    static var comparison: BaselineComparison? {
        let baseline = Baseline(
            source: #"prev/"><script>alert(1)</script>.json"#, answer: "<img src=x onerror=alert(1)>", scenario: "demo", score: 10,
            rules: [
                .init(id: "demo.rollback", title: "old", status: .missing),
                .init(id: "demo.gone", title: "<script>gone</script>", status: .addressed),
            ])
        return try? BaselineComparison(report: report, baseline: baseline)
    }
}
