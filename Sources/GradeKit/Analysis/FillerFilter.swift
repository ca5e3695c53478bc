/// Marks spoken discourse markers as stop words: "you know" and "I mean" standing as a phrase
/// of their own ("teams like this just need someone to, you know, give them some direction",
/// "the restore, I mean, the whole restore"). Transcribed answers are full of them, and their
/// content words are no part of what the candidate says: "need someone to, you know, give
/// them direction" must not read as "would need to know", nor ", I mean, time to restore" as
/// "mean time to restore".
///
/// A unit-level filter like ``NegationFilter``: whether the words are a marker depends on the
/// phrase breaks around them, not on the words alone.
public struct FillerFilter: Sendable {
    /// Two-word markers, as surfaces.
    static let markers: [(String, String)] = [("you", "know"), ("i", "mean")]

    public init() {}

    /// Marks as stop words the markers that fill a phrase of their own (commas, a sentence
    /// start or end around them).
    public func apply(_ tokens: inout [Token]) {
        // Most units hold neither word: one pass shows it.
        guard tokens.contains(where: { $0.surface == "know" || $0.surface == "mean" }) else { return }
        let words = tokens.indices.filter { tokens[$0].origin == .word }
        for (k, index) in words.enumerated() where k + 1 < words.count {
            let first = tokens[index]
            let second = tokens[words[k + 1]]
            guard Self.markers.contains(where: { $0 == (first.surface, second.surface) }), first.phrase == second.phrase
            else { continue }
            let opens = k == 0 || tokens[words[k - 1]].phrase != first.phrase
            let closes = k + 2 >= words.count || tokens[words[k + 2]].phrase != second.phrase
            guard opens && closes else { continue }
            tokens[index].isStop = true
            tokens[words[k + 1]].isStop = true
        }
    }
}
