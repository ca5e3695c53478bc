import Foundation

/// One file of a rubric set, read into memory and classified by its name.
struct RubricFile: Sendable, Equatable {
    /// What a file in a rubric directory holds.
    enum Kind: Sendable, Equatable {
        /// A scenario rubric, complete or extending another (any other `*.json`).
        case scenario
        /// `general.json`: the rules every scenario shares.
        case general
        /// `synonyms.json`: the synonym groups.
        case synonyms
    }

    /// The path as the user named it (or `Rubrics/<name>.json` for the built-in set).
    var path: String
    var bytes: [UInt8]
    var kind: Kind

    /// The kind of a rubric file named `name`, or nil for a file a rubric directory may
    /// hold that is not a rubric: a JSON Schema (`*.schema.json`, `schema.json`).
    static func kind(ofFileNamed name: String) -> Kind? {
        if name == "schema.json" || name.hasSuffix(".schema.json") { return nil }
        switch name {
        case "general.json": return .general
        case "synonyms.json": return .synonyms
        default: return .scenario
        }
    }

    /// The rubric files (`*.json`, schemas skipped) directly inside `directory`, sorted by
    /// name; `display` is how messages name the directory.
    static func directory(_ directory: String, display: String) throws(RubricError) -> [RubricFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RubricError(file: display, location: nil, message: "no such rubric directory")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw RubricError(file: display, location: nil, message: "cannot list rubric directory")
        }
        var files: [RubricFile] = []
        for name in names {
            guard let kind = kind(ofFileNamed: name) else { continue }
            let path = (directory as NSString).appendingPathComponent(name)
            let shown = (display as NSString).appendingPathComponent(name)
            files.append(RubricFile(path: shown, bytes: try read(path, display: shown), kind: kind))
        }
        return files
    }

    /// The bytes of the file at `path`.
    static func read(_ path: String, display: String) throws(RubricError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw RubricError(file: display, location: nil, message: "no such file")
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw RubricError(file: display, location: nil, message: isDirectory.boolValue ? "is a directory" : "cannot read file")
        }
        return [UInt8](data)
    }
}
