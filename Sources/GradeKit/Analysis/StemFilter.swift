/// Replaces every word's term with its Snowball English (Porter2) stem.
///
/// Tokens with digits or dots (`s3`, `ec2`, `v1.2.3`, `1:1`) are names, not English words:
/// they keep their form, except that a plural `s` after a digit goes (`1:1s` → `1:1`,
/// `EC2s` → `ec2`), since stemming `k8s` itself to `k8` would only invite collisions.
public struct StemFilter: Sendable {
    private let stemmer = EnglishStemmer()

    /// Names that end in a digit and `s` without being plurals.
    static let numeronyms: Set<String> = ["k8s", "k3s"]

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
            let bytes = Array(word.utf8)
            if bytes.count >= 3, !Self.numeronyms.contains(word), bytes[bytes.count - 1] == UInt8(ascii: "s"),
                bytes[bytes.count - 2] >= UInt8(ascii: "0"), bytes[bytes.count - 2] <= UInt8(ascii: "9")
            {
                return String(decoding: bytes.dropLast(), as: UTF8.self)
            }
            return word
        }
        return stemmer.stem(word)
    }
}
