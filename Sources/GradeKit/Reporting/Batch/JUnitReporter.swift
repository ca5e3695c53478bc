/// Writes a batch as JUnit XML, the test-report format CI servers show (Jenkins, GitLab,
/// GitHub test-report actions …): every answer is a test case, every failing answer a failure.
///
/// Layout: `<testsuites name="grade" tests= failures= errors=>` holding one `<testsuite>` per
/// scenario, sorted by id, whose `<testcase classname="grade.<scenario>" name="<file>">`
/// elements carry the score and band as `<properties>`. An answer that fails the gates has a
/// `<failure message="…" type="grade">` whose message says why in one line and whose body lists
/// every gap, heaviest first, with its status and advice. Answers that could not be graded go
/// in a last `<testsuite name="errors">` as test cases with an `<error>`. Skipped paths were
/// never answers and are left out; no `time` or `timestamp` is written, so output is stable.
/// All text goes through ``XMLEscaping``, so the document is well-formed whatever it contains.
public struct JUnitReporter: Sendable {
    /// Creates the reporter.
    public init() {}

    /// The XML document, ending in a newline.
    public func render(_ result: BatchResult) -> String {
        let errors = result.errors
        var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        out += #"<testsuites name="grade" tests="\#(result.items.count)" failures="\#(result.failing.count)" errors="\#(errors.count)">"# + "\n"
        for scenario in result.scenarioIDs {
            let items = result.graded.filter { $0.report?.scenario == scenario }
            let failures = items.filter { !$0.passed }.count
            out += #"  <testsuite name="\#(attribute(scenario))" tests="\#(items.count)" failures="\#(failures)" errors="0">"# + "\n"
            for item in items { out += testCase(item, classname: "grade." + scenario) }
            out += "  </testsuite>\n"
        }
        if !errors.isEmpty {
            out += #"  <testsuite name="errors" tests="\#(errors.count)" failures="0" errors="\#(errors.count)">"# + "\n"
            for item in errors { out += testCase(item, classname: "grade.errors") }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }

    private func testCase(_ item: BatchItem, classname: String) -> String {
        var out = #"    <testcase classname="\#(attribute(classname))" name="\#(attribute(item.path))">"# + "\n"
        if let report = item.report {
            out += "      <properties>\n"
            out += #"        <property name="score" value="\#(BatchFigures.oneDecimal(report.score))"/>"# + "\n"
            out += #"        <property name="band" value="\#(attribute(report.band.rawValue))"/>"# + "\n"
            out += "      </properties>\n"
            if !item.passed {
                let message = attribute(item.failureSummary())
                out += #"      <failure message="\#(message)" type="grade">\#(XMLEscaping.text(failureBody(item, report)))</failure>"# + "\n"
            }
        } else {
            let message = item.error ?? ""
            out += #"      <error message="\#(attribute(message))" type="grade">\#(XMLEscaping.text(message))</error>"# + "\n"
        }
        out += "    </testcase>\n"
        return out
    }

    /// The reasons, then every gap, heaviest first, with its advice and, for a rule only
    /// mentioned, where the answer names it.
    private func failureBody(_ item: BatchItem, _ report: GradeReport) -> String {
        var lines = item.failureReasons
        let gaps = report.gaps
        if !gaps.isEmpty {
            lines.append("Gaps, heaviest first:")
            for gap in gaps {
                lines.append("- \(gap.rule.title) [\(gap.status.rawValue)]: \(gap.rule.feedback)")
                if let evidence = gap.evidence.first(where: { $0.role != .negated }) {
                    lines.append("    line \(evidence.line): \(Snippet.around(evidence.matched, in: evidence.text))")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    private func attribute(_ text: String) -> String {
        XMLEscaping.attribute(text)
    }
}
