/// A dash that separates clauses in UTF-8 text: an em or en dash, or a hyphen with a space
/// before it (a hyphen inside a word joins, it does not separate). The tokenizer makes the
/// same call on scalars when it numbers clauses; asides and contrasts look at bytes.
enum ClauseDash {
    /// Whether such a dash ends at byte `i` of `bytes` (its last byte, for a multi-byte dash).
    static func ends(at i: Int, in bytes: [UInt8]) -> Bool {
        switch bytes[i] {
        case UInt8(ascii: "-"): return i >= 1 && bytes[i - 1] == UInt8(ascii: " ")
        case 0x93, 0x94: return i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80
        default: return false
        }
    }
}
