import Testing

@testable import GradeKit

@Suite struct BatchMarkdownReporterTests {
    let result = BatchFixture.result

    /// The characters of `line` not escaped by a backslash.
    static func unescaped(_ line: Substring) -> [Character] {
        var out: [Character] = []
        var escaped = false
        for character in line {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }

    @Test func tablesKeepTheirShapeWhateverTheCellsHold() {
        let lines = BatchMarkdownReporter().render(result).split(separator: "\n", omittingEmptySubsequences: false)
        var columns: Int?
        var rows = 0
        for line in lines {
            guard line.hasPrefix("|") else {
                columns = nil
                continue
            }
            let pipes = Self.unescaped(line).filter { $0 == "|" }.count
            if let columns {
                #expect(pipes == columns, "row with a different number of cells: \(line)")
            } else {
                columns = pipes
            }
            rows += 1
        }
        // answers 1+1+5, failed 1+1+2, errors 1+1+1, skipped 1+1+2, distribution 1+1+10
        #expect(rows == 7 + 4 + 3 + 4 + 12)
    }

    @Test func hostileTextCannotBecomeMarkup() {
        let text = BatchMarkdownReporter().render(result)
        for line in text.split(separator: "\n") where line.hasPrefix("|") {
            let bare = Self.unescaped(line)
            for special: Character in ["<", ">", "[", "]", "`", "*", "_", "&", "$", "~"] {
                #expect(!bare.contains(special), "unescaped \(special) in \(line)")
            }
        }
        #expect(text.contains(#"answers/"\>\<img src=x onerror=alert(1)\>\|pipes\|.md"#))
        #expect(text.contains(#"\<script\>alert(1)\</script\>"#))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func totalsAndSections() {
        let text = BatchMarkdownReporter().render(result)
        #expect(text.hasPrefix("## grade: batch results\n\n**5 answers** · passed 2 · failed 2 · errors 1 · skipped 2 · "))
        #expect(text.contains("gates: fail under 60, min pass rate 75% (not met)"))
        for heading in ["### Failed (2)", "### Errors (1)", "### Skipped (2)", "### Score distribution"] {
            #expect(text.contains("\n" + heading + "\n"))
        }
    }

    @Test func emptyBatch() {
        let text = BatchMarkdownReporter().render(BatchResult(items: [], skipped: [], gates: .init()))
        #expect(text.contains("No answers were graded."))
        #expect(!text.contains("###"))
        #expect(text.contains("**0 answers**") && text.contains("gates: none"))
    }
}
