import Foundation

/// Checks rubric files and reports every problem with its file, line and column.
///
/// Errors are what the loader refuses (invalid JSON, unknown or missing keys, bad weights,
/// duplicate ids and titles, broken `extends` …) and what would load but can never work (a
/// concept that analyses to nothing, colliding synonyms, the same concept twice in a rule).
/// Warnings are what probably is not meant: a rule with few concepts, a concept shared by
/// two rules, a file whose name is not its id, a number two scenarios share.
///
/// Files are checked the way the loader reads them: a directory's files are laid over the
/// built-in set, so `extends` resolves as it would when grading with `--rubrics`. A file named
/// on its own is read with the other rubrics of its directory, which are not themselves
/// reported on.
public struct RubricLinter: Sendable {
    /// A rule with fewer concepts than this is hard to match in plain words.
    public static let minimumConcepts = 5

    /// Creates a linter.
    public init() {}

    /// Checks the built-in rubrics (`Rubrics/` as embedded in this binary).
    public func lintBuiltin() -> LintResult {
        let files = RubricLoader.builtinFiles
        let empty = RubricSet(scenarios: [], general: [], synonymGroups: [])
        let diagnostics = lint(files, reported: Set(files.map(\.path)), over: empty, builtinSynonyms: [])
        return LintResult(files: files.map(\.path), diagnostics: diagnostics)
    }

    /// Checks the rubric files and directories in `paths`, as typed (relative paths are
    /// resolved against `currentDirectory`, and messages use them as typed).
    public func lint(paths: [String], currentDirectory: String) -> LintResult {
        var groups: [LintGroup] = []
        var problems: [RubricDiagnostic] = []
        var order: [String] = []
        for path in paths {
            let full = path.hasPrefix("/") ? path : (currentDirectory as NSString).appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else {
                problems.append(Self.fileProblem(path, "no such file or directory"))
                order.append(path)
                continue
            }
            let directory = isDirectory.boolValue ? full : (full as NSString).deletingLastPathComponent
            let display = isDirectory.boolValue ? path : (path as NSString).deletingLastPathComponent
            var group = groups.first { $0.directory == directory } ?? LintGroup(directory: directory, display: display)
            if isDirectory.boolValue {
                group.wholeDirectory = true
            } else {
                group.named.append((full as NSString).lastPathComponent)
            }
            if let index = groups.firstIndex(where: { $0.directory == directory }) {
                groups[index] = group
            } else {
                groups.append(group)
            }
        }
        let builtin: RubricSet
        do {
            builtin = try RubricLoader.builtin()
        } catch {
            return LintResult(files: order, diagnostics: problems + [RubricDiagnostic(error)])
        }
        for group in groups {
            let (files, reported, found) = group.files()
            problems += found
            order += files.map(\.path).filter { reported.contains($0) }
            if group.wholeDirectory && files.isEmpty && found.isEmpty {
                problems.append(Self.fileProblem(group.display.isEmpty ? "." : group.display, "no rubrics (*.json) in this directory"))
            }
            problems += lint(files, reported: reported, over: builtin, builtinSynonyms: builtin.synonymGroups)
        }
        return LintResult(files: order, diagnostics: problems)
    }

    /// Every problem of the `reported` files among `files`, which are laid over `base`.
    func lint(_ files: [RubricFile], reported: Set<String>, over base: RubricSet, builtinSynonyms: [[String]]) -> [RubricDiagnostic] {
        let overlay = RubricOverlay(files: files, over: base)
        var diagnostics = overlay.diagnostics.filter { reported.contains($0.file) }
        let synonymFile = files.first { $0.kind == .synonyms }
        let groups = synonymFile.flatMap { try? RubricDecoder.synonyms($0.bytes, file: $0.path) } ?? builtinSynonyms
        let checker = PhraseChecker(synonymGroups: groups)
        for file in files where reported.contains(file.path) {
            guard let root = try? JSONParser.parse(file.bytes) else { continue }
            switch file.kind {
            case .synonyms:
                diagnostics += SynonymChecker().check(root, file: file.path)
            case .general:
                diagnostics += checker.check(root, file: file.path, merged: nil)
            case .scenario:
                diagnostics += checker.check(root, file: file.path, merged: overlay.resolved[file.path])
                diagnostics += Self.placement(root, file: file, set: overlay.set)
            }
        }
        return diagnostics
    }

    /// Where a scenario file sits in its set: its name and its number.
    static func placement(_ root: JSONNode, file: RubricFile, set: RubricSet?) -> [RubricDiagnostic] {
        guard let id = root.member("id")?.value, let name = id.stringValue else { return [] }
        var found: [RubricDiagnostic] = []
        let fileName = (file.path as NSString).lastPathComponent
        if fileName != "\(name).json" {
            found.append(
                RubricDiagnostic(
                    .warning, file: file.path, location: id.location,
                    message: "the file is named '\(fileName)' but defines scenario '\(name)'; name it '\(name).json' so the id is easy to find"))
        }
        if let set, let rubric = set.scenarios.first(where: { $0.id == name }) {
            let others = set.scenarios.filter { $0.number == rubric.number && $0.id != name }.map(\.id)
            if !others.isEmpty {
                let location = root.member("number")?.value.location ?? root.member("extends")?.value.location ?? id.location
                found.append(
                    RubricDiagnostic(
                        .warning, file: file.path, location: location,
                        message: "scenario number \(rubric.number) is also used by \(others.joined(separator: ", ")), so '-s \(rubric.number)' cannot choose; give it a number of its own"))
            }
        }
        return found
    }

    static func fileProblem(_ path: String, _ message: String) -> RubricDiagnostic {
        RubricDiagnostic(.error, file: path, location: SourceLocation(line: 1, column: 1), message: message)
    }
}
