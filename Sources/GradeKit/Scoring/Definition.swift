/// Recognises a sentence that defines a term instead of using it: "Right-sizing means
/// choosing the right instance size", "The strangler fig pattern is where you gradually
/// replace parts of the old system", "spot instances, which are spare capacity that can be
/// reclaimed". A textbook definition shows the writer knows the word, not what they would do
/// with it here, so a senior interviewer hears a mention.
///
/// Three shapes count; the first two look only at the words right around the match:
/// - the term opens its clause (after at most stop words such as "the", "so") and goes on
///   with `means`, `refers`, or `is`/`are` plus an opener of a definition (`where`, `when`,
///   `about`, `basically` …) or "a"/"an" and a kind of thing ("is a tool for dashboards").
///   "The bottleneck is the database" and "Kafka is a good fit" are not definitions;
/// - the term is followed by `which is` / `which are` (not `which is why`), directly or
///   after an example ("a service mesh like Istio, which is …"), or by `meaning` / `aka`;
/// - the sentence holds `which is where` / `which is when`, which defines whatever precedes
///   it ("canary releases, which is where you send a small share of traffic first"), or opens
///   by defining its subject with a strong opener ("DDD is about splitting the system into
///   bounded contexts") or by naming its kind ("Grafana is a tool for…", "Backstage is an
///   open-source developer portal…"), which makes every term in it part of the definition.
public struct Definition: Sendable {
    /// Words that, after `is` / `are`, open a definition. "a" / "an" count only before a
    /// kind of thing ("is a tool for"), not before a judgement ("is a good fit").
    public static let openers: Set<String> = [
        "where", "when", "about", "basically", "essentially", "just", "simply", "like", "what", "how", "kind", "sort",
    ]
    /// Verbs that define their subject on their own.
    public static let definingVerbs: Set<String> = ["means", "refers", "describes", "stands"]
    /// Words that open an appositive definition straight after the term.
    public static let appositives: Set<String> = ["meaning", "aka"]
    /// Words after `which is` that give a reason or a judgement, not a definition.
    static let notDefinitions: Set<String> = ["why", "not", "no", "also", "exactly", "fine", "ok", "okay", "enough"]

    /// Creates a recogniser.
    public init() {}

    /// What the recogniser needs of one unit, computed once for all its matches.
    public struct Unit: Sendable {
        /// The unit's tokens.
        var tokens: [Token]
        /// The indices in ``tokens`` of the written words, one per word as written (compounds
        /// whole), by position.
        var words: [Int]
        /// Whether the unit holds "which is where / when", defining every term in it.
        var relative: Bool

        /// The surface of written word `word` (an index into ``words``), read in place: a
        /// lazily mapped surface is copied at every read.
        func surface(_ word: Int) -> String {
            tokens[words[word]].surface
        }
    }

    /// Prepares the unit whose analysed tokens are `tokens`.
    public func unit(_ tokens: [Token]) -> Unit {
        // Indices, not copies of the tokens; gathered into room made once.
        var words: [Int] = []
        words.reserveCapacity(tokens.count)
        for index in tokens.indices
        where tokens[index].origin == .word && !tokens[index].isCompoundPart || tokens[index].origin == .catenation {
            words.append(index)
        }
        var unit = Unit(tokens: tokens, words: words, relative: false)
        unit.relative = Self.hasRelativeDefinition(unit) || Self.opensWithDefinition(unit)
        return unit
    }

    /// Whether `unit` defines the term matched at `matched` positions. Looks at a few words
    /// on either side of the match, so judging every match of a long unit stays linear.
    public func defines(_ unit: Unit, matched: Set<Int>) -> Bool {
        defines(unit, first: matched.min(), last: matched.max())
    }

    /// ``defines(_:matched:)`` for a match whose positions run from `first` to `last` (nil
    /// for a match of no position).
    func defines(_ unit: Unit, first: Int?, last: Int?) -> Bool {
        if unit.relative { return true }
        guard let first, let last else { return false }
        let tokens = unit.tokens
        let words = unit.words
        // The first word after the match, and the last word before it.
        let next = Self.firstIndex(in: words) { tokens[$0].position > last }
        let start = Self.firstIndex(in: words) { tokens[$0].lastPosition >= first }
        // The next eight words, `next..<end`, read in place.
        let end = min(words.count, next + 8)
        guard next < end else { return false }
        let nextWord = unit.surface(next)
        if Self.appositives.contains(nextWord) { return true }
        // "spot instances, which are …", "a service mesh like Istio, which is …"
        let reach = nextWord == "like" || nextWord == "such" ? 5 : 1
        for index in next..<max(next, end - 2) where index - next < reach && unit.surface(index) == "which" {
            let verb = unit.surface(index + 1)
            if verb == "is" || verb == "are" {
                return !Self.notDefinitions.contains(unit.surface(index + 2))
            }
        }
        // The term opens its clause: only stop words and lead-ins before it. Most matches do
        // not, and then nothing more can make a definition: the clause, read mostly by flag,
        // is looked at before the words after the match are looked up.
        let clause = start < words.count ? tokens[words[start]].clause : words.last.map { tokens[$0].clause } ?? 0
        var index = start - 1
        while index >= 0 && tokens[words[index]].clause == clause {
            guard tokens[words[index]].isStop || Self.leadIns.contains(tokens[words[index]].surface) else { return false }
            index -= 1
        }
        // The rest of the term's noun phrase: "strangler [fig pattern] is where".
        var verb = next
        while verb < min(end, next + 2), !StopFilter.english.contains(unit.surface(verb)),
            !Self.definingVerbs.contains(unit.surface(verb))
        {
            verb += 1
        }
        guard verb < end else { return false }
        if Self.definingVerbs.contains(unit.surface(verb)) { return true }
        guard unit.surface(verb) == "is" || unit.surface(verb) == "are" else { return false }
        return (verb + 1 < end && Self.openers.contains(unit.surface(verb + 1))) || Self.namesKind(unit, after: verb, end: end)
    }

    /// The index of the first of `words` (token indices, ordered by position) satisfying the
    /// monotone `predicate`, or `words.count`.
    static func firstIndex(in words: [Int], where predicate: (Int) -> Bool) -> Int {
        var low = 0
        var high = words.count
        while low < high {
            let middle = (low + high) / 2
            if predicate(words[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// "…, which is where you send a small share of traffic first": a relative clause that
    /// defines whatever it follows, so every term in the sentence is being defined.
    static func hasRelativeDefinition(_ unit: Unit) -> Bool {
        guard unit.words.count >= 3 else { return false }
        for index in 0..<(unit.words.count - 2) where unit.surface(index) == "which" {
            let verb = unit.surface(index + 1)
            let opener = unit.surface(index + 2)
            if (verb == "is" || verb == "are") && (opener == "where" || opener == "when") { return true }
        }
        return false
    }

    /// "DDD is about splitting the system into bounded contexts…", "Observability means…": a
    /// sentence that opens by defining its subject (up to four words) defines every term in
    /// it. Only the strong openers count here (`where`, `when`, `about`, `basically`,
    /// `essentially`, `means`), not `is a`, which opens many plain statements.
    static func opensWithDefinition(_ unit: Unit) -> Bool {
        let count = unit.words.count
        // "This is where read replicas help", "That means we need…": a pronoun subject points
        // at the plan, it does not name a term.
        guard count > 2, !pronouns.contains(unit.surface(0)) else { return false }
        for index in 1..<min(count, 6) {
            let word = unit.surface(index)
            if word == "means" { return unit.surface(index - 1) != "which" }
            if word == "is" || word == "are" {
                guard index + 1 < count else { return false }
                if strongOpeners.contains(unit.surface(index + 1)) { return true }
                // "Grafana is a tool for…", "Backstage is an open-source developer portal…",
                // but not "The catalogue is a read-heavy service": that describes this system.
                return !determiners.contains(unit.surface(0)) && namesKind(unit, after: index, end: count)
            }
        }
        return false
    }

    /// Whether `is`/`are`, written word `index` of `unit`, goes on with "a" or "an" and,
    /// within four words (before word `end`), a noun that says what kind of thing the
    /// subject is ("a tool", "an open-source developer portal").
    static func namesKind(_ unit: Unit, after index: Int, end: Int) -> Bool {
        let next = index + 1
        guard next < end, unit.surface(next) == "a" || unit.surface(next) == "an" else { return false }
        return (next + 1..<min(end, next + 5)).contains { categories.contains(unit.surface($0)) }
    }

    /// Words that open a subject which is this system, not a term being defined ("the
    /// catalogue", "our API").
    static let determiners: Set<String> = [
        "the", "our", "this", "that", "these", "those", "their", "my", "your", "its", "each", "every", "his", "her",
    ]

    /// Subjects that point at something already said rather than name a term.
    static let pronouns: Set<String> = ["this", "that", "it", "which", "here", "there", "these", "those", "what"]

    /// Nouns that, after "X is a (few words)", say what kind of thing X is: a definition.
    static let categories: Set<String> = [
        "tool", "service", "platform", "framework", "library", "pattern", "practice", "technique", "method",
        "concept", "way", "kind", "type", "system", "product", "portal", "database", "standard", "approach",
        "methodology", "term", "metric", "set",
    ]

    /// Openers strong enough to mark a definition of whatever opens the sentence.
    static let strongOpeners: Set<String> = ["where", "when", "about", "basically", "essentially"]

    /// Words that may open a clause before a defined term: "So", "Basically", "Also".
    static let leadIns: Set<String> = ["so", "basically", "also", "and", "then", "well", "now", "ok", "okay"]
}
