/// Checks a synonym file's groups, every problem at the entry that causes it:
///
/// - an entry with no letters or digits, or only stop words, never matches (and when it is a
///   group's first entry the analyser drops the whole group);
/// - the same spelling twice in one group;
/// - the same spelling in two groups, or two spellings that analyse to the same words in two
///   groups (``SynonymMap/conflicts``): a word can stand for one thing only, and two groups
///   that share a member would have to be one group (the chain `a = b = c` loops back);
/// - two groups whose first entries read the same are one group written twice.
struct SynonymChecker {
    private struct Entry {
        var text: String
        var location: SourceLocation
        var group: Int
    }

    func check(_ root: JSONNode, file: String) -> [RubricDiagnostic] {
        var found: [RubricDiagnostic] = []
        var groups: [[Entry]] = []
        for (index, node) in (root.member("groups")?.value.elements ?? []).enumerated() {
            groups.append((node.elements ?? []).compactMap { item in
                item.stringValue.map { Entry(text: $0, location: item.location, group: index) }
            })
        }
        let base = Analyzer()
        var spelled: [String: Entry] = [:]
        var canonical: [String: Entry] = [:]
        var usable: [[String]] = []
        for group in groups {
            var keep: [String] = []
            for (position, entry) in group.enumerated() {
                guard entry.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else {
                    found.append(error(entry, file, "synonym '\(entry.text)' has no letters or digits, so it can never match"))
                    continue
                }
                let terms = TermPath.content(TermPath.primary(base.baseTokens(entry.text)))
                guard !terms.isEmpty else {
                    let whole = position == 0 ? ", and as the group's first entry it makes the analyser ignore the whole group" : ""
                    found.append(error(entry, file, "synonym '\(entry.text)' is only stop words, so it never matches\(whole)"))
                    continue
                }
                let key = PhraseChecker.normalized(entry.text)
                if let first = spelled[key] {
                    let message =
                        first.group == entry.group
                        ? "synonym '\(entry.text)' appears twice in group \(entry.group + 1) (first at \(first.location))"
                        : "synonym '\(entry.text)' is also in group \(first.group + 1) (\(first.location)): a spelling can mean one thing only; merge the two groups or drop it from one"
                    found.append(error(entry, file, message))
                    continue
                }
                spelled[key] = entry
                if position == 0 {
                    let joined = terms.joined(separator: " ")
                    if let other = canonical[joined] {
                        found.append(
                            .init(
                                .warning, file: file, location: entry.location,
                                message: "group \(entry.group + 1) starts with '\(entry.text)', which reads the same as the start of group \(other.group + 1) (\(other.location)); merge the two groups"))
                    } else {
                        canonical[joined] = entry
                    }
                }
                keep.append(entry.text)
            }
            usable.append(keep)
        }
        found += collisions(groups, usable: usable, file: file, reported: Set(found.map(\.location)))
        return found
    }

    /// Entries the compiled map refused because another group already owns their analysed form.
    private func collisions(_ groups: [[Entry]], usable: [[String]], file: String, reported: Set<SourceLocation>) -> [RubricDiagnostic] {
        let base = Analyzer()
        let map = SynonymMap(groups: usable, analyze: base.baseTokens)
        var owners: [[String]: Entry] = [:]
        for (index, group) in usable.enumerated() {
            for text in group {
                let tokens = base.baseTokens(text)
                for path in [TermPath.primary(tokens), TermPath.parts(tokens)] where owners[path.map(\.term)] == nil {
                    if let entry = groups[index].first(where: { $0.text == text }) { owners[path.map(\.term)] = entry }
                }
            }
        }
        var found: [RubricDiagnostic] = []
        var seen: Set<SourceLocation> = reported
        for conflict in map.conflicts {
            guard let entry = groups[conflict.group].first(where: { $0.text == conflict.entry }), seen.insert(entry.location).inserted
            else { continue }
            let tokens = base.baseTokens(entry.text)
            let owner = [TermPath.primary(tokens), TermPath.parts(tokens)].compactMap { owners[$0.map(\.term)] }
                .first { $0.group != entry.group }
            let other = owner.map { "'\($0.text)' of group \($0.group + 1) (\($0.location))" } ?? "an entry of another group"
            found.append(
                error(entry, file, "synonym '\(entry.text)' reads the same as \(other) after analysis: one word would stand for two groups; merge them or drop one"))
        }
        return found
    }

    private func error(_ entry: Entry, _ file: String, _ message: String) -> RubricDiagnostic {
        RubricDiagnostic(.error, file: file, location: entry.location, message: message)
    }
}
