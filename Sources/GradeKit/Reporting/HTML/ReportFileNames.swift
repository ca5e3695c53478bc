/// File names for the pages of a report directory (`grade batch --report-dir`), derived from
/// the answers' paths: readable, safe on every file system, unique, and the same on every run.
///
/// `answers/migration/Alice Smith.md` becomes `answers-migration-alice-smith.html`: folders and
/// anything but ASCII letters and digits turn into single dashes, letters are lower-cased
/// (so two names differing only in case cannot overwrite each other on macOS or Windows), the
/// Markdown extension goes, a name is at most 80 characters, and a path with nothing usable
/// becomes `answer`. When two paths give the same name, or a name would be `index`, the later
/// one in path order gets `-2`, `-3` …: the batch lists answers in path order, so the same
/// answers always get the same names.
public enum ReportFileNames {
    /// The index page's name.
    public static let index = "index.html"

    /// One `.html` name per path, in the same order, all different from each other and from
    /// ``index``.
    public static func assign(_ paths: [String]) -> [String] {
        var taken: Set<String> = ["index"]
        return paths.map { path in
            let stem = stem(of: path)
            var name = stem
            var suffix = 2
            while taken.contains(name) {
                name = "\(stem)-\(suffix)"
                suffix += 1
            }
            taken.insert(name)
            return name + ".html"
        }
    }

    /// The readable part of a page's name, before any suffix.
    static func stem(of path: String) -> String {
        var base = Substring(path)
        for ext in [".markdown", ".md"] where base.lowercased().hasSuffix(ext) {
            base = base.dropLast(ext.count)
            break
        }
        var out = ""
        var pendingDash = false
        for scalar in base.unicodeScalars {
            let value = scalar.value
            let isDigit = (0x30...0x39).contains(value)
            let isUpper = (0x41...0x5A).contains(value)
            let isLower = (0x61...0x7A).contains(value)
            guard isDigit || isUpper || isLower else {
                pendingDash = true
                continue
            }
            if pendingDash && !out.isEmpty { out += "-" }
            pendingDash = false
            out.unicodeScalars.append(isUpper ? Unicode.Scalar(value + 0x20) ?? scalar : scalar)
        }
        if out.count > 80 {
            out = String(out.prefix(80))
            while out.hasSuffix("-") { out.removeLast() }
        }
        return out.isEmpty ? "answer" : out
    }
}
