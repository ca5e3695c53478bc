import Foundation
import Testing

@testable import GradeKit

/// The built-in rubrics against the source document they were written from.
@Suite struct BuiltinRubricsTests {
    /// `(section, item)` for every list item of every scenario in the source document, in order.
    static func sourceItems() throws -> [String: [(section: String, title: String)]] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Data/scenarios.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        var items: [String: [(String, String)]] = [:]
        var scenario: Int?
        var section: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## Scenario ") {
                scenario = Int(line.dropFirst(12).prefix { $0.isNumber })
                section = nil
            } else if line.hasPrefix("## ") {
                scenario = nil
            } else if line.hasPrefix("### ") {
                section = String(line.dropFirst(4))
            } else if let scenario, let section, section != "The Situation" {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                var item: Substring?
                if trimmed.hasPrefix("- ") {
                    item = trimmed.dropFirst(2)
                } else if let dot = trimmed.firstIndex(of: "."), Int(trimmed[..<dot]) != nil {
                    item = trimmed[trimmed.index(after: dot)...].drop { $0 == " " }
                }
                if let item { items[String(scenario), default: []].append((section, String(item))) }
            }
        }
        return items
    }

    @Test func everySourceItemIsARuleWithItsTitleVerbatim() throws {
        let set = try RubricLoader.builtin()
        let source = try Self.sourceItems()
        #expect(set.scenarios.map(\.id) == RubricLoader.builtinIDs)
        var total = 0
        for rubric in set.scenarios {
            let expected = try #require(source[String(rubric.number)])
            #expect(rubric.rules.map(\.title) == expected.map(\.title), "\(rubric.id)")
            #expect(rubric.rules.map(\.section) == expected.map(\.section), "\(rubric.id)")
            #expect(rubric.tasks == expected.filter { $0.section == "Your Task" }.map(\.title))
            total += rubric.rules.count
        }
        #expect(total == 80)
    }

    @Test func generalRulesComeFromDuringTheMock() throws {
        let set = try RubricLoader.builtin()
        let titles = Set(set.general.map(\.title))
        #expect(titles.isSuperset(of: ["Consider trade-offs", "Ask clarifying questions", "Show technical depth"]))
        #expect(set.general.allSatisfy { $0.section == "During the Mock" })
        for rubric in set.scenarios {
            #expect(set.rules(for: rubric).count == rubric.rules.count + set.general.count)
        }
    }

    @Test func approachItemsOutweighTaskItems() throws {
        let set = try RubricLoader.builtin()
        for rubric in set.scenarios {
            let tasks = rubric.rules.filter { $0.section == "Your Task" }.map(\.weight)
            let approach = rubric.rules.filter { $0.section != "Your Task" }.map(\.weight)
            #expect((tasks.max() ?? 0) < (approach.min() ?? 0), "\(rubric.id)")
        }
    }

    @Test func everyConceptAnalysesToTermsAndIdsAreUnique() throws {
        let set = try RubricLoader.builtin()
        var ids: Set<String> = []
        for rubric in set.scenarios {
            let compiled = CompiledRubric(rubric, in: set)
            #expect(compiled.emptyConcepts.isEmpty, "\(compiled.emptyConcepts)")
            for rule in rubric.rules {
                #expect(ids.insert(rule.id).inserted, "duplicate id \(rule.id)")
                #expect(rule.id.hasPrefix(rubric.id + "."))
                #expect(!rule.feedback.isEmpty)
            }
            #expect(rubric.situation.count > 40)
        }
    }

    @Test func synonymGroupsDoNotCollide() throws {
        let set = try RubricLoader.builtin()
        let map = Analyzer.compileSynonyms(set.synonymGroups)
        #expect(map.conflicts.isEmpty, "\(map.conflicts.map { "\($0.entry) (group \($0.group + 1))" })")
        let analyzer = Analyzer(synonyms: map, vocabulary: [])
        for pair in [("k8s", "kubernetes"), ("db", "database"), ("1:1", "one-on-one"), ("PITR", "point-in-time recovery"),
            ("RTO", "recovery time objective"), ("RPO", "recovery point objective"), ("HPA", "horizontal pod autoscaler"),
            ("CI/CD", "continuous integration and delivery"), ("RI", "reserved instance")]
        {
            #expect(analyzer.conceptTerms(pair.0) == analyzer.conceptTerms(pair.1), "\(pair)")
        }
    }
}
