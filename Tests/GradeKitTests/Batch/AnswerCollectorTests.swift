import Foundation
import Testing

@testable import GradeKit

@Suite struct AnswerCollectorTests {
    /// A temporary tree: `a/one.md`, `a/b/two.markdown`, `a/notes.txt`, `a/.git/x.md`, a link
    /// `a/b/loop -> ..`, a link `a/alias.md -> one.md`, and `c.md` at the top.
    static func makeTree() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("collector-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("a/.git"), withIntermediateDirectories: true)
        for (path, text) in [("a/one.md", "one"), ("a/b/two.markdown", "two"), ("a/notes.txt", "n"), ("a/.git/x.md", "x"), ("c.md", "c")] {
            try text.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("a/b/loop").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("a/alias.md").path, withDestinationPath: "one.md")
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("a/broken.md").path, withDestinationPath: "nowhere.md")
        return root
    }

    @Test func findsMarkdownRecursivelyInStableOrderAndExplainsTheRest() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let collection = AnswerCollector(currentDirectory: root.path).collect(["a", "c.md", "a/one.md", "missing.md"])
        #expect(collection.answers.map(\.display) == ["a/alias.md", "a/b/two.markdown", "c.md"])
        #expect(collection.missing.map(\.display) == ["missing.md"])
        let skipped = Dictionary(collection.skipped.map { ($0.path, $0.reason) }, uniquingKeysWith: { first, _ in first })
        #expect(collection.skipped.filter { $0.path == "a/one.md" }.count == 2, "reached by the walk and named again")
        #expect(skipped["a/notes.txt"] == "not a Markdown answer (*.md)")
        #expect(skipped["a/one.md"]?.hasPrefix("same file as a/alias.md") == true)
        #expect(skipped["a/b/loop"]?.contains("symbolic link loop") == true)
        #expect(skipped["a/broken.md"] == "broken symbolic link")
        #expect(skipped.keys.allSatisfy { !$0.contains(".git") })
    }

    @Test func emptyDirectoryFindsNothing() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let collection = AnswerCollector(currentDirectory: "/").collect([root.path])
        #expect(collection.answers.isEmpty && collection.skipped.isEmpty && collection.missing.isEmpty)
    }
}
