import Foundation

/// Lower-cases tokens and folds diacritics and typographic apostrophes, so `Café`, `CAFE`
/// and `cafe` are one term and `don’t` reads as `don't`.
public struct CaseFolder: Sendable {
    /// Creates the filter.
    public init() {}

    /// Folds every token's term and surface.
    public func apply(_ tokens: inout [Token]) {
        for i in tokens.indices {
            let folded = Self.fold(tokens[i].term)
            tokens[i].term = folded
            tokens[i].surface = folded
        }
    }

    /// The folded form of one word; ASCII takes a fast path without Foundation.
    static func fold(_ word: String) -> String {
        var ascii = true
        var hasUpper = false
        for byte in word.utf8 {
            if byte >= 0x80 {
                ascii = false
                break
            }
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
        }
        if ascii {
            guard hasUpper else { return word }
            return String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
        }
        let folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return folded.replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{2010}", with: "-")
            .replacingOccurrences(of: "\u{2011}", with: "-")
    }
}
