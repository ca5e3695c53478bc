/// Replaces every word's term with its Snowball English (Porter2) stem.
///
/// Tokens with digits or dots (`s3`, `ec2`, `v1.2.3`, `1:1`) are left as they are: they are
/// names, not English words, and stemming `k8s` to `k8` would only invite collisions.
public struct StemFilter: Sendable {
    private let stemmer = EnglishStemmer()

    /// Creates the filter.
    public init() {}

    /// Stems the terms of `tokens` in place.
    public func apply(_ tokens: inout [Token]) {
        for i in tokens.indices where tokens[i].origin != .synonym {
            tokens[i].term = stem(tokens[i].surface)
        }
    }

    /// The stem of one folded word.
    public func stem(_ word: String) -> String {
        for byte in word.utf8 where !(byte >= 0x61 && byte <= 0x7A) && byte != UInt8(ascii: "'") && byte < 0x80 {
            return word
        }
        return stemmer.stem(word)
    }
}
