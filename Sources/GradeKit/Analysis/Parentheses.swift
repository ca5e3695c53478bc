/// Which words of a text stand inside parentheses: asides that elaborate on what comes before
/// them ("Automated security scanning (IaC scanners in CI, continuous CSPM) is out of scope"),
/// so a negation's reach and a rejection's narrowing can look past them.
enum Parentheses {
    /// For each UTF-8 offset of `starts` (ascending), whether it lies inside parentheses in `text`.
    static func enclose(_ starts: some Sequence<Int>, in text: String) -> [Bool] {
        var result: [Bool] = []
        var depth = 0
        var offset = 0
        let bytes = text.utf8
        var index = bytes.startIndex
        for start in starts {
            while offset < start, index < bytes.endIndex {
                switch bytes[index] {
                case UInt8(ascii: "("): depth += 1
                case UInt8(ascii: ")"): depth = max(0, depth - 1)
                default: break
                }
                offset += 1
                index = bytes.index(after: index)
            }
            result.append(depth > 0)
        }
        return result
    }

    /// Whether `text` opens a parenthesis at all: most units do not, and need no closer look.
    static func occur(in text: String) -> Bool {
        text.utf8.contains(UInt8(ascii: "("))
    }
}
