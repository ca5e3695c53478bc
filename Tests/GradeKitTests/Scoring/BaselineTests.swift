import Testing

@testable import GradeKit

@Suite struct BaselineTests {
    /// The new attempt: rollback and replicas addressed, post-mortem named only, no trade-off.
    static let later = """
        # Plan

        First I check the last deploy; if it caused the outage I roll back to the previous version.
        Then I move reads to a read replica so the primary recovers.

        - post-mortem
        """

    static let earlier = DemoBaseline.answer

    static func baseline() throws -> Baseline { try DemoBaseline.baseline() }

    @Test func readsBackWhatTheJSONReporterWrote() throws {
        let report = DemoRubric.grade(Self.earlier, file: "answers/v1.md")
        let baseline = try Self.baseline()
        #expect(baseline.source == "previous.json")
        #expect(baseline.answer == "answers/v1.md")
        #expect(baseline.scenario == "demo")
        #expect(baseline.score == report.score)
        #expect(baseline.rules.map(\.id) == report.rules.map(\.rule.id))
        #expect(baseline.rules.map(\.status) == report.rules.map(\.status))
    }

    @Test func improvedRegressedAndTheScoreDelta() throws {
        let before = DemoRubric.grade(Self.earlier)
        let after = DemoRubric.grade(Self.later)
        let comparison = try BaselineComparison(report: after, baseline: try Self.baseline())
        func change(_ id: String) -> BaselineComparison.RuleChange? { comparison.rules.first { $0.id == id } }
        #expect(change("demo.rollback")?.before == .missing)
        #expect(change("demo.rollback")?.after == .addressed)
        #expect(change("demo.rollback")?.change == .improved)
        #expect(change("demo.replicas")?.change == .improved)
        #expect(change("demo.postmortem")?.change == .regressed)
        #expect(change("general.trade-offs")?.change == .regressed)
        #expect(change("general.depth")?.change == .unchanged)
        #expect(comparison.count(.improved) == 2 && comparison.count(.regressed) == 2 && comparison.count(.unchanged) == 1)
        #expect(comparison.changed.map(\.id) == ["demo.rollback", "demo.replicas", "demo.postmortem", "general.trade-offs"])
        let expected = ((after.score - before.score) * 10).rounded() / 10
        #expect(comparison.scoreDelta == expected)
        #expect(comparison.scoreDelta != 0)
    }

    @Test func theSameAnswerChangesNothing() throws {
        let comparison = try BaselineComparison(report: DemoRubric.grade(Self.earlier), baseline: try Self.baseline())
        #expect(comparison.scoreDelta == 0)
        #expect(comparison.scoreDelta.sign == .plus)
        #expect(comparison.changed.isEmpty)
    }

    @Test func aBaselineForAnotherScenarioIsAnError() throws {
        var baseline = try Self.baseline()
        baseline.scenario = "outage"
        #expect(throws: BaselineError.self) { try BaselineComparison(report: DemoRubric.grade(Self.later), baseline: baseline) }
        do {
            _ = try BaselineComparison(report: DemoRubric.grade(Self.later), baseline: baseline)
        } catch {
            #expect(error.description == "previous.json: the baseline is a result for scenario 'outage', not 'demo'; compare attempts at the same scenario")
        }
    }

    @Test func rulesMatchByTitleThenByIdAndNewOrRemovedRulesShow() throws {
        let report = DemoRubric.grade(Self.later)
        let baseline = Baseline(
            source: "b.json", answer: "", scenario: "demo", score: 10,
            rules: [
                // Renamed id, same title: still the rollback rule.
                .init(id: "demo.old-rollback", title: "What's your rollback strategy?", status: .missing),
                // Same id, corrected title: still the replicas rule.
                .init(id: "demo.replicas", title: "Database read-replicas", status: .addressed),
                .init(id: "demo.gone", title: "A rule since dropped", status: .mentioned),
            ])
        let comparison = try BaselineComparison(report: report, baseline: baseline)
        #expect(comparison.rules.first { $0.id == "demo.rollback" }?.before == .missing)
        #expect(comparison.rules.first { $0.id == "demo.replicas" }?.before == .addressed)
        #expect(comparison.rules.first { $0.id == "demo.postmortem" }?.change == .added)
        let removed = try #require(comparison.rules.last)
        #expect(removed.id == "demo.gone" && removed.change == .removed && removed.after == nil)
        #expect(comparison.rules.count == report.rules.count + 1)
    }

    @Test(arguments: [
        ("{\"scenario\": \"demo\",", "1:21: invalid JSON:"),
        ("[1, 2]", "1:1: not a result of 'grade --format json': expected an object, found array"),
        ("{\"score\": 50, \"rules\": []}", "1:1: not a result of 'grade --format json': no 'scenario'"),
        ("{\"scenario\": \"demo\", \"rules\": []}", "1:1: not a result of 'grade --format json': no 'score'"),
        ("{\"scenario\": \"demo\", \"score\": 500, \"rules\": []}", "1:31: not a result of 'grade --format json': 'score' should be a number from 0 to 100"),
        ("{\"scenario\": \"demo\", \"score\": 5}", "1:1: not a result of 'grade --format json': no 'rules'"),
        ("{\"scenario\": \"demo\", \"score\": 5, \"rules\": {}}", "1:43: not a result of 'grade --format json': 'rules' should be an array, found object"),
        (
            "{\"scenario\": \"demo\", \"score\": 5, \"rules\": [{\"id\": \"a\", \"title\": \"t\", \"status\": \"great\"}]}",
            "1:80: not a result of 'grade --format json': a rule's 'status' should be addressed, mentioned or missing"
        ),
        ("{\"scenario\": \"demo\", \"score\": 5, \"rules\": [{\"status\": \"missing\"}]}", "1:44: not a result of 'grade --format json': no 'id'"),
        ("\u{FF}\u{FE}", "invalid JSON"),
        ("", "invalid JSON"),
    ])
    func unreadableBaselinesSayWhereAndWhy(_ text: String, _ message: String) {
        do {
            _ = try Baseline.parse(Array(text.utf8), source: "prev.json")
            Issue.record("parsed \(text)")
        } catch {
            #expect(error.description.hasPrefix("prev.json:"))
            #expect(error.description.contains(message), "\(error.description)")
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func extraMembersAreIgnored() throws {
        let text = """
            {"file": "a.md", "scenario": "demo", "score": 42.5, "future": [1, {"x": null}],
             "rules": [{"id": "demo.rollback", "title": "What's your rollback strategy?", "status": "mentioned", "new": true}],
             "baseline": {"file": "older.json"}}
            """
        let baseline = try Baseline.parse(Array(text.utf8), source: "p.json")
        #expect(baseline.score == 42.5)
        #expect(baseline.rules == [.init(id: "demo.rollback", title: "What's your rollback strategy?", status: .mentioned)])
    }
}
