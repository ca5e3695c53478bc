import Foundation

/// Walks the lines of a scenario document, collecting each scenario's situation and list
/// items, and reporting every heading, list and line it does not understand.
struct ImportReader {
    /// One scenario as read, before it becomes a rubric.
    struct Draft {
        var number: Int?
        var title: String
        var line: Int
        var situationLines: [String] = []
        var hasSituation = false
        var hasTasks = false
        var items: [(section: String, text: String, line: Int)] = []

        /// The situation's lines as written, blank lines at either end removed.
        var situation: String {
            var lines = situationLines
            while lines.first?.allSatisfy(\.isWhitespace) == true { lines.removeFirst() }
            while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
            return lines.joined(separator: "\n")
        }
    }

    /// Where the reader is.
    private enum Section {
        /// Before the first `##` heading: the document's title and introduction.
        case preamble
        /// In a scenario, before its first `###`.
        case scenarioTop
        case situation
        /// A list section of a scenario: `Your Task` or an approach list, by heading.
        case list(String)
        /// Under a heading the importer does not understand, with the reason its lists are
        /// not imported.
        case unknown(heading: String, reason: String)
    }

    static let tasksSection = "Your Task"

    let file: String
    private(set) var drafts: [Draft] = []
    private(set) var diagnostics: [RubricDiagnostic] = []
    private var section = Section.preamble
    private var sectionItems = 0
    private var sectionHeading: (text: String, line: Int)?
    /// A run of list items that will not be imported: where it starts, how many, and why.
    private var stray: (line: Int, count: Int, why: String)?
    private var reportedText = false
    /// Whether the last `#` or `##` heading started a scenario (a `####` inside one does not end it).
    private var inScenario = false

    init(file: String) {
        self.file = file
    }

    mutating func take(_ line: MarkdownLine) {
        switch line.kind {
        case .heading(let level, let text):
            closeSection()
            heading(level: level, text: text, line: line.number)
        case .item(let indent, let text):
            item(indent: indent, text: text, line: line)
        case .text, .code:
            flushStray()
            content(line)
        case .blank:
            if case .situation = section { drafts[drafts.count - 1].situationLines.append("") }
        case .furniture:
            break
        }
    }

    mutating func finish() {
        closeSection()
    }

    // MARK: Headings

    private mutating func heading(level: Int, text: String, line: Int) {
        reportedText = false
        switch level {
        case 1:
            inScenario = false
            if drafts.isEmpty {
                section = .preamble
            } else {
                warn("'# \(text)' is not a scenario heading (expected '## Scenario N: Title'); nothing under it is imported", line)
                section = .unknown(heading: "# \(text)", reason: "it is not a scenario")
            }
        case 2:
            if let (number, title) = Self.scenarioHeading(text) {
                drafts.append(Draft(number: number, title: title, line: line))
                section = .scenarioTop
                inScenario = true
            } else {
                inScenario = false
                warn("'## \(text)' is not a scenario heading (expected '## Scenario N: Title'); nothing under it is imported", line)
                section = .unknown(heading: "## \(text)", reason: "it is not a scenario")
            }
        case 3:
            if inScenario {
                scenarioSection(text, line: line)
                return
            }
            switch section {
            case .preamble:
                warn("'### \(text)' comes before any scenario ('## Scenario N: Title'); nothing under it is imported", line)
                section = .unknown(heading: "### \(text)", reason: "it comes before any scenario")
            case .unknown(let parent, let reason):
                let outer = parent.hasPrefix("###") ? reason : "'\(parent)' is not a scenario"
                section = .unknown(heading: "### \(text)", reason: outer)
            case .scenarioTop, .situation, .list:
                scenarioSection(text, line: line)
            }
        default:
            if case .preamble = section { return }
            if case .unknown = section { return }
            let marks = String(repeating: "#", count: level)
            warn("'\(marks) \(text)' is not understood inside a scenario (its lists belong under ### headings); nothing under it is imported", line)
            section = .unknown(heading: "\(marks) \(text)", reason: "a scenario's lists go under ### headings")
        }
    }

    private mutating func scenarioSection(_ text: String, line: Int) {
        let name = text.lowercased().trimmingCharacters(in: [":"])
        let index = drafts.count - 1
        if name == "the situation" || name == "situation" {
            drafts[index].hasSituation = true
            section = .situation
        } else if name == "your task" || name == "your tasks" || name == "tasks" {
            drafts[index].hasTasks = true
            section = .list(Self.tasksSection)
        } else {
            section = .list(text)
        }
        sectionItems = 0
        sectionHeading = (text, line)
    }

    /// `Scenario 3: Migration Project` → (3, "Migration Project"); also `Scenario: Title` and
    /// the separators `.`, `-`, `–`, `—`.
    static func scenarioHeading(_ text: String) -> (Int?, String)? {
        guard text.lowercased().hasPrefix("scenario") else { return nil }
        var rest = Substring(text.dropFirst("scenario".count)).drop { $0 == " " }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        rest = rest.dropFirst(digits.count).drop { $0 == " " }
        guard let separator = rest.first, ":.-\u{2013}\u{2014}".contains(separator) else { return nil }
        let title = rest.dropFirst().trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { return nil }
        return (Int(digits), title)
    }

    // MARK: Content

    private mutating func item(indent: Int, text: String, line: MarkdownLine) {
        switch section {
        case .situation:
            drafts[drafts.count - 1].situationLines += [line.raw] + line.continuation
            return
        case .list(let name):
            if indent >= 2 {
                flushStray()
                warn("nested item '\(text)' under '### \(name)' is not imported: each rule is one top-level item", line.number)
                return
            }
            flushStray()
            drafts[drafts.count - 1].items.append((name, text, line.number))
            sectionItems += 1
        case .preamble:
            addStray(line.number, why: "before the first scenario")
        case .scenarioTop:
            addStray(line.number, why: "in scenario '\(drafts[drafts.count - 1].title)' outside any ### section")
        case .unknown(let heading, let reason):
            addStray(line.number, why: "under '\(heading)' (\(reason))")
        }
    }

    private mutating func content(_ line: MarkdownLine) {
        switch section {
        case .situation:
            drafts[drafts.count - 1].situationLines.append(line.raw)
        case .list(let name):
            if !reportedText {
                let what = line.kind == .code ? "code" : "text"
                warn("\(what) under '### \(name)' is not a list item; it is not imported", line.number)
                reportedText = true
            }
        case .scenarioTop:
            if !reportedText {
                warn("text in scenario '\(drafts[drafts.count - 1].title)' before its first ### section is not imported", line.number)
                reportedText = true
            }
        case .preamble, .unknown:
            // Introductions and the prose of other sections: the headings are reported.
            break
        }
    }

    private mutating func addStray(_ line: Int, why: String) {
        if stray == nil { stray = (line, 0, why) }
        stray?.count += 1
    }

    private mutating func flushStray() {
        guard let (line, count, why) = stray else { return }
        warn("\(count) list item\(count == 1 ? "" : "s") \(why) \(count == 1 ? "is" : "are") not imported", line)
        stray = nil
    }

    private mutating func closeSection() {
        flushStray()
        if case .list(let name) = section, sectionItems == 0, let heading = sectionHeading {
            warn("'### \(name)' has no list items, so it adds no rules", heading.line)
        }
        sectionHeading = nil
        sectionItems = 0
    }

    private mutating func warn(_ message: String, _ line: Int) {
        diagnostics.append(RubricDiagnostic(.warning, file: file, location: SourceLocation(line: line, column: 1), message: message))
    }
}
