/// Marks stop words, keeping them in the stream for positions and negation.
///
/// The list is ours: function words that carry no rubric meaning. Negations (no, not, never,
/// without, nor, neither, none) and particles that change a verb's meaning (up, down, out,
/// off, over, back) are deliberately not stop words.
public struct StopFilter: Sendable {
    /// The default English stop words.
    public static let english: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "is", "are", "was", "were", "be", "been",
        "being", "am", "do", "does", "did", "doing", "done", "have", "has", "had", "having", "i", "me", "my",
        "we", "us", "our", "ours", "you", "your", "he", "him", "his", "she", "her", "they", "them", "their",
        "it", "its", "itself", "of", "to", "in", "on", "at", "for", "from", "by", "with", "about", "as",
        "into", "onto", "than", "then", "so", "such", "which", "who", "whom", "whose", "what", "when",
        "where", "why", "how", "there", "here", "would", "will", "shall", "should", "could", "can",
        "may", "might", "must", "also", "just", "very", "too", "really", "quite", "some", "any", "each",
        "every", "all", "both", "either", "other", "another", "more", "most", "much", "many",
        "few", "own", "same", "and", "or", "if", "while", "because", "until", "e.g", "i.e", "eg", "ie",
        "etc", "via", "per", "let", "lets", "get", "gets", "got", "make", "makes", "made", "like",
        "before", "after", "during", "within", "between", "across", "through", "s", "t", "d", "ll",
        "re", "ve", "m", "one's", "im", "ive", "id", "youre", "were", "theyre", "thats", "whats",
    ]

    /// The stop words in force.
    public let words: Set<String>

    /// Creates the filter with `words` (the English list by default).
    public init(words: Set<String> = StopFilter.english) {
        self.words = words
    }

    /// Marks the stop words among `tokens`.
    public func apply(_ tokens: inout [Token]) {
        for i in tokens.indices where tokens[i].origin == .word {
            tokens[i].isStop = words.contains(tokens[i].surface)
        }
    }
}
