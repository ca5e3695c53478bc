import Testing

@testable import GradeKit

@Suite struct RubricSetTests {
    let set = RubricSet(
        scenarios: [
            Rubric(id: "migration", number: 3, title: "Migration Project", situation: "", tasks: [], rules: []),
            Rubric(id: "outage", number: 1, title: "Production Outage", situation: "", tasks: [], rules: []),
            Rubric(id: "dr", number: 7, title: "Disaster Recovery", situation: "", tasks: [], rules: []),
        ], general: [], synonymGroups: [])

    @Test func scenariosAreOrderedByNumber() {
        #expect(set.scenarios.map(\.id) == ["outage", "migration", "dr"])
    }

    @Test(arguments: ["migration", "MIGRATION", " Migration ", "3"])
    func findsByIdOrNumberIgnoringCase(_ name: String) throws {
        #expect(try set.scenario(named: name).id == "migration")
    }

    @Test(arguments: [("migratoin", "migration"), ("outgae", "outage"), ("disaster", "dr"), ("mig", "migration")])
    func suggestsTheClosestScenario(_ typo: String, _ expected: String) {
        #expect(throws: ScenarioLookupError.self) { try set.scenario(named: typo) }
        do {
            _ = try set.scenario(named: typo)
        } catch {
            #expect(error.suggestion == expected)
            #expect(error.description.contains("did you mean '\(expected)'?"))
        }
    }

    @Test func farOffNamesGetNoSuggestion() {
        do {
            _ = try set.scenario(named: "kubernetes-security-review")
            Issue.record("expected an error")
        } catch {
            #expect(error.suggestion == nil)
            #expect(error.description.contains("known: outage, migration, dr"))
        }
    }

    @Test func numbersOutOfRangeAreUnknown() {
        #expect(throws: ScenarioLookupError.self) { try set.scenario(named: "9") }
    }
}
