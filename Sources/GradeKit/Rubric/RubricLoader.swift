/// Loads rubric sets: the built-in one carried inside the binary, and a directory's rubrics
/// laid over it.
public enum RubricLoader {
    /// The built-in scenario ids, in scenario order.
    public static let builtinIDs = ["outage", "scale", "migration", "security", "cost", "platform", "dr", "leadership"]

    /// What ``RubricSet/sources`` says for a built-in scenario.
    public static let builtinSource = "built-in"

    /// The rubrics compiled into this binary from the repository's `Rubrics/` folder.
    public static func builtin() throws(RubricError) -> RubricSet {
        let files = builtinFiles
        var scenarios: [Rubric] = []
        for file in files where file.kind == .scenario {
            scenarios.append(try RubricDecoder.scenario(file.bytes, file: file.path))
        }
        return RubricSet(
            scenarios: scenarios,
            general: try RubricDecoder.general(PackageResources.general_json, file: "Rubrics/general.json"),
            synonymGroups: try RubricDecoder.synonyms(PackageResources.synonyms_json, file: "Rubrics/synonyms.json"),
            sources: Dictionary(uniqueKeysWithValues: scenarios.map { ($0.id, builtinSource) }))
    }

    /// The built-in rubric files as the repository names them (`Rubrics/outage.json` …).
    static var builtinFiles: [RubricFile] {
        let scenarios: [(String, [UInt8])] = [
            ("outage", PackageResources.outage_json), ("scale", PackageResources.scale_json),
            ("migration", PackageResources.migration_json), ("security", PackageResources.security_json),
            ("cost", PackageResources.cost_json), ("platform", PackageResources.platform_json),
            ("dr", PackageResources.dr_json), ("leadership", PackageResources.leadership_json),
        ]
        return [
            RubricFile(path: "Rubrics/general.json", bytes: PackageResources.general_json, kind: .general),
            RubricFile(path: "Rubrics/synonyms.json", bytes: PackageResources.synonyms_json, kind: .synonyms),
        ] + scenarios.map { RubricFile(path: "Rubrics/\($0.0).json", bytes: $0.1, kind: .scenario) }
    }

    /// The JSON Schemas of the rubric format, by their path relative to `Rubrics/`
    /// (`schema/rubric.schema.json` …), the path every built-in rubric's `$schema` names.
    public static let schemaFiles: [(path: String, bytes: [UInt8])] = [
        ("schema/rubric.schema.json", PackageResources.rubric_schema_json),
        ("schema/general.schema.json", PackageResources.general_schema_json),
        ("schema/synonyms.schema.json", PackageResources.synonyms_schema_json),
    ]

    /// The built-in set with the rubrics of `directory` laid over it: a scenario with a new id
    /// is added, one with a built-in id replaces it, and a rubric may extend another
    /// (`"extends"`). A `general.json` or `synonyms.json` there replaces the built-in one.
    /// `display` is how messages name the directory (the path as the user typed it).
    public static func load(directory: String, display: String? = nil) throws(RubricError) -> RubricSet {
        let files = try RubricFile.directory(directory, display: display ?? directory)
        guard !files.isEmpty else {
            throw RubricError(file: display ?? directory, location: nil, message: "no rubrics (*.json) in this directory")
        }
        let overlay = RubricOverlay(files: files, over: try builtin())
        if let first = overlay.diagnostics.first(where: { $0.severity == .error }) { throw first.error }
        guard let set = overlay.set else {
            throw RubricError(file: display ?? directory, location: nil, message: "cannot load the rubrics")
        }
        return set
    }
}
