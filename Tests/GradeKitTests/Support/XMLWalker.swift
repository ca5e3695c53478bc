import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses a document as XML and records every element with its attributes and parent, and
/// all text: a well-formedness check for the HTML reports and a way to see what markup an
/// answer could have smuggled in.
final class XMLWalker: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var parent: String?
    }

    private(set) var elements: [Element] = []
    private(set) var text = ""
    private(set) var error: String?
    private var stack: [String] = []

    /// Parses `document`; `error` is set when it is not well-formed.
    @discardableResult
    static func parse(_ document: String) -> XMLWalker {
        let walker = XMLWalker()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = walker
        if !parser.parse() {
            walker.error = "line \(parser.lineNumber), column \(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "unknown error")"
        }
        return walker
    }

    /// Elements named `name`.
    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(Element(name: elementName, attributes: attributes, parent: stack.last))
        stack.append(elementName)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }
}
