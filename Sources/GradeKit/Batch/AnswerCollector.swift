import Foundation

/// Finds the answers a batch names: files as given, directories searched recursively for
/// `*.md` and `*.markdown`, in a stable order whatever the file system returns.
///
/// Nothing is graded twice and nothing loops: a file named twice (or reached through a link)
/// is graded once, a directory reached again through a symbolic link is skipped, hidden
/// directories (`.git`) are not searched, and other files are skipped and counted.
public struct AnswerCollector: Sendable {
    /// What collection found.
    public struct Collection: Sendable, Equatable {
        /// Answer files to grade: the path to show and the path to read.
        public var answers: [(display: String, path: String)]
        /// Paths passed over, with the reason.
        public var skipped: [BatchResult.Skipped]
        /// Paths that could not be read at all, with the reason.
        public var missing: [(display: String, reason: String)]

        public static func == (lhs: Collection, rhs: Collection) -> Bool {
            lhs.answers.map(\.display) == rhs.answers.map(\.display) && lhs.skipped == rhs.skipped
                && lhs.missing.map(\.display) == rhs.missing.map(\.display)
        }
    }

    /// File name endings taken as Markdown answers.
    public static let extensions: Set<String> = ["md", "markdown"]

    /// The directory relative paths are resolved against.
    public var currentDirectory: String

    /// Creates a collector resolving relative paths against `currentDirectory`.
    public init(currentDirectory: String) {
        self.currentDirectory = currentDirectory
    }

    /// Collects the answers under `paths`.
    public func collect(_ paths: [String]) -> Collection {
        var state = State()
        for display in paths {
            let path = display.hasPrefix("/") ? display : (currentDirectory as NSString).appendingPathComponent(display)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                state.missing.append((display, "\(display): no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                state.walk(directory: path, display: display)
            } else {
                state.add(file: path, display: display, explicit: true)
            }
        }
        let answers = state.answers.sorted { $0.display < $1.display }
        let skipped = state.skipped.sorted { ($0.path, $0.reason) < ($1.path, $1.reason) }
        return Collection(answers: answers, skipped: skipped, missing: state.missing)
    }

    /// The path with every symbolic link and `..` resolved (`realpath`), so one file or
    /// folder reached two ways is recognised.
    static func canonical(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private struct State {
        var answers: [(display: String, path: String)] = []
        var skipped: [BatchResult.Skipped] = []
        var missing: [(display: String, reason: String)] = []
        var seenFiles: [String: String] = [:]
        var seenDirectories: Set<String> = []

        mutating func add(file path: String, display: String, explicit: Bool) {
            let ext = (path as NSString).pathExtension.lowercased()
            guard AnswerCollector.extensions.contains(ext) else {
                skipped.append(.init(path: display, reason: "not a Markdown answer (*.md)"))
                return
            }
            let real = AnswerCollector.canonical(path)
            if let first = seenFiles[real] {
                let reason = first == display ? "named more than once; graded once" : "same file as \(first); graded once"
                skipped.append(.init(path: display, reason: reason))
                return
            }
            seenFiles[real] = display
            answers.append((display, path))
        }

        mutating func walk(directory path: String, display: String) {
            let real = AnswerCollector.canonical(path)
            guard seenDirectories.insert(real).inserted else {
                skipped.append(.init(path: display, reason: "directory already searched (a symbolic link loop?)"))
                return
            }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                missing.append((display, "\(display): cannot list directory"))
                return
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = (path as NSString).appendingPathComponent(name)
                let childDisplay = display == "." ? name : display.hasSuffix("/") ? display + name : display + "/" + name
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory) else {
                    skipped.append(.init(path: childDisplay, reason: "broken symbolic link"))
                    continue
                }
                if isDirectory.boolValue {
                    walk(directory: child, display: childDisplay)
                } else {
                    add(file: child, display: childDisplay, explicit: false)
                }
            }
        }
    }
}
