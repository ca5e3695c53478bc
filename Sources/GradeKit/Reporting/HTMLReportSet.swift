/// The files of a report directory (`grade batch --report-dir DIR`): one HTML page per graded
/// answer, each linking back to the index, and `index.html` for the cohort.
///
/// The CLI only writes what this returns, so names, links and contents are decided here,
/// deterministically: the same batch gives the same files byte for byte.
public enum HTMLReportSet {
    /// A file to write: its name inside the directory and its contents.
    public struct File: Sendable, Equatable {
        /// The file name, without a directory (`answers-alice.html`, `index.html`).
        public var name: String
        /// The HTML document.
        public var contents: String
    }

    /// Every graded answer's page in path order, then `index.html`.
    public static func files(for result: BatchResult, explain: Bool = false) -> [File] {
        let graded = result.items.filter { $0.report != nil }
        let names = ReportFileNames.assign(graded.map(\.path))
        var pages: [String: String] = [:]
        var files: [File] = []
        let reporter = HTMLReporter(explain: explain, indexLink: ReportFileNames.index)
        for (item, name) in zip(graded, names) {
            guard let report = item.report else { continue }
            pages[item.path] = name
            files.append(File(name: name, contents: reporter.render(report)))
        }
        files.append(File(name: ReportFileNames.index, contents: HTMLIndexReporter().render(result, pages: pages)))
        return files
    }
}
