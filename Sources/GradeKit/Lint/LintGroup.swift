import Foundation

/// The paths of one directory a lint run names: the whole directory, or some of its files.
struct LintGroup {
    var directory: String
    var display: String
    var wholeDirectory = false
    var named: [String] = []

    /// The directory's rubric files (plus any named file the listing skips), the paths to
    /// report on, and problems reading them.
    func files() -> ([RubricFile], Set<String>, [RubricDiagnostic]) {
        var problems: [RubricDiagnostic] = []
        var files: [RubricFile]
        do {
            files = try RubricFile.directory(directory, display: display)
        } catch {
            files = []
            if wholeDirectory { problems.append(RubricDiagnostic(error)) }
        }
        var reported = wholeDirectory ? Set(files.map(\.path)) : []
        for name in named {
            let shown = (display as NSString).appendingPathComponent(name)
            if files.contains(where: { $0.path == shown }) {
                reported.insert(shown)
                continue
            }
            // A schema named among rubrics (a shell glob) is skipped, as the loader skips it.
            guard let kind = RubricFile.kind(ofFileNamed: name) else { continue }
            do {
                let bytes = try RubricFile.read((directory as NSString).appendingPathComponent(name), display: shown)
                files.append(RubricFile(path: shown, bytes: bytes, kind: kind))
                reported.insert(shown)
            } catch {
                problems.append(RubricDiagnostic(error))
            }
        }
        return (files, reported, problems)
    }
}
