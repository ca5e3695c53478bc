import Foundation

/// Loads rubric sets: the built-in one carried inside the binary, or one from a directory.
public enum RubricLoader {
    /// The built-in scenario ids, in scenario order.
    public static let builtinIDs = ["outage", "scale", "migration", "security", "cost", "platform", "dr", "leadership"]

    /// The rubrics compiled into this binary from the repository's `Rubrics/` folder.
    public static func builtin() throws(RubricError) -> RubricSet {
        let files: [(String, [UInt8])] = [
            ("outage", PackageResources.outage_json), ("scale", PackageResources.scale_json),
            ("migration", PackageResources.migration_json), ("security", PackageResources.security_json),
            ("cost", PackageResources.cost_json), ("platform", PackageResources.platform_json),
            ("dr", PackageResources.dr_json), ("leadership", PackageResources.leadership_json),
        ]
        var scenarios: [Rubric] = []
        for (name, bytes) in files {
            scenarios.append(try RubricDecoder.scenario(bytes, file: "Rubrics/\(name).json"))
        }
        return RubricSet(
            scenarios: scenarios,
            general: try RubricDecoder.general(PackageResources.general_json, file: "Rubrics/general.json"),
            synonymGroups: try RubricDecoder.synonyms(PackageResources.synonyms_json, file: "Rubrics/synonyms.json"))
    }

    /// Loads every `*.json` scenario rubric in `directory`. `general.json` and `synonyms.json`
    /// there replace the built-in ones; when absent, the built-in ones are used.
    public static func load(directory: String) throws(RubricError) -> RubricSet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RubricError(file: directory, location: nil, message: "no such rubric directory")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw RubricError(file: directory, location: nil, message: "cannot list rubric directory")
        }
        let builtin = try builtin()
        var scenarios: [Rubric] = []
        var general = builtin.general
        var synonyms = builtin.synonymGroups
        var seen: [String: String] = [:]
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            let bytes = try read(path)
            switch name {
            case "general.json": general = try RubricDecoder.general(bytes, file: path)
            case "synonyms.json": synonyms = try RubricDecoder.synonyms(bytes, file: path)
            case "schema.json", "rubric.schema.json": continue
            default:
                let rubric = try RubricDecoder.scenario(bytes, file: path)
                if let other = seen[rubric.id] {
                    throw RubricError(file: path, location: nil, message: "scenario id '\(rubric.id)' is also defined in \(other)")
                }
                seen[rubric.id] = path
                scenarios.append(rubric)
            }
        }
        guard !scenarios.isEmpty else {
            throw RubricError(file: directory, location: nil, message: "no scenario rubrics (*.json) in this directory")
        }
        return RubricSet(scenarios: scenarios, general: general, synonymGroups: synonyms)
    }

    private static func read(_ path: String) throws(RubricError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RubricError(file: path, location: nil, message: "cannot read file")
        }
        return [UInt8](data)
    }
}
