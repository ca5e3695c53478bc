/// Finds concrete detail in a unit: the specifics that separate "test the DR plan every
/// quarter against the 1-hour RTO" from "it's important to test the plan regularly".
///
/// A word is a concrete detail when it is
/// - a number or holds a digit (`48h`, `p99`, `m5.xlarge`, `k8s`, `3x`),
/// - a number word or a cadence (`two`, `dozen`, `weekly`, `quarterly`),
/// - an acronym (`RDS`, `PSPs`), a name with an inner capital (`GitHub`, `OTel`) or a
///   capitalised word that does not open a sentence, a table cell or a label
///   (`Terraform`, `Backstage`, `Friday`),
/// - an identifier (`pg_stat_activity`, `v1.2`); a compound is judged as written, whole,
///
/// and a unit also holds detail when it carries a quantity or flow symbol
/// (`%`, `$`, `€`, `£`, `×`, `→`, `⇒`, `≥`, `≤`). The matched words themselves do not count:
/// naming "RDS" is the concept, not a detail about it.
public struct ConcreteDetail: Sendable {
    /// Number words and cadences that make a plan specific. `one` is left out: it is far more
    /// often a pronoun ("the main one") than a count.
    public static let numberWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
        "billion", "twice", "dozen", "dozens", "half", "hourly", "daily", "nightly", "weekly", "fortnightly", "monthly",
        "quarterly", "yearly", "annually", "annual",
    ]

    /// Capitalised words that carry no detail: "OK", "ASAP", "TBD".
    static let notDetails: Set<String> = ["OK", "ASAP", "TBD", "TBC", "TBA", "FYI", "IMO", "IMHO", "AKA", "NB"]
    /// The longest of ``notDetails`` in bytes: longer words need no lookup.
    static let longestNotDetail = notDetails.map(\.utf8.count).max() ?? 0

    /// Symbols that carry a quantity or a flow (UTF-8 encoded).
    static let symbols: [[UInt8]] = ["%", "$", "€", "£", "×", "→", "⇒", "≥", "≤"].map { Array($0.utf8) }

    /// Creates a detector.
    public init() {}

    /// What a unit holds in concrete detail: whether it carries a quantity or flow symbol,
    /// and the positions of its words that are details. Linear in the unit's length.
    public struct Details: Sendable, Equatable {
        /// Whether the unit holds a symbol such as `%` or `→`.
        public var symbol: Bool
        /// Positions of the words that are details, ascending: a unit holds a handful, which
        /// a list gathers and searches more cheaply than a set hashes them.
        let sortedPositions: SortedPositions

        /// Whether any detail lies outside `excluded` (the positions of the matched words).
        public func present(excluding excluded: Set<Int>) -> Bool {
            symbol || sortedPositions.values.contains { !excluded.contains($0) }
        }

        /// ``present(excluding:)`` for the positions of a match.
        func present(excluding excluded: SortedPositions) -> Bool {
            symbol || sortedPositions.values.contains { !excluded.contains($0) }
        }
    }

    /// The details of `text`, whose tokens are `tokens`.
    public func details(in text: String, tokens: [Token]) -> Details {
        // The unit's bytes in place: slices of an array would retain it word by word.
        var text = text
        return text.withUTF8 { bytes in
            // In token order, so ascending; a joined word shares its first word's position.
            var positions: [Int] = []
            var first = true
            // By index: a loop over the tokens themselves would copy each one.
            for index in tokens.indices where tokens[index].origin == .word || tokens[index].origin == .catenation {
                defer { first = false }
                let (start, end) = (tokens[index].start, tokens[index].end)
                guard start >= 0, start < end, end <= bytes.count else { continue }
                let word = bytes[start..<end]
                // A word written as the analyzer folded it, or in ASCII capitals of it, already
                // knows whether it is a number word.
                let spelling = tokens[index].origin == .word ? Self.spelling(of: tokens[index].surface, word) : .other
                let isNumberWord = tokens[index].flags.contains(.numberWord)
                if Self.isDetail(
                    word, opensSentence: first || Self.opensSentence(bytes, at: start),
                    numberWord: spelling == .same ? isNumberWord : nil,
                    lowercasedNumberWord: spelling == .other ? nil : isNumberWord)
                {
                    if positions.last != tokens[index].position { positions.append(tokens[index].position) }
                }
            }
            return Details(symbol: Self.hasSymbol(bytes), sortedPositions: SortedPositions(positions))
        }
    }

    /// How a written word relates to its token's folded surface.
    enum Spelling {
        /// The word is the surface, byte for byte.
        case same
        /// The word is ASCII and lower-cases to the surface.
        case capitalised
        /// Anything else: the surface says nothing of the word as written.
        case other
    }

    /// How `word` is written relative to `surface`.
    static func spelling(of surface: String, _ word: Slice<UnsafeBufferPointer<UInt8>>) -> Spelling {
        guard surface.utf8.count == word.count else { return .other }
        var surface = surface
        return surface.withUTF8 { folded in
            var result = Spelling.same
            var index = word.startIndex
            for byte in folded {
                let written = word[index]
                if written != byte {
                    guard written >= UInt8(ascii: "A"), written <= UInt8(ascii: "Z"), written + 32 == byte else { return .other }
                    result = .capitalised
                }
                index += 1
            }
            // Lower-casing a non-ASCII word is not ASCII lower-casing.
            if result == .capitalised, word.contains(where: { $0 >= 0x80 }) { return .other }
            return result
        }
    }

    /// Whether one written word is a concrete detail; `numberWord`, when known, says whether
    /// the word as written is one of ``numberWords``, and `lowercasedNumberWord` whether the
    /// word lower-cased is.
    static func isDetail<Bytes: RandomAccessCollection<UInt8>>(_ word: Bytes, opensSentence: Bool, numberWord: Bool? = nil, lowercasedNumberWord: Bool? = nil) -> Bool
    where Bytes.Index == Int {
        var digits = 0
        var upper = 0
        var lower = 0
        var innerCapital = false
        var identifierMark = false
        var previous: UInt8 = 0
        for byte in word {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                upper += 1
                if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(previous) { innerCapital = true }
            case UInt8(ascii: "a")...UInt8(ascii: "z"): lower += 1
            case UInt8(ascii: "_"): identifierMark = true
            case UInt8(ascii: "."): if previous != 0 { identifierMark = true }
            default: break
            }
            previous = byte
        }
        if digits > 0 || innerCapital || identifierMark { return true }
        if lower > 0 && upper == 0 && word.count <= 11 {
            if numberWord ?? numberWords.contains(String(decoding: word, as: UTF8.self)) { return true }
        } else if upper > 0, lowercasedNumberWord ?? numberWords.contains(String(decoding: word, as: UTF8.self).lowercased()) {
            return true
        }
        guard let firstByte = word.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(firstByte) else { return false }
        // "I", "I'd", "I’m": the writer, not a name.
        if firstByte == UInt8(ascii: "I"),
            word.count == 1 || word.dropFirst().first == UInt8(ascii: "'") || word.dropFirst().first == 0xE2
        {
            return false
        }
        if word.count <= longestNotDetail, notDetails.contains(String(decoding: word, as: UTF8.self)) { return false }
        // An acronym (two or more capitals, a plural "s" allowed) anywhere; a capitalised
        // word only where it cannot be a sentence's first word.
        if upper >= 2 && (lower == 0 || (lower == 1 && word.last == UInt8(ascii: "s"))) { return true }
        return !opensSentence
    }

    /// Whether the word at `offset` opens a sentence, a table cell, a label's value or a quote.
    static func opensSentence(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        var index = offset - 1
        while index >= 0, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") || bytes[index] == 10 {
            index -= 1
        }
        guard index >= 0 else { return true }
        switch bytes[index] {
        case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "|"),
            UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: ";"):
            return true
        case 0x80...0xBF:
            // The end of a multi-byte character: a dash or an opening quote opens, an arrow does not.
            return bytes[max(0, index - 2)...index].elementsEqual("—".utf8) || bytes[max(0, index - 2)...index].elementsEqual("–".utf8)
                || bytes[max(0, index - 2)...index].elementsEqual("“".utf8) || bytes[max(0, index - 2)...index].elementsEqual("‘".utf8)
        default:
            return false
        }
    }

    static func hasSymbol(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // One pass: only `%`, `$` and the lead bytes of the multi-byte symbols start a check.
        for index in bytes.indices {
            switch bytes[index] {
            case UInt8(ascii: "%"), UInt8(ascii: "$"): return true
            case 0xC2, 0xC3, 0xE2:
                for symbol in symbols where symbol.count > 1 && index + symbol.count <= bytes.count {
                    if bytes[index..<index + symbol.count].elementsEqual(symbol) { return true }
                }
            default: continue
            }
        }
        return false
    }
}
