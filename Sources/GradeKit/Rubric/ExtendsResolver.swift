/// Turns the scenario documents of one rubric directory into complete rubrics, following
/// `extends` through the directory and then the layer below it.
///
/// A rubric extends the scenario as the directory sees it: the directory's own version of
/// that id when it has one, the layer below's otherwise. A rubric that extends its own id
/// builds on the layer below's version, which is how one file changes a built-in scenario.
/// A chain that comes back to where it started is an error at the `extends` that closes it.
struct ExtendsResolver {
    /// A scenario file of the directory and what it holds.
    struct Entry {
        var file: String
        var document: RubricDocument
    }

    /// The scenarios of the layer below, by id.
    let below: [String: Rubric]
    /// The directory's documents, by id (duplicates already reported).
    let entries: [String: Entry]
    /// Ids defined by files of the directory that have errors of their own, and those files.
    let broken: [String: String]
    private(set) var diagnostics: [RubricDiagnostic] = []
    private var resolved: [String: Rubric?] = [:]
    private var chain: [String] = []

    init(below: [String: Rubric], entries: [String: Entry], broken: [String: String]) {
        self.below = below
        self.entries = entries
        self.broken = broken
    }

    /// The complete rubric for `id` as the directory sees it; nil when it cannot be built
    /// (the reason is in ``diagnostics``, once, at the file that causes it).
    mutating func resolve(_ id: String) -> Rubric? {
        if let known = resolved[id] { return known }
        guard let entry = entries[id] else { return below[id] }
        let rubric: Rubric?
        switch entry.document {
        case .scenario(let complete):
            rubric = complete
        case .extending(let patch):
            chain.append(id)
            if let base = base(of: patch, file: entry.file) {
                var log = DiagnosticLog(file: entry.file)
                rubric = patch.apply(to: base, log: &log)
                diagnostics.append(contentsOf: log.diagnostics)
            } else {
                rubric = nil
            }
            chain.removeLast()
        }
        resolved[id] = .some(rubric)
        return rubric
    }

    private mutating func base(of patch: RubricExtension, file: String) -> Rubric? {
        let name = patch.base.value
        var log = DiagnosticLog(file: file)
        defer { diagnostics.append(contentsOf: log.diagnostics) }
        if name == patch.id.value {
            guard let base = below[name] else {
                log.error("'\(name)' extends itself, and there is no built-in scenario '\(name)' below it to extend", at: patch.base.location)
                return nil
            }
            return base
        }
        if let start = chain.firstIndex(of: name) {
            let cycle = (chain[start...] + [name]).joined(separator: " → ")
            log.error("extends cycle: \(cycle); a rubric cannot be built on itself", at: patch.base.location)
            return nil
        }
        if entries[name] != nil { return resolve(name) }
        if let other = broken[name] {
            log.error("extends '\(name)', which has errors in \(other)", at: patch.base.location)
            return nil
        }
        guard let base = below[name] else {
            let known = Set(below.keys).union(entries.keys).sorted().joined(separator: ", ")
            log.error("extends '\(name)', but there is no such scenario (known: \(known))", at: patch.base.location)
            return nil
        }
        return base
    }
}
