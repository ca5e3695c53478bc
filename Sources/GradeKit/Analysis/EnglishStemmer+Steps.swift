// The steps of the Snowball English (Porter2) algorithm, on a byte buffer.
//
// Every rewrite the algorithm makes happens at the end of the word (the Snowball program
// runs its steps in backward mode from the word's end), and no rewrite ever makes the
// word longer than the input, so the word lives in one fixed buffer and shrinking or
// rewriting a suffix is just a matter of writing a few bytes and moving `count`.
//
// Suffix lists are written as `StaticString` literals inside `switch`es on the last letter
// rather than as static tables: literals need no lazy initialisation or reference counting
// on the hot path, and within each letter the candidates are listed longest first, which
// is what Snowball's `among` (longest match wins) requires.

/// One word being stemmed, in a caller-owned buffer.
struct Porter2Word {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    /// The current length of the word; steps shorten it by moving this.
    private(set) var count: Int
    /// Start of R1 and R2, as byte offsets (the word's length when the region is empty).
    private var r1 = 0
    private var r2 = 0
    /// Whether any `y` was marked consonantal, so the postlude knows to undo it.
    private var foundConsonantY = false

    init(buffer: UnsafeMutableBufferPointer<UInt8>, count: Int) {
        self.buffer = buffer
        self.count = count
    }

    /// Runs the whole algorithm; the caller has already ruled out words under 3 characters.
    mutating func stem() {
        if applyExceptionalForm() { return }
        prelude()
        markRegions()
        step1a()
        step1b()
        step1c()
        step2()
        step3()
        step4()
        step5()
        postlude()
    }

    // MARK: - Steps

    private mutating func applyExceptionalForm() -> Bool {
        let stem: StaticString
        switch count {
        case 3:
            guard isWhole("sky") else { return false }
            return true
        case 4:
            if isWhole("skis") { stem = "ski" }
            else if isWhole("idly") { stem = "idl" }
            else if isWhole("ugly") { stem = "ugli" }
            else if isWhole("only") { stem = "onli" }
            // Invariant: they look inflected but are not.
            else if isWhole("news") || isWhole("howe") || isWhole("bias") { return true }
            else { return false }
        case 5:
            if isWhole("skies") { stem = "sky" }
            else if isWhole("early") { stem = "earli" }
            else if isWhole("atlas") || isWhole("andes") { return true }
            else { return false }
        case 6:
            if isWhole("gently") { stem = "gentl" }
            else if isWhole("singly") { stem = "singl" }
            else if isWhole("cosmos") { return true }
            else { return false }
        default:
            return false
        }
        replaceEnd(from: 0, with: stem)
        return true
    }

    /// Drops a leading apostrophe and marks consonantal `y` (initial, or after a vowel) as
    /// `Y`, so that later vowel tests treat it as a consonant.
    private mutating func prelude() {
        if buffer[0] == Letter.apostrophe {
            for index in 1..<count { buffer[index - 1] = buffer[index] }
            count -= 1
        }
        guard count > 0 else { return }
        if buffer[0] == Letter.y {
            buffer[0] = Letter.consonantY
            foundConsonantY = true
        }
        var index = 1
        while index < count {
            // The previous byte may itself have just become Y, which is not a vowel:
            // that is what makes `sayyid` mark only its first y.
            if buffer[index] == Letter.y && Letter.isVowel(buffer[index - 1]) {
                buffer[index] = Letter.consonantY
                foundConsonantY = true
            }
            index += 1
        }
    }

    /// R1 starts after the first consonant that follows a vowel, or after an exceptional
    /// prefix; R2 applies the same rule again from R1.
    private mutating func markRegions() {
        r1 = count
        r2 = count
        let start: Int
        if let prefixLength = exceptionalPrefixLength() {
            start = prefixLength
        } else if let end = endOfVowelConsonant(from: 0) {
            start = end
        } else {
            return
        }
        r1 = start
        if let end = endOfVowelConsonant(from: start) { r2 = end }
    }

    /// Prefixes whose end is taken as R1 so that related words keep a shared, longer stem
    /// (`generous`/`general`, `universe`/`university`, `emerge`/`emergency`). `past`,
    /// `univers`, `later`, `emerg` and `organ` were added in 2023, `inter` in 2025.
    private func exceptionalPrefixLength() -> Int? {
        guard count > 0 else { return nil }
        let prefix: StaticString
        switch buffer[0] {
        case Letter.a: prefix = "arsen"
        case Letter.c: prefix = "commun"
        case Letter.e: prefix = "emerg"
        case Letter.g: prefix = "gener"
        case Letter.i: prefix = "inter"
        case Letter.l: prefix = "later"
        case Letter.o: prefix = "organ"
        case Letter.p: prefix = "past"
        case Letter.u: prefix = "univers"
        default: return nil
        }
        return hasPrefix(prefix) ? prefix.utf8CodeUnitCount : nil
    }

    /// The position just after the first consonant that follows a vowel, from `start`.
    private func endOfVowelConsonant(from start: Int) -> Int? {
        var index = start
        while index < count && !Letter.isVowel(buffer[index]) { index += 1 }
        index += 1
        while index < count && Letter.isVowel(buffer[index]) { index += 1 }
        return index < count ? index + 1 : nil
    }

    /// Possessives and plurals: `'s`, `sses`, `ies`/`ied`, and a final `s`.
    private mutating func step1a() {
        if hasSuffix("'s'") {
            count -= 3
        } else if hasSuffix("'s") {
            count -= 2
        } else if hasSuffix("'") {
            count -= 1
        }

        if hasSuffix("sses") {
            count -= 2
        } else if hasSuffix("ied") || hasSuffix("ies") {
            // `cries` -> `cri` but `ties` -> `tie`: the e stays when only one letter precedes.
            count -= count - 3 >= 2 ? 2 : 1
        } else if hasSuffix("s") && !hasSuffix("ss") && !hasSuffix("us") {
            // Not a plural after ss or us (`class`, `bus`); otherwise the s goes only if a
            // vowel comes earlier than the letter just before it (`gaps`, but not `gas`).
            if containsVowel(before: count - 2) { count -= 1 }
        }
    }

    /// `-eed`, `-ed`, `-ing` and their `-ly` forms.
    private mutating func step1b() {
        switch last {
        case Letter.y:
            if hasSuffix("eedly") {
                removeEED(suffixStart: count - 5)
            } else if hasSuffix("ingly") {
                removeVerbalSuffix(suffixStart: count - 5)
            } else if hasSuffix("edly") {
                removeVerbalSuffix(suffixStart: count - 4)
            }
        case Letter.d:
            if hasSuffix("eed") {
                removeEED(suffixStart: count - 3)
            } else if hasSuffix("ed") {
                removeVerbalSuffix(suffixStart: count - 2)
            }
        case Letter.g:
            if hasSuffix("ing") { removeING(suffixStart: count - 3) }
        default:
            break
        }
    }

    private mutating func removeEED(suffixStart start: Int) {
        guard start >= r1 else { return }
        // Since 2025 `proceed`, `exceed` and `succeed` are kept here rather than through a
        // separate exception list that ended stemming, so the later steps still run.
        if isWhole("proc", endingAt: start) || isWhole("exc", endingAt: start) || isWhole("succ", endingAt: start) {
            return
        }
        count = start + 2  // `-eed`/`-eedly` -> `-ee`, whose bytes are already in place
    }

    private mutating func removeING(suffixStart start: Int) {
        if start >= 1 && buffer[start - 1] == Letter.y {
            // `dying` -> `die`, `lying` -> `lie`, `vying` -> `vie`: consonant + y + ing
            // (formerly whole-word exceptions, generalised in 2025).
            if start == 2 && !Letter.isVowel(buffer[0]) {
                replaceEnd(from: 1, with: "ie")
                return
            }
        } else if isWhole("inn", endingAt: start) || isWhole("out", endingAt: start)
            || isWhole("cann", endingAt: start) || isWhole("herr", endingAt: start)
            || isWhole("earr", endingAt: start) || isWhole("even", endingAt: start) {
            // `inning`, `outing`, `evening`, ... are not verb forms.
            return
        }
        removeVerbalSuffix(suffixStart: start)
    }

    /// Removes `-ed`, `-edly`, `-ing` or `-ingly` if the stem has a vowel, then tidies the
    /// stem: restore an `e` (`hoping` -> `hope`), undouble a consonant (`hopping` -> `hop`).
    private mutating func removeVerbalSuffix(suffixStart start: Int) {
        guard containsVowel(before: start) else { return }
        count = start
        if hasSuffix("at") || hasSuffix("bl") || hasSuffix("iz") {
            append(Letter.e)
        } else if count >= 2 && buffer[count - 1] == buffer[count - 2] && Letter.isUndoubled(buffer[count - 1]) {
            // Three-letter words like `add`, `egg`, `off` keep their double letter.
            if count == 3 && Letter.isAEO(buffer[0]) { return }
            count -= 1
        } else if count == r1 && endsInShortSyllable(count) {
            append(Letter.e)
        }
    }

    /// Final `y` after a consonant becomes `i` (`cry` -> `cri`), unless that consonant
    /// starts the word (`by`, `say` stay).
    private mutating func step1c() {
        guard count >= 3, last == Letter.y || last == Letter.consonantY else { return }
        if !Letter.isVowel(buffer[count - 2]) { buffer[count - 1] = Letter.i }
    }

    /// Derivational suffixes in R1 mapped to shorter ones (`-ization` -> `-ize`).
    private mutating func step2() {
        switch last {
        case Letter.i:
            if replaceInR1("biliti", "ble") || replaceInR1("lessli", "less")
                || replaceInR1("aliti", "al") || replaceInR1("iviti", "ive")
                || replaceInR1("entli", "ent") || replaceInR1("fulli", "ful")
                || replaceInR1("ousli", "ous") || replaceInR1("abli", "able")
                || replaceInR1("alli", "al") || replaceInR1("anci", "ance")
                || replaceInR1("enci", "ence") || replaceInR1("bli", "ble") {
                return
            }
            if hasSuffix("ogi") {
                // `-ogi` -> `-og` only after l (`analogi`).
                if isInR1(suffixLength: 3) && letter(before: 3) == Letter.l { replaceEnd(length: 3, with: "og") }
            } else if hasSuffix("li") {
                // `-li` is an adverb ending only after one of cdeghkmnrt.
                if isInR1(suffixLength: 2) && Letter.isValidLI(letter(before: 2)) { count -= 2 }
            }
        case Letter.l:
            _ = replaceInR1("ational", "ate") || replaceInR1("tional", "tion")
        case Letter.n:
            _ = replaceInR1("ization", "ize") || replaceInR1("ation", "ate")
        case Letter.r:
            _ = replaceInR1("izer", "ize") || replaceInR1("ator", "ate")
        case Letter.m:
            _ = replaceInR1("alism", "al")
        case Letter.s:
            _ = replaceInR1("fulness", "ful") || replaceInR1("ousness", "ous") || replaceInR1("iveness", "ive")
        case Letter.t:
            // Added in 2023: `-ogist` -> `-og`, so `geologist` meets `geology`.
            _ = replaceInR1("ogist", "og")
        default:
            break
        }
    }

    private mutating func step3() {
        switch last {
        case Letter.l:
            _ = replaceInR1("ational", "ate") || replaceInR1("tional", "tion") || replaceInR1("ical", "ic")
                || replaceInR1("ful", "")
        case Letter.e:
            if replaceInR1("icate", "ic") || replaceInR1("alize", "al") { return }
            if hasSuffix("ative") && count - 5 >= r2 { count -= 5 }
        case Letter.i:
            _ = replaceInR1("iciti", "ic")
        case Letter.s:
            _ = replaceInR1("ness", "")
        default:
            break
        }
    }

    /// Suffixes removed outright when they lie in R2.
    private mutating func step4() {
        let length: Int
        switch last {
        case Letter.l: length = hasSuffix("al") ? 2 : 0
        case Letter.e:
            length = hasSuffix("ance") || hasSuffix("ence") || hasSuffix("able") || hasSuffix("ible") ? 4
                : hasSuffix("ate") || hasSuffix("ive") || hasSuffix("ize") ? 3 : 0
        case Letter.r: length = hasSuffix("er") ? 2 : 0
        case Letter.c: length = hasSuffix("ic") ? 2 : 0
        case Letter.t:
            length = hasSuffix("ement") ? 5 : hasSuffix("ment") ? 4 : hasSuffix("ant") || hasSuffix("ent") ? 3 : 0
        case Letter.m: length = hasSuffix("ism") ? 3 : 0
        case Letter.i: length = hasSuffix("iti") ? 3 : 0
        case Letter.s: length = hasSuffix("ous") ? 3 : 0
        case Letter.n:
            // `-ion` only after s or t (`adoption`, `confession`, but not `opinion`).
            if hasSuffix("ion") && count - 3 >= r2 {
                let before = letter(before: 3)
                if before == Letter.s || before == Letter.t { count -= 3 }
            }
            return
        default: return
        }
        if length > 0 && count - length >= r2 { count -= length }
    }

    /// Final `e` in R2, or in R1 after something other than a short syllable; final
    /// `ll` in R2 loses one l.
    private mutating func step5() {
        let start = count - 1
        switch last {
        case Letter.e:
            if start >= r2 || (start >= r1 && !endsInShortSyllable(start)) { count = start }
        case Letter.l:
            if start >= r2 && letter(before: 1) == Letter.l { count = start }
        default:
            break
        }
    }

    private mutating func postlude() {
        guard foundConsonantY else { return }
        for index in 0..<count where buffer[index] == Letter.consonantY { buffer[index] = Letter.y }
    }

    // MARK: - Tests on the word

    /// The last byte, or 0 (no letter) for an empty word.
    private var last: UInt8 { count > 0 ? buffer[count - 1] : 0 }

    /// The byte just before a suffix of `suffixLength` bytes, or 0 at the start of the word.
    private func letter(before suffixLength: Int) -> UInt8 {
        let index = count - suffixLength - 1
        return index >= 0 ? buffer[index] : 0
    }

    private func isInR1(suffixLength: Int) -> Bool { count - suffixLength >= r1 }

    private func hasSuffix(_ suffix: StaticString) -> Bool { hasSuffix(suffix, endingAt: count) }

    private func hasSuffix(_ suffix: StaticString, endingAt end: Int) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard length <= end else { return false }
        let text = suffix.utf8Start
        var offset = length - 1
        // Back to front: candidates share their last letters, so mismatches show up sooner.
        while offset >= 0 {
            if buffer[end - length + offset] != text[offset] { return false }
            offset -= 1
        }
        return true
    }

    private func hasPrefix(_ prefix: StaticString) -> Bool {
        prefix.utf8CodeUnitCount <= count && hasSuffix(prefix, endingAt: prefix.utf8CodeUnitCount)
    }

    /// Whether `buffer[0..<end]` is exactly `text`.
    private func isWhole(_ text: StaticString, endingAt end: Int) -> Bool {
        end == text.utf8CodeUnitCount && hasSuffix(text, endingAt: end)
    }

    private func isWhole(_ text: StaticString) -> Bool { isWhole(text, endingAt: count) }

    private func containsVowel(before end: Int) -> Bool {
        var index = 0
        while index < end {
            if Letter.isVowel(buffer[index]) { return true }
            index += 1
        }
        return false
    }

    /// A short syllable ends at `end`: consonant-vowel-consonant where the last consonant
    /// is not w, x or Y (`hop`, not `how`); or a vowel-consonant pair that starts the word
    /// (`at`); or, since 2023, `past`, so that `pasted` and `pasting` keep their e.
    private func endsInShortSyllable(_ end: Int) -> Bool {
        if end >= 3 && !Letter.isVowelWXY(buffer[end - 1]) && Letter.isVowel(buffer[end - 2])
            && !Letter.isVowel(buffer[end - 3]) {
            return true
        }
        if end == 2 && !Letter.isVowel(buffer[1]) && Letter.isVowel(buffer[0]) {
            return true
        }
        return hasSuffix("past", endingAt: end)
    }

    // MARK: - Rewriting the end of the word

    /// The usual rule of steps 2 and 3: if the word ends in `suffix`, the suffix decides the
    /// step (longest match wins), and it is replaced only when it lies in R1.
    /// Returns whether the suffix matched, so callers stop trying shorter ones.
    private mutating func replaceInR1(_ suffix: StaticString, _ replacement: StaticString) -> Bool {
        guard hasSuffix(suffix) else { return false }
        let length = suffix.utf8CodeUnitCount
        if isInR1(suffixLength: length) { replaceEnd(length: length, with: replacement) }
        return true
    }

    private mutating func replaceEnd(length: Int, with replacement: StaticString) {
        replaceEnd(from: count - length, with: replacement)
    }

    /// Replaces everything from `start` to the end of the word with `replacement`.
    private mutating func replaceEnd(from start: Int, with replacement: StaticString) {
        let text = replacement.utf8Start
        for offset in 0..<replacement.utf8CodeUnitCount { buffer[start + offset] = text[offset] }
        count = start + replacement.utf8CodeUnitCount
    }

    private mutating func append(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }
}

/// Byte constants and the algorithm's letter groups, as bit tests that compile to a few
/// instructions with no table lookups.
private enum Letter {
    static var apostrophe: UInt8 { UInt8(ascii: "'") }
    static var a: UInt8 { UInt8(ascii: "a") }
    static var c: UInt8 { UInt8(ascii: "c") }
    static var d: UInt8 { UInt8(ascii: "d") }
    static var e: UInt8 { UInt8(ascii: "e") }
    static var g: UInt8 { UInt8(ascii: "g") }
    static var i: UInt8 { UInt8(ascii: "i") }
    static var l: UInt8 { UInt8(ascii: "l") }
    static var m: UInt8 { UInt8(ascii: "m") }
    static var n: UInt8 { UInt8(ascii: "n") }
    static var o: UInt8 { UInt8(ascii: "o") }
    static var p: UInt8 { UInt8(ascii: "p") }
    static var r: UInt8 { UInt8(ascii: "r") }
    static var s: UInt8 { UInt8(ascii: "s") }
    static var t: UInt8 { UInt8(ascii: "t") }
    static var u: UInt8 { UInt8(ascii: "u") }
    static var y: UInt8 { UInt8(ascii: "y") }
    /// The algorithm marks a consonantal `y` as `Y` so the vowel tests skip it.
    static var consonantY: UInt8 { UInt8(ascii: "Y") }

    /// Whether `byte` is one of `letters`, given as a bit set over a...z.
    private static func isLowercase(_ byte: UInt8, in letters: UInt32) -> Bool {
        let offset = byte &- UInt8(ascii: "a")
        return offset < 26 && (letters >> UInt32(offset)) & 1 != 0
    }

    // Bit n stands for the letter n places after a (a = 0, e = 4, ..., y = 24).
    private static var vowels: UInt32 { 1 << 0 | 1 << 4 | 1 << 8 | 1 << 14 | 1 << 20 | 1 << 24 }  // aeiouy
    private static var wx: UInt32 { 1 << 22 | 1 << 23 }
    private static var validLI: UInt32 { 1 << 2 | 1 << 3 | 1 << 4 | 1 << 6 | 1 << 7 | 1 << 10 | 1 << 12 | 1 << 13 | 1 << 17 | 1 << 19 }  // cdeghkmnrt
    private static var aeo: UInt32 { 1 << 0 | 1 << 4 | 1 << 14 }
    private static var undoubled: UInt32 { 1 << 1 | 1 << 3 | 1 << 5 | 1 << 6 | 1 << 12 | 1 << 13 | 1 << 15 | 1 << 17 | 1 << 19 }  // bdfgmnprt

    static func isVowel(_ byte: UInt8) -> Bool { isLowercase(byte, in: vowels) }

    /// The vowels plus w, x and the consonantal Y: letters that cannot close a short syllable.
    static func isVowelWXY(_ byte: UInt8) -> Bool { byte == consonantY || isLowercase(byte, in: vowels | wx) }

    /// Letters after which `-li` is removed in step 2.
    static func isValidLI(_ byte: UInt8) -> Bool { isLowercase(byte, in: validLI) }

    static func isAEO(_ byte: UInt8) -> Bool { isLowercase(byte, in: aeo) }

    /// Doubled consonants that step 1b reduces to one (`hopp` -> `hop`).
    static func isUndoubled(_ byte: UInt8) -> Bool { isLowercase(byte, in: undoubled) }
}
