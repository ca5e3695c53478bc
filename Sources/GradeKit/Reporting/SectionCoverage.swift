/// How well a report covers one section of the rubric (`Your Task`, `Approach Elements` …),
/// for the coverage table and chart.
struct SectionCoverage: Sendable, Equatable {
    /// The section's name.
    var section: String
    /// Rules in the section.
    var rules: Int
    /// Rules addressed, mentioned and missing.
    var addressed: Int, mentioned: Int, missing: Int
    /// Weight of the rules addressed, mentioned and missing.
    var addressedWeight: Double, mentionedWeight: Double, missingWeight: Double
    /// Weighted points earned.
    var points: Double
    /// Total weight of the section's rules.
    var weight: Double

    /// Points earned over points possible, 0–1 (0 for a weightless section).
    var share: Double { weight > 0 ? points / weight : 0 }

    /// Every section of `report` in rubric order.
    static func of(_ report: GradeReport) -> [SectionCoverage] {
        ReportFigures.sections(of: report).map { section in
            let verdicts = report.rules.filter { $0.rule.section == section }
            func weight(_ status: RuleStatus) -> Double {
                verdicts.filter { $0.status == status }.reduce(0) { $0 + $1.rule.weight }
            }
            return SectionCoverage(
                section: section, rules: verdicts.count,
                addressed: verdicts.filter { $0.status == .addressed }.count,
                mentioned: verdicts.filter { $0.status == .mentioned }.count,
                missing: verdicts.filter { $0.status == .missing }.count,
                addressedWeight: weight(.addressed), mentionedWeight: weight(.mentioned), missingWeight: weight(.missing),
                points: verdicts.reduce(0) { $0 + $1.points }, weight: verdicts.reduce(0) { $0 + $1.rule.weight })
        }
    }
}
