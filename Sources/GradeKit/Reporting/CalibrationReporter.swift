/// Writes a ``Calibration`` as text for people or JSON for machines.
public struct CalibrationReporter: Sendable {
    /// Creates the reporter.
    public init() {}

    /// A readable summary: headline figures, confusion matrix, per-scenario and per-rule
    /// agreement, and every disagreement with its evidence.
    public func text(_ calibration: Calibration) -> String {
        let all = calibration.overall
        var out = "Calibration over \(calibration.items.count) labelled answers, \(all.total) rule verdicts\n"
        out += "  exact agreement  \(fixed(all.exactAgreement))  (\(all.agreeing)/\(all.total))\n"
        out += "  weighted kappa   \(fixed(all.quadraticWeightedKappa))  (quadratic, missing < mentioned < addressed)\n"
        out += "  addressed        precision \(fixed(all.addressedPrecision))  recall \(fixed(all.addressedRecall))  F1 \(fixed(all.addressedF1))\n"
        out += "  score vs rating  Spearman \(fixed(calibration.scoreRatingCorrelation))\n"
        out += "\nConfusion (rows: hand label, columns: grader)\n"
        out += "  " + pad("", 11) + RuleStatus.ordered.map { pad($0.rawValue, 11) }.joined() + "\n"
        for label in RuleStatus.ordered {
            out += "  " + pad(label.rawValue, 11) + RuleStatus.ordered.map { pad(String(all.matrix[label.rank][$0.rank]), 11) }.joined() + "\n"
        }
        out += "\nPer scenario\n"
        for (scenario, stats) in calibration.byScenario {
            out += "  \(pad(scenario, 12)) agreement \(fixed(stats.exactAgreement))  kappa \(fixed(stats.quadraticWeightedKappa))  addressed F1 \(fixed(stats.addressedF1))\n"
        }
        out += "\nPer rule (precision / recall of addressed, agreement)\n"
        for (rule, stats) in calibration.byRule {
            out += "  \(pad(rule.id, 36)) P \(fixed(stats.addressedPrecision))  R \(fixed(stats.addressedRecall))  agree \(stats.agreeing)/\(stats.total)\n"
        }
        out += "\nScores\n"
        for item in calibration.items {
            out += "  \(pad(item.answer.answerPath, 44)) \(pad(item.report.score.formatted, 6)) rating \(item.answer.rating)\n"
        }
        let disagreements = calibration.disagreements
        out += "\nDisagreements (\(disagreements.count))\n"
        for d in disagreements {
            out += "  \(d.file)  \(d.rule.title): label \(d.label.rawValue), grader \(d.predicted.rawValue)\n"
            for evidence in d.evidence {
                out += "      line \(evidence.line) [\(evidence.role.rawValue)] \"\(evidence.concept)\": \(Snippet.around(evidence.matched, in: evidence.text, width: 90))\n"
            }
        }
        return out
    }

    /// The same content as a JSON document.
    public func json(_ calibration: Calibration) -> String {
        let all = calibration.overall
        let value = JSONOutput.object([
            ("answers", .int(calibration.items.count)),
            ("overall", statistics(all)),
            ("spearman", .number(round3(calibration.scoreRatingCorrelation))),
            ("scenarios", .object(calibration.byScenario.map { ($0.scenario, statistics($0.statistics)) })),
            ("rules", .object(calibration.byRule.map { ($0.rule.id, statistics($0.statistics)) })),
            (
                "scores",
                .array(
                    calibration.items.map {
                        .object([
                            ("file", .string($0.answer.answerPath)), ("score", .number($0.report.score)),
                            ("rating", .int($0.answer.rating)),
                        ])
                    })
            ),
            (
                "disagreements",
                .array(
                    calibration.disagreements.map { d in
                        .object([
                            ("file", .string(d.file)), ("rule", .string(d.rule.id)), ("title", .string(d.rule.title)),
                            ("label", .string(d.label.rawValue)), ("grader", .string(d.predicted.rawValue)),
                            ("evidence", .array(d.evidence.map { .object([("line", .int($0.line)), ("text", .string($0.text)), ("role", .string($0.role.rawValue))]) })),
                        ])
                    })
            ),
        ])
        return JSONWriter.write(value) + "\n"
    }

    private func statistics(_ stats: AgreementStatistics) -> JSONOutput {
        .object([
            ("verdicts", .int(stats.total)),
            ("agreement", .number(round3(stats.exactAgreement))),
            ("kappa", .number(round3(stats.quadraticWeightedKappa))),
            ("addressedPrecision", .number(round3(stats.addressedPrecision))),
            ("addressedRecall", .number(round3(stats.addressedRecall))),
            ("addressedF1", .number(round3(stats.addressedF1))),
            ("confusion", .array(stats.matrix.map { .array($0.map { .int($0) }) })),
        ])
    }

    private func round3(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }

    private func fixed(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let sign = thousandths < 0 ? "-" : ""
        let magnitude = abs(thousandths)
        let fraction = String(magnitude % 1000)
        return "\(sign)\(magnitude / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}

extension RuleStatus {
    /// missing, mentioned, addressed: the order of the confusion matrix.
    static let ordered: [RuleStatus] = [.missing, .mentioned, .addressed]
}
