import Foundation
import Testing

@testable import GradeKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a JUnit document back with Foundation's XML parser: elements with their attributes
/// and text, in document order.
final class JUnitTree: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
        var parent: Int?
    }

    var elements: [Element] = []
    private var open: [Int] = []

    static func parse(_ xml: String) throws -> JUnitTree {
        let tree = JUnitTree()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = tree
        guard parser.parse() else {
            throw parser.parserError ?? CocoaError(.coderReadCorrupt)
        }
        return tree
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(Element(name: elementName, attributes: attributes, parent: open.last))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = open.last { elements[current].text += string }
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    func children(of index: Int, named name: String) -> [Element] {
        elements.filter { $0.parent == index && $0.name == name }
    }

    func index(of name: String, where match: (Element) -> Bool) -> Int? {
        elements.firstIndex { $0.name == name && match($0) }
    }
}

@Suite struct JUnitReporterTests {
    let result = BatchFixture.result

    @Test func parsesBackWithTheRightCounts() throws {
        let xml = JUnitReporter().render(result)
        #expect(xml.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"))
        let tree = try JUnitTree.parse(xml)

        let root = try #require(tree.elements.first)
        #expect(root.name == "testsuites")
        #expect(root.attributes["name"] == "grade")
        #expect(root.attributes["tests"] == "5")
        #expect(root.attributes["failures"] == "2")
        #expect(root.attributes["errors"] == "1")

        #expect(tree.all("testsuite").map { $0.attributes["name"] ?? "" } == ["backup", "demo", "errors"])
        #expect(tree.all("testcase").count == 5)
        #expect(tree.all("failure").count == 2)
        #expect(tree.all("error").count == 1)

        // Each suite's own counts match its test cases.
        for (index, suite) in tree.elements.enumerated() where suite.name == "testsuite" {
            let cases = tree.children(of: index, named: "testcase")
            #expect(suite.attributes["tests"] == String(cases.count))
            let caseIndices = tree.elements.indices.filter { tree.elements[$0].parent == index && tree.elements[$0].name == "testcase" }
            let failures = caseIndices.flatMap { tree.children(of: $0, named: "failure") }.count
            let errors = caseIndices.flatMap { tree.children(of: $0, named: "error") }.count
            #expect(suite.attributes["failures"] == String(failures))
            #expect(suite.attributes["errors"] == String(errors))
        }
    }

    @Test func testCasesCarryNamesPropertiesAndHostileTextIntact() throws {
        let tree = try JUnitTree.parse(JUnitReporter().render(result))
        let cases = tree.all("testcase")
        #expect(Set(cases.map { $0.attributes["name"] ?? "" }) == Set(result.items.map(\.path)))
        #expect(cases.contains { $0.attributes["name"] == BatchFixture.hostilePath && $0.attributes["classname"] == "grade.demo" })
        #expect(cases.contains { $0.attributes["name"] == "answers/broken.md" && $0.attributes["classname"] == "grade.errors" })

        let alice = try #require(tree.index(of: "testcase") { $0.attributes["name"] == "answers/alice.md" })
        let aliceProperties = tree.elements.indices.filter { tree.elements[$0].parent == alice }.flatMap { tree.children(of: $0, named: "property") }
        #expect(aliceProperties.map { $0.attributes["name"] ?? "" } == ["score", "band"])
        #expect(aliceProperties.map { $0.attributes["value"] ?? "" } == ["100.0", "Strong"])
        #expect(tree.children(of: alice, named: "failure").isEmpty)

        // The error message survives, line break included, minus what XML cannot carry.
        let expected = String(String.UnicodeScalarView(BatchFixture.errorMessage.unicodeScalars.filter(XMLEscaping.isAllowed)))
        let error = try #require(tree.all("error").first)
        #expect(error.attributes["message"] == expected)
        #expect(error.attributes["type"] == "grade")
        #expect(error.text == expected)

        let failure = try #require(tree.all("failure").first)
        #expect(failure.attributes["message"]?.hasPrefix("score 52.5 below 60; missing: Database read replicas") == true)
        #expect(failure.text.contains("Show technical depth [mentioned]: Name mechanisms and tools."))
        #expect(failure.text.contains(#"<script>alert(1)</script> "><img src=x onerror=alert(1)>"#))
    }

    @Test func emptyBatchIsStillValid() throws {
        let tree = try JUnitTree.parse(JUnitReporter().render(BatchResult(items: [], skipped: [], gates: .init())))
        #expect(tree.elements.map(\.name) == ["testsuites"])
        #expect(tree.elements.first?.attributes["tests"] == "0")
    }

    @Test func anyTextGivesValidXML() throws {
        // Every ASCII character and a few awkward scalars in a path and an error message.
        let awkward = String(String.UnicodeScalarView((0..<128).compactMap(Unicode.Scalar.init))) + "\u{FFFE}\u{FFFF}\u{10FFFF}]]>"
        let batch = BatchResult(
            items: [BatchItem(path: awkward, outcome: .failed(awkward), passed: false, failureReasons: [awkward])],
            skipped: [], gates: .init())
        let tree = try JUnitTree.parse(JUnitReporter().render(batch))
        #expect(tree.all("error").count == 1)
        #expect(tree.all("testcase").first?.attributes["name"]?.hasSuffix("~\u{7F}\u{10FFFF}]]>") == true)
    }
}
