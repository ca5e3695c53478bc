/// The files of one rubric directory laid over a rubric set (the built-in one): scenarios
/// with a new id are added, scenarios with an existing id replace it, `extends` is
/// resolved, and a `general.json` or `synonyms.json` replaces the set's.
///
/// Every problem of every file is collected, so `grade lint` and the loader share one
/// reading of a directory; the loader reports the first error.
struct RubricOverlay {
    /// The combined set; nil when any file has an error.
    private(set) var set: RubricSet?
    /// Every problem found, grouped by file in the order the files were given, each file's
    /// in the order found.
    private(set) var diagnostics: [RubricDiagnostic] = []
    /// The decoded scenario document of each file that decoded.
    private(set) var documents: [String: RubricDocument] = [:]
    /// The complete rubric each scenario file resolved to.
    private(set) var resolved: [String: Rubric] = [:]

    init(files: [RubricFile], over base: RubricSet) {
        var general = base.general
        var synonyms = base.synonymGroups
        var entries: [String: ExtendsResolver.Entry] = [:]
        var broken: [String: String] = [:]
        var order: [String] = []
        var found: [RubricDiagnostic] = []
        for file in files {
            var log = DiagnosticLog(file: file.path)
            switch file.kind {
            case .general:
                if let rules = RubricDecoder.general(file.bytes, file: file.path, log: &log) { general = rules }
            case .synonyms:
                if let groups = RubricDecoder.synonyms(file.bytes, file: file.path, log: &log) { synonyms = groups }
            case .scenario:
                guard let document = RubricDecoder.document(file.bytes, file: file.path, log: &log) else {
                    if let id = Self.declaredID(file.bytes), broken[id] == nil { broken[id] = file.path }
                    break
                }
                documents[file.path] = document
                if let first = entries[document.id] {
                    log.error("scenario id '\(document.id)' is also defined in \(first.file)", at: Self.idLocation(file.bytes))
                    break
                }
                entries[document.id] = ExtendsResolver.Entry(file: file.path, document: document)
                order.append(document.id)
            }
            found += log.diagnostics
        }
        var resolver = ExtendsResolver(below: Dictionary(base.scenarios.map { ($0.id, $0) }) { first, _ in first }, entries: entries, broken: broken)
        var scenarios: [String: Rubric] = [:]
        for id in order {
            if let rubric = resolver.resolve(id), let file = entries[id]?.file {
                scenarios[id] = rubric
                resolved[file] = rubric
            }
        }
        found += resolver.diagnostics
        let rank = Dictionary(files.enumerated().map { ($0.element.path, $0.offset) }) { first, _ in first }
        diagnostics = found.enumerated().sorted { (rank[$0.element.file] ?? 0, $0.offset) < (rank[$1.element.file] ?? 0, $1.offset) }
            .map(\.element)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return }
        var sources = base.sources
        for id in order { sources[id] = entries[id]?.file }
        set = RubricSet(
            scenarios: base.scenarios.filter { scenarios[$0.id] == nil } + order.compactMap { scenarios[$0] },
            general: general, synonymGroups: synonyms, sources: sources)
    }

    /// The `id` a scenario file declares, read leniently from a file that has other errors.
    static func declaredID(_ bytes: [UInt8]) -> String? {
        (try? JSONParser.parse(bytes))?.member("id")?.value.stringValue
    }

    static func idLocation(_ bytes: [UInt8]) -> SourceLocation? {
        (try? JSONParser.parse(bytes))?.member("id")?.value.location
    }
}
