import Testing

@testable import GradeKit

/// Every batch format against its canned output; `GRADE_UPDATE_GOLDEN=1` rewrites them.
@Suite struct BatchReporterGoldenTests {
    let result = BatchFixture.result

    @Test func text() throws {
        try Golden.check(BatchTextReporter().render(result), file: "batch.txt")
    }

    @Test func json() throws {
        try Golden.check(BatchJSONReporter().render(result), file: "batch.json")
    }

    @Test func jsonLines() throws {
        try Golden.check(BatchJSONReporter().renderLines(result), file: "batch.jsonl")
    }

    @Test func csv() throws {
        try Golden.check(BatchCSVReporter().render(result), file: "batch.csv")
    }

    @Test func junit() throws {
        try Golden.check(JUnitReporter().render(result), file: "batch.junit.xml")
    }

    @Test func github() throws {
        try Golden.check(GitHubReporter().render(result), file: "batch.github.txt")
    }

    @Test func markdown() throws {
        try Golden.check(BatchMarkdownReporter().render(result), file: "batch.md")
    }

    @Test func everyFormatIsDeterministic() {
        let again = BatchFixture.result
        #expect(BatchTextReporter().render(result) == BatchTextReporter().render(again))
        #expect(BatchJSONReporter().render(result) == BatchJSONReporter().render(again))
        #expect(BatchJSONReporter().renderLines(result) == BatchJSONReporter().renderLines(again))
        #expect(BatchCSVReporter().render(result) == BatchCSVReporter().render(again))
        #expect(JUnitReporter().render(result) == JUnitReporter().render(again))
        #expect(GitHubReporter().render(result) == GitHubReporter().render(again))
        #expect(BatchMarkdownReporter().render(result) == BatchMarkdownReporter().render(again))
    }

    @Test func formatNamesMatchTheCases() {
        #expect(BatchFormat.names == ["text", "json", "jsonl", "csv", "junit", "github", "markdown"])
        #expect(BatchFormat(rawValue: "junit") == .junit)
        #expect(BatchFormat(rawValue: "xml") == nil)
    }
}
