import Testing

@testable import GradeKit

@Suite struct BatchCSVReporterTests {
    let result = BatchFixture.result

    /// A strict RFC 4180 reader (LF or CRLF row ends), enough to read our output back.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        scalars.removeFirst()
                        cell.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                    }
                } else {
                    cell.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where cell.isEmpty: quoted = true
            case ",":
                row.append(cell)
                cell = ""
            case "\r" where scalars.first == "\n": continue
            case "\n":
                row.append(cell)
                rows.append(row)
                row = []
                cell = ""
            default: cell.unicodeScalars.append(scalar)
            }
        }
        if !cell.isEmpty || !row.isEmpty {
            row.append(cell)
            rows.append(row)
        }
        return rows
    }

    @Test func headerThenOneRowPerAnswerAllTheSameWidth() throws {
        let rows = Self.parse(BatchCSVReporter().render(result))
        #expect(rows.count == result.items.count + 1)
        let header = try #require(rows.first)
        #expect(Array(header.prefix(6)) == ["file", "scenario", "score", "band", "result", "error"])
        // Scenario ids sorted (backup before demo), rubric order within each, each id once.
        #expect(
            Array(header.dropFirst(6)) == [
                "backup.restore-drill", "backup.offsite", "general.trade-offs", "general.depth", "demo.rollback",
                "demo.replicas", "demo.postmortem",
            ])
        #expect(rows.allSatisfy { $0.count == header.count })
        #expect(rows.dropFirst().map { $0[0] } == result.items.map(\.path))
        #expect(rows.dropFirst().map { $0[4] } == ["fail", "pass", "pass", "fail", "error"])
    }

    @Test func ruleCellsAreStatusesOrBlank() throws {
        let rows = Self.parse(BatchCSVReporter().render(result))
        let header = rows[0]
        for (row, item) in zip(rows.dropFirst(), result.items) {
            for (column, id) in header.enumerated().dropFirst(6) {
                let status = item.report?.rules.first { $0.rule.id == id }?.status.rawValue ?? ""
                #expect(row[column] == status)
            }
        }
        let carol = rows[3]
        #expect(carol[1] == "backup" && carol[header.firstIndex(of: "demo.rollback") ?? 0] == "")
    }

    @Test func hostileCellsRoundTripAndCannotRunAsFormulas() throws {
        let rows = Self.parse(BatchCSVReporter().render(result))
        #expect(rows[1][0] == BatchFixture.hostilePath)
        #expect(rows[5][5] == "'" + BatchFixture.errorMessage)
        for row in rows {
            for cell in row {
                guard let first = cell.unicodeScalars.first else { continue }
                #expect(!["=", "+", "-", "@", "\t", "\r"].contains(first), "cell starts with a formula trigger: \(cell)")
            }
        }
    }

    @Test func scoresHaveOneDecimalAndLinesEndInLF() {
        let text = BatchCSVReporter().render(result)
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
        let rows = Self.parse(text)
        #expect(rows[2][2] == "100.0")
        #expect(rows[5][2] == "")
    }

    @Test func emptyBatchIsJustTheHeader() {
        #expect(BatchCSVReporter().render(BatchResult(items: [], skipped: [], gates: .init())) == "file,scenario,score,band,result,error\n")
    }
}
