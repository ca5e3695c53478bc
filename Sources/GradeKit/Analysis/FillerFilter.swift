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
        // A marker opens a phrase with a stop word ("you", "I"): phrase starts are few, so the
        // words are compared only there.
        var previousPhrase = -1
        for index in tokens.indices where tokens[index].origin == .word {
            defer { previousPhrase = tokens[index].phrase }
            guard tokens[index].phrase != previousPhrase, tokens[index].isStop else { continue }
            guard let second = nextWord(after: index, in: tokens), tokens[second].phrase == tokens[index].phrase,
                Self.markers.contains(where: { $0 == (tokens[index].surface, tokens[second].surface) })
            else { continue }
            // The marker must fill its phrase: nothing of the phrase after it.
            if let third = nextWord(after: second, in: tokens), tokens[third].phrase == tokens[second].phrase { continue }
            tokens[index].isStop = true
            tokens[second].isStop = true
        }
    }

    /// The index of the written word after `index`, if any.
    private func nextWord(after index: Int, in tokens: [Token]) -> Int? {
        var next = index + 1
        while next < tokens.count, tokens[next].origin != .word { next += 1 }
        return next < tokens.count ? next : nil
    }
}
