import Foundation

/// Ids made from titles: `Strangler fig pattern` → `strangler-fig-pattern`.
enum Slug {
    /// The lower-case ASCII letters and digits of `text`'s content words joined by dashes
    /// (stop words such as "how would you" left out unless nothing else is left), at most
    /// `limit` words; empty when `text` has no ASCII letter or digit once accents are folded.
    static func make(_ text: String, words limit: Int = 5) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        let spaced = String(
            String.UnicodeScalarView(
                folded.unicodeScalars.map { ("a"..."z").contains($0) || ("0"..."9").contains($0) ? $0 : " " }))
        let words = spaced.split(separator: " ").map(String.init)
        // "what's" splits into "what" and "s": both stop words.
        let content = words.filter { !StopFilter.english.contains($0) }
        return (content.isEmpty ? words : content).prefix(limit).joined(separator: "-")
    }

    /// `base`, or `base-2`, `base-3` … whichever is not in `taken`.
    static func unique(_ base: String, in taken: Set<String>) -> String {
        guard taken.contains(base) else { return base }
        var counter = 2
        while taken.contains("\(base)-\(counter)") { counter += 1 }
        return "\(base)-\(counter)"
    }
}
