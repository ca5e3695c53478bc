import Testing

@testable import GradeKit

@Suite struct ReportFileNamesTests {
    @Test(arguments: [
        ("answers/migration/alice.md", "answers-migration-alice"),
        ("answers/Migration/Alice Smith.markdown", "answers-migration-alice-smith"),
        ("/abs/path/x.MD", "abs-path-x"),
        ("../up/./a.md", "up-a"),
        (".hidden.md", "hidden"),
        ("émoji 🚀/中文.md", "moji"),
        ("🚀.md", "answer"),
        ("-", "answer"),
        (#"answers/"><img src=x onerror=alert(1)>.md"#, "answers-img-src-x-onerror-alert-1"),
        ("a/notes.txt.md", "a-notes-txt"),
    ])
    func readableSafeStems(path: String, expected: String) {
        #expect(ReportFileNames.stem(of: path) == expected)
    }

    @Test func longPathsAreCut() {
        let stem = ReportFileNames.stem(of: String(repeating: "abcdefghi/", count: 20) + "x.md")
        #expect(stem.count <= 80 && !stem.hasSuffix("-"))
    }

    @Test func collisionsGetSuffixesInOrderAndIndexIsReserved() {
        let names = ReportFileNames.assign(["a/b.md", "a-b.md", "A/B.md", "a/b-2.md", "index.md", "INDEX.markdown", "c.md"])
        #expect(names == ["a-b.html", "a-b-2.html", "a-b-3.html", "a-b-2-2.html", "index-2.html", "index-3.html", "c.html"])
        #expect(Set(names).count == names.count && !names.contains(ReportFileNames.index))
    }

    @Test func sameInputSameNames() {
        let paths = (0..<50).map { "answers/\($0 % 7)/x.md" } + (0..<50).map { "answers-\($0 % 5)-x.md" }
        #expect(ReportFileNames.assign(paths) == ReportFileNames.assign(paths))
        #expect(Set(ReportFileNames.assign(paths)).count == paths.count)
    }
}
