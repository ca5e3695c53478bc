@testable import GradeKit

/// A hand-built batch for the batch reporters: a passing answer in each of two scenarios, a
/// failing one, one whose path and text are hostile, an answer that could not be graded (with
/// a hostile message) and two skipped paths, held to `--fail-under 60 --min-pass-rate 75`.
enum BatchFixture {
    /// A second small scenario, so rule columns and test suites span more than one.
    static let backup = Rubric(
        id: "backup", number: 2, title: "Demo Backups", situation: "Backups have never been restored.",
        tasks: ["Prove the backups work"],
        rules: [
            Rule(
                id: "backup.restore-drill", title: "Test your restores", section: "Your Task", weight: 2,
                concepts: ["restore drill", "test restore", "restore test"],
                feedback: "Prove the backups work by restoring them on a schedule."),
            Rule(
                id: "backup.offsite", title: "Offsite copies", section: "Key Considerations", weight: 1,
                concepts: ["offsite", "another region", "cross-region"],
                feedback: "Keep one copy outside the blast radius."),
        ])

    static let set = RubricSet(
        scenarios: [DemoRubric.rubric, backup], general: DemoRubric.general, synonymGroups: [["database", "db"]])

    /// Text an attacker might put in an answer or a file name.
    static let hostile = """
        <script>alert(1)</script> "><img src=x onerror=alert(1)> =HYPERLINK("x") | pipes | \
        [x](javascript:alert(1)) <!-- c --> NUL:\u{0} ESC:\u{1B}[31m %0A::error::injected
        """

    static let strongDemo = """
        # Plan

        First I check the last deploy; if it caused the outage I roll back to the previous version.
        Then I move reads to a read replica so the primary recovers, accepting the downside of replica lag.
        Afterwards we hold a blameless post-mortem so the incident review tracks every action item.
        I would watch p99 latency and pg_stat_activity while pgbouncer caps the connections.
        """

    static let weakDemo = """
        # Notes

        - post-mortem
        - kubectl
        """

    static let hostileDemo = """
        # Plan <script>alert(1)</script>

        I would roll back to the previous version "><img src=x onerror=alert(1)> straight away.
        =HYPERLINK("x") | pipes | and then a post-mortem
        NUL here:\u{0} and %0A::error::injected
        [x](javascript:alert(1)) <!-- comment -->

        - Tools: `kubectl` <script>alert(1)</script> "><img src=x onerror=alert(1)>
        """

    static let backupAnswer = """
        # Backups

        Every month we run a restore drill into a scratch account, because a backup nobody has
        restored is a hope, not a backup. The trade-off is the cost of the scratch account.
        Copies go offsite to another region.
        """

    static let hostilePath = #"answers/"><img src=x onerror=alert(1)>|pipes|.md"#
    static let errorMessage = "=HYPERLINK(\"x\") not valid UTF-8: <script>alert(1)</script>\n| pipes |\u{0}\u{1B}]0;pwned\u{07} %0A::error::boom"

    static func grade(_ markdown: String, file: String, rubric: Rubric) -> GradeReport {
        let grader = Grader(rubrics: set)
        return grader.grade(markdown, file: file, rubric: grader.compile(rubric))
    }

    static let gates = BatchResult.Gates(failUnder: 60, minPassRate: 75)

    /// A graded item held to `gates`.
    static func item(
        _ path: String, _ markdown: String, rubric: Rubric = DemoRubric.rubric, source: BatchItem.ScenarioSource,
        confidence: Double? = nil
    ) -> BatchItem {
        let report = grade(markdown, file: path, rubric: rubric)
        let failUnder = gates.failUnder ?? 0
        let passed = report.score >= failUnder
        let reasons = passed ? [] : ["score \(BatchFigures.oneDecimal(report.score)) below \(JSONWriter.format(failUnder))"]
        return BatchItem(
            path: path, outcome: .graded(report, source: source, confidence: confidence), passed: passed,
            failureReasons: reasons)
    }

    /// The batch, items and skipped paths sorted by path as the batch runner sorts them.
    static var result: BatchResult {
        BatchResult(
            items: [
                item(hostilePath, hostileDemo, source: .detected, confidence: 0.75),
                item("answers/alice.md", strongDemo, source: .frontMatter),
                item("answers/backup/carol.md", backupAnswer, rubric: backup, source: .path),
                item("answers/bob.md", weakDemo, source: .option),
                BatchItem(path: "answers/broken.md", outcome: .failed(errorMessage), passed: false, failureReasons: []),
            ],
            skipped: [
                .init(path: "answers/=HYPERLINK(\"x\").txt", reason: "not Markdown (.txt)"),
                .init(path: "answers/alice.md", reason: "listed twice"),
            ],
            gates: gates)
    }
}
