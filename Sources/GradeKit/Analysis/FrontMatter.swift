import Foundation

/// The simple `key: value` fields of a Markdown file's YAML front matter.
///
/// Only flat scalar fields are read (`scenario: migration`, `candidate: "Alice"`): that is all
/// `grade` needs, and a full YAML parser would be a dependency by another name.
public enum FrontMatter {
    /// The fields of the front matter at the top of `text`, lower-cased keys; empty when the
    /// text has none or it is not closed.
    public static func fields(_ text: String) -> [String: String] {
        // Most answers have none: don't split a whole answer into lines to find that out.
        guard text.utf8.starts(with: "---".utf8) else { return [:] }
        let lines = MarkdownReader.splitLines(text)
        let end = MarkdownReader.frontMatterEnd(lines)
        guard end > 0 else { return [:] }
        var fields: [String: String] = [:]
        for line in lines[1..<(end - 1)] {
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), !line.hasPrefix("#") else { continue }
            let key = line[..<colon].trimmingSpaces().lowercased()
            var value = line[line.index(after: colon)...].trimmingSpaces()
            if let hash = value.range(of: " #") { value = String(value[..<hash.lowerBound]).trimmingSpaces() }
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            if !key.isEmpty, fields[key] == nil { fields[key] = value }
        }
        return fields
    }
}
