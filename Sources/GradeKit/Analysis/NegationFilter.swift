/// Marks the words an answer negates or rejects, NegEx style, so "we would not roll back",
/// "no need for read replicas", "I'd skip the post-mortem" and "instead of a service mesh"
/// credit nothing.
///
/// - A *pre-trigger* (`not`, `no`, `never`, `without`, `nor`, `skip`, `instead of`, `rather
///   than`, `rule out` …) negates forward to the end of its clause: `;`, a dash, a sentence or
///   list-item end, or a terminator word (`but`, `however`, `although`, `so`, `because`,
///   `then` …) stops it, and so does a limit of ``maximumScope`` content words. `instead of`
///   and `rather than` only reach to the end of their phrase (the next comma, or a subject
///   such as `I` or `we` that starts the main clause), so "use read replicas instead of
///   sharding" and "instead of 1:1s I'd run a retro" negate sharding and the 1:1s alone.
/// - A *post-trigger* (`overkill`, `unnecessary`, `not needed`, `not worth`, `out of scope`,
///   `can wait`, `too many false positives`, `too noisy`, `leave as it is` …) negates backward
///   to the start of its clause, within the same limit; followed by `it`, `them` or `that`
///   ("a five-person team can't afford it") it points back at the clause's subject and
///   reaches the clause start whatever its length.
/// - `avoid` right after a decider ("I'd avoid governance boards", "we should avoid …", "I'd
///   also avoid …") is a rejection too; in a purpose ("to avoid downtime") it negates nothing.
/// - A description whose clause ends in `either` ("so there's no data migration to plan
///   either") lines up with a decision made before it, so it counts as a rejection.
/// - *Pseudo-triggers* negate nothing: `not only`, `not just`, `no doubt`, `if not`, and goals
///   such as `no downtime`, `without data loss`, `no single point of failure`, `no blame`.
///   Nor does a negation in a condition ("if they don't, traffic goes back"), which states
///   when to act, not what is rejected, or in a purpose ("make sure it doesn't happen
///   again", "ensure we never lose a payment"), which states what the plan prevents.
///
/// Each negated token records its ``Negation``: the trigger's position, so evidence can say
/// what negated it, and its kind. A *rejection* is the writer's decision ("we would not",
/// "I'd skip", "no need for", "overkill"); an *alternative* proposes something else
/// ("instead of"); a *description* states an absence ("load balancers with no targets",
/// "without changing anything"). All three keep the covered words from earning credit;
/// only a rejection makes the grader discount the item's other matches in the passage.
public struct NegationFilter: Sendable {
    /// The largest number of content words one trigger negates.
    public var maximumScope: Int

    static let singleTriggers: Set<String> = ["not", "no", "never", "without", "nor", "neither", "skip", "skipping", "skipped", "forgo", "ditch"]
    /// Verbs of rejection: negate as decisions whatever precedes them.
    static let rejectingVerbs: Set<String> = ["skip", "skipping", "skipped", "forgo", "ditch"]
    /// Words that, within three words before `not`, `never` or `without`, make it the
    /// writer's decision ("we would not", "I'd never", "we'd go live without").
    static let deciders: Set<String> = [
        "i", "we", "would", "will", "should", "shall", "can", "could", "do", "did", "lets", "let's", "want", "plan",
        "recommend", "suggest", "bother", "need", "going", "gonna", "must", "might", "may",
    ]
    /// Words that make `no` a decision: "no need", "no point", "no reason", "no plans".
    static let noDecisions: Set<String> = [
        "need", "point", "reason", "plans", "plan", "intention", "value", "benefit", "appetite", "way",
    ]
    /// Subjects that start the main clause after an alternative with no comma: "instead of
    /// 1:1s I'd run a weekly retro" negates the 1:1s alone.
    static let subjects: Set<String> = ["i", "we", "you", "they"]
    static let phraseTriggers: [[String]] = [["instead", "of"], ["rather", "than"]]
    static let multiTriggers: [[String]] = [
        ["rule", "out"], ["ruled", "out"], ["steer", "clear", "of"], ["stay", "away", "from"], ["hold", "off", "on"],
        ["do", "away", "with"], ["push", "back", "on"], ["argue", "against"], ["argued", "against"],
        ["advise", "against"], ["recommend", "against"], ["decide", "against"], ["decided", "against"],
        ["vote", "against"], ["lean", "against"],
    ]
    static let postTriggers: [[String]] = [
        ["overkill"], ["unnecessary"], ["unneeded"], ["pointless"], ["not", "needed"], ["not", "necessary"],
        ["not", "required"], ["not", "worth"], ["not", "a", "priority"], ["out", "of", "scope"], ["can", "wait"], ["can", "come", "later"],
        ["is", "a", "waste"], ["off", "the", "table"], ["not", "our", "problem"], ["not", "our", "job"],
        ["not", "our", "concern"], ["not", "a", "problem"], ["not", "afford"], ["not", "justify"], ["not", "justified"],
        ["not", "a", "good", "fit"], ["not", "worth", "it"], ["not", "useful"], ["not", "helpful"], ["a", "distraction"],
        ["push", "back"], ["pushback"], ["too", "many", "false", "positives"], ["too", "noisy"],
        ["too", "much", "noise"], ["too", "much", "overhead"], ["too", "much", "operational"], ["too", "heavyweight"],
        ["leave", "as", "it", "is"], ["leave", "as", "is"], ["leave", "it", "as", "is"], ["leave", "it", "alone"],
        ["leave", "alone"], ["leave", "untouched"], ["leave", "it", "untouched"], ["not", "really", "a", "thing"],
        ["not", "a", "thing"], ["rejected"],
    ]
    /// Post-triggers that put the item off rather than turn it down (``Negation/deferred``).
    static let deferringPostTriggers: [[String]] = [["can", "wait"], ["can", "come", "later"]]
    /// Words that, right after a post-trigger, point back at the subject of its clause: "Backstage
    /// is a big investment and a five-person team can't afford it" rejects Backstage however
    /// long the clause, so the scope runs to the clause start.
    static let pointers: Set<String> = ["it", "them", "that"]
    /// Verbs that reject only as the writer's decision ("I'd avoid governance boards", "we
    /// should avoid a big-bang cutover"), never in a purpose ("to avoid downtime").
    static let decidedVerbs: Set<String> = ["avoid"]
    /// Adverbs that may stand between a decider and its verb: "I'd also avoid", "we should
    /// actively avoid".
    static let adverbs: Set<String> = [
        "also", "really", "definitely", "probably", "actively", "strongly", "generally", "just", "still",
        "deliberately", "certainly", "honestly", "personally", "absolutely",
    ]
    static let pseudoTriggers: [[String]] = [
        ["not", "only"], ["not", "just"], ["no", "doubt"], ["not", "necessarily"], ["if", "not"], ["or", "not"],
        ["not", "sure"], ["no", "later", "than"], ["no", "more", "than"], ["no", "less", "than"], ["not", "least"],
        ["not", "until"], ["nothing", "but"], ["not", "before"], ["not", "after"], ["not", "yet", "sure"],
        ["not", "totally", "sure"], ["not", "entirely", "sure"], ["not", "quite", "sure"], ["not", "100", "sure"],
        ["no", "matter"], ["not", "rule"], ["not", "ruling"], ["not", "always"], ["not", "every"], ["not", "all"], ["not", "everything"],
        ["skip", "level"], ["skip", "levels"],
    ] + doubleNegations
    /// A negation of a verb of leaving out affirms what follows: "don't skip the post-mortem",
    /// "I never skip the canary step", "don't forget the status page", "not without a
    /// rollback plan".
    static let doubleNegations: [[String]] = ["not", "never"].flatMap { negation in
        ["skip", "skipping", "forget", "forgo", "ignore", "neglect", "overlook", "omit", "ditch", "without"].map {
            [negation, $0]
        }
    }
    /// Words that make a negation within three words after them a condition, not a claim:
    /// "if they don't, traffic goes back to the old path" advocates the rollback.
    static let conditions: Set<String> = ["if", "unless", "whether", "when", "once", "until"]
    /// Phrases that, right after `no`, `never`, `without` or `not` (and an optional `any`),
    /// make the whole a goal rather than a rejection: "without downtime", "no data loss".
    static let goals: [[String]] = [
        ["downtime"], ["outage"], ["outages"], ["interruption"], ["interruptions"], ["disruption"], ["impact"],
        ["user", "impact"], ["customer", "impact"], ["data", "loss"], ["loss"], ["single", "point"], ["surprises"],
        ["blame"], ["again"], ["manual", "steps"], ["errors"], ["gaps"], ["exceptions"], ["delay"], ["delays"],
        ["one", "left", "behind"], ["later"], ["finger"], ["fingers"], ["finger-pointing"], ["witch"], ["heroes"],
        ["heroics"], ["silos"], ["surprise"],
    ]
    /// Phrases right after a trigger that make it a matter of order: "I wouldn't start with
    /// culture", "we won't lead with the migration".
    static let sequencing: [[String]] = [
        ["start", "with"], ["begin", "with"], ["lead", "with"], ["open", "with"], ["start", "by"], ["begin", "by"],
    ]
    /// Phrases that, ending the clause after `no`, make it a decision to defer: "no service
    /// mesh for now", "no chaos testing at this stage" (``endsWithDeferral(from:to:in:)``).
    /// ("Yet" is a ``qualifiers`` word: a matter of timing.)
    static let deferrals: [[String]] = [
        ["for", "now"], ["for", "the", "moment"], ["at", "this", "stage"], ["in", "year", "one"], ["in", "v1"],
        ["in", "phase", "one"],
    ]
    /// What may end the clause after a deciding `no`: a deferral, or "for this".
    static let verdictEndings: [[String]] = deferrals + [["for", "this"]]
    /// Words that say when a deferred item may come back: "not in year one", "not this quarter".
    static let deferralTimes: Set<String> = [
        "year", "years", "quarter", "quarters", "month", "months", "week", "weeks", "day", "days", "phase", "now", "yet",
        "today", "one", "two", "1", "2", "first", "v1", "initially", "later", "soon",
    ]
    static let terminators: Set<String> = [
        "but", "however", "although", "though", "whereas", "yet", "except", "so", "because", "since", "then",
        "while", "unless", "otherwise", "until", "instead",
    ]

    /// Every word that can start a trigger or pseudo-trigger: other words are passed over
    /// with one set lookup.
    static let triggerStarts: Set<String> = {
        var words = singleTriggers.union(decidedVerbs)
        for pattern in pseudoTriggers + postTriggers + phraseTriggers + multiTriggers {
            if let first = pattern.first { words.insert(first) }
        }
        return words
    }()

    /// Words one of which every negation needs: the single triggers and the decided verbs,
    /// and the longest word of each multi-word, phrase and post-trigger, which the trigger
    /// cannot match without. A unit holding none of them negates nothing; nearly every unit
    /// holds a word that can start a trigger ("a", "is", "can"), far fewer hold one of these.
    static let keyWords: Set<String> = {
        var words = singleTriggers.union(decidedVerbs)
        for pattern in multiTriggers + phraseTriggers + postTriggers {
            if let longest = pattern.max(by: { $0.utf8.count < $1.utf8.count }) { words.insert(longest) }
        }
        return words
    }()

    /// Creates the filter.
    public init(maximumScope: Int = 6) {
        self.maximumScope = maximumScope
    }

    /// Sets ``Token/negatedBy`` on every token inside a negation's scope.
    ///
    /// Triggers are found by each word's ``Token/flags``, which ``Analyzer`` sets; tokens made
    /// another way (``Tokenizer/tokenize(_:)`` and ``CaseFolder`` by hand) need
    /// ``WordFlags/assign(to:)`` first, or no trigger is seen. `text` is the text the tokens'
    /// offsets point into, when at hand: a post-trigger's reach then leaves parenthesised
    /// asides uncounted ("Automated security scanning (IaC scanners in CI, continuous CSPM)
    /// is out of scope").
    public func apply(_ tokens: inout [Token], text: String? = nil) {
        // Most units hold no trigger: a flag per word shows it (``keyWords``), read by index so
        // no token is copied.
        guard tokens.indices.contains(where: { tokens[$0].origin == .word && tokens[$0].flags.contains(.negationKey) }) else {
            return
        }
        // The indices of the written words in `tokens`: by index, here and in every helper, as
        // a loop over the tokens themselves (or a copy of the words) would copy each one.
        var words: [Int] = []
        words.reserveCapacity(tokens.count)
        var lastPosition = -1
        for index in tokens.indices {
            if tokens[index].origin == .word { words.append(index) }
            lastPosition = max(lastPosition, tokens[index].lastPosition)
        }
        guard !words.isEmpty else { return }
        // Each word's id among the filter's ``words``: most are resolved by the analyzer.
        let ids = words.map { Self.wordID(of: $0, in: tokens) }
        var negated = Marks(positions: lastPosition + 1)
        // Where each word's clause ends, made on first need (see ``clauseEnds(_:)``).
        var clauseEnds: [Int] = []
        // The unit's parenthesised asides, made on first need, once.
        var madeAsides: Parentheses??
        func asides() -> Parentheses? {
            if let madeAsides { return madeAsides }
            let made = text.flatMap { Parentheses(words.map { (tokens[$0].start, tokens[$0].end) }, in: $0) }
            madeAsides = .some(made)
            return made
        }
        var i = 0
        while i < words.count {
            guard tokens[words[i]].flags.contains(.triggerStart) else {
                i += 1
                continue
            }
            // The position the negation names as its trigger.
            let trigger = tokens[words[i]].position
            if let length = Self.pseudoTriggerIndex.match(in: ids, at: i) {
                i += length
                continue
            }
            if let length = Self.multiTriggerIndex.match(in: ids, at: i) {
                markForward(
                    from: i + length, negation: Negation(trigger: trigger, kind: .rejection), tokens: tokens,
                    words: words, samePhrase: false, into: &negated)
                i += length
                continue
            }
            if let length = Self.phraseTriggerIndex.match(in: ids, at: i) {
                markForward(
                    from: i + length, negation: Negation(trigger: trigger, kind: .alternative), tokens: tokens,
                    words: words, samePhrase: true, into: &negated)
                i += length
                continue
            }
            if let length = Self.postTriggerIndex.match(in: ids, at: i),
                Self.postTriggerHolds(at: i, length: length, tokens: tokens, words: words)
            {
                let pointsBack = i + length < words.count && Self.pointerIDs.contains(ids[i + length])
                let deferred = Self.match(Self.deferringPostTriggerIDs, in: ids, at: i) != nil
                markBackward(
                    from: i - 1, negation: Negation(trigger: trigger, kind: .rejection, deferred: deferred),
                    tokens: tokens, words: words, wholeClause: pointsBack, asides: asides(), into: &negated)
                i += length
                continue
            }
            if tokens[words[i]].flags.contains(.decidedVerb), Self.decider(before: i, in: ids),
                Self.goalIndex.match(in: ids, at: i + 1) == nil
            {
                markForward(
                    from: i + 1, negation: Negation(trigger: trigger, kind: .rejection), tokens: tokens, words: words,
                    samePhrase: false, into: &negated)
                i += 1
                continue
            }
            if tokens[words[i]].flags.contains(.singleTrigger) && !tokens[words[i]].isCompoundPart
                && !Self.isConditional(at: i, in: ids)
                && !Self.isPurpose(at: i, tokens: tokens, words: words, ids: ids)
            {
                let goalStart = i + 1 < words.count && ids[i + 1] == Named.any ? i + 2 : i + 1
                if Self.goalIndex.match(in: ids, at: goalStart) == nil {
                    var kind = Self.kind(ofTriggerAt: i, in: ids)
                    if kind == .description {
                        // Where the trigger's clause ends, worked out once per unit for all triggers.
                        if clauseEnds.isEmpty { clauseEnds = Self.clauseEnds(tokens, words: words) }
                        let end = clauseEnds[i]
                        // "No service mesh for now", "no auto-scaling policies for this": a clause
                        // that ends in a deferral or in "for this" is a decision; so is one that
                        // ends in "either".
                        if (ids[i] == Named.no && Self.endsWithDeferral(from: i + 1, to: end, in: ids))
                            || Self.endsWithEither(from: i + 1, to: end, in: ids)
                        {
                            kind = .rejection
                        }
                    }
                    let negation = Negation(trigger: trigger, kind: kind)
                    markForward(
                        from: i + 1, negation: negation, tokens: tokens, words: words, samePhrase: false, into: &negated)
                    if kind == .rejection, Self.objectIsOne(after: i, tokens: tokens, words: words, ids: ids) {
                        // "A service mesh, Istio, Linkerd, I would not put one in": the decision
                        // is about the kind of thing named before it.
                        markBackward(
                            from: i - 1, negation: negation, tokens: tokens, words: words, wholeClause: true, ownClause: true,
                            into: &negated)
                    }
                }
            }
            i += 1
        }
        guard !negated.byPosition.isEmpty else { return }
        for index in tokens.indices {
            for position in tokens[index].position...tokens[index].lastPosition {
                if let negation = negated.byPosition[position] {
                    tokens[index].negation = negation
                    break
                }
            }
        }
    }

    /// The negation of each position of a unit, made on the first mark: many units hold a
    /// word that can start a trigger ("is", "can", "a") and negate nothing.
    struct Marks {
        /// The number of positions in the unit.
        let positions: Int
        /// The negation of each position; empty until something is negated.
        private(set) var byPosition: [Negation?] = []

        /// Records `negation` at `position`, unless an earlier one covers it.
        mutating func mark(_ position: Int, _ negation: Negation) {
            if byPosition.isEmpty { byPosition = [Negation?](repeating: nil, count: positions) }
            byPosition[position] = byPosition[position] ?? negation
        }
    }

    /// Whether a unit is nothing but a verdict against what came before it: "Not a priority.",
    /// "Out of scope for now.", "Skip.", "No.", "Not in year one." Under a heading it rejects
    /// the heading's item. Words of a deferral's time ("year one", "this quarter") are not
    /// counted as content.
    public static func isBareRejection(_ tokens: [Token]) -> Bool {
        // By index: filtering the tokens themselves would copy each one.
        var ids: [Int] = []
        for index in tokens.indices where tokens[index].origin == .word { ids.append(wordID(of: index, in: tokens)) }
        guard let first = ids.first else { return false }
        if pseudoTriggerIndex.match(in: ids, at: 0) != nil { return false }
        // The content words, counted only for a unit that opens with a verdict.
        func content() -> Int {
            var count = 0
            for index in tokens.indices
            where tokens[index].origin == .word && !tokens[index].isStop && !deferralTimes.contains(tokens[index].surface) {
                count += 1
            }
            return count
        }
        if postTriggerIndex.match(in: ids, at: 0) != nil { return content() <= 3 }
        guard bareVerdictIDs.contains(first) else { return false }
        guard goalIndex.match(in: ids, at: 1) == nil else { return false }
        return content() <= 2
    }

    /// Words that open a bare verdict ("No.", "Skip.", "Not for us.").
    static let bareVerdicts: Set<String> = ["no", "not", "skip", "skipped", "none", "nope"]

    /// Whether a condition word stands within three words before `i`.
    static func isConditional(at i: Int, in ids: [Int]) -> Bool {
        for back in 1...3 where i - back >= 0 {
            if conditionIDs.contains(ids[i - back]) { return true }
        }
        return false
    }

    /// Whether the trigger at `i` sits in a purpose: a ``purposes`` word within the three
    /// words before it, in the same phrase ("To be sure, we would not roll back" is a decision).
    static func isPurpose(at i: Int, tokens: [Token], words: [Int], ids: [Int]) -> Bool {
        for back in 1...3 where i - back >= 0 {
            if tokens[words[i - back]].phrase != tokens[words[i]].phrase { return false }
            if purposeIDs.contains(ids[i - back]) { return true }
            // "make sure it doesn't …", but not "I'm sure we don't need a service mesh".
            if ids[i - back] == Named.sure, i - back > 0, makingIDs.contains(ids[i - back - 1]) { return true }
        }
        return false
    }

    /// Words that make a negation within three words after them a purpose: "make sure it
    /// doesn't happen again", "ensure we never lose a payment" state what the plan prevents,
    /// not what the writer rejects.
    static let purposes: Set<String> = ["ensure", "ensures", "ensuring", "guarantee"]

    /// Whether the trigger at `i` states what is missing today rather than deciding: a verb
    /// of having right after it ("we don't have a runbook", "the team hasn't got dashboards"),
    /// not after a modal ("I wouldn't have a mesh") nor as a need ("don't have to go
    /// multi-region", "don't have any use for a mesh", "haven't got time for it").
    static func describesPossession(at i: Int, in ids: [Int]) -> Bool {
        guard i + 1 < ids.count, possessionIDs.contains(ids[i + 1]) else { return false }
        if i > 0 && modalIDs.contains(ids[i - 1]) { return false }
        return !ids[(i + 2)..<min(i + 4, ids.count)].contains(where: needIDs.contains)
    }

    /// Whether the trigger at `i` states a past fact: a past copula right before it ("outages
    /// I've seen weren't caused by a deploy"), unless it carries a decision ("we were not
    /// going to adopt a mesh").
    static func describesPast(at i: Int, in ids: [Int]) -> Bool {
        guard i > 0, pastCopulaIDs.contains(ids[i - 1]) else { return false }
        return !ids[(i + 1)..<min(i + 3, ids.count)].contains(where: intentionIDs.contains)
    }

    /// Verbs of having.
    static let possessions: Set<String> = ["have", "has", "had", "got"]
    /// Modals that make a negated verb of having a decision.
    static let modals: Set<String> = ["would", "will", "should", "could", "might", "must", "shall"]
    /// Words after a negated verb of having that make it a need, not a possession.
    static let needs: Set<String> = ["to", "use", "need", "time", "room", "budget", "appetite"]
    /// Past copulas.
    static let pastCopulas: Set<String> = ["was", "were"]
    /// Words after a negated past copula that make it a decision ("we were not going to").
    static let intentions: Set<String> = ["going", "gonna", "about"]

    /// Words that, within the three words after a trigger, make it about timing or manner
    /// rather than the item: "don't roll back blindly", "not yet", "wouldn't fail over
    /// straight away".
    static let qualifiers: Set<String> = [
        "blindly", "immediately", "yet", "straight", "right", "first", "until", "before", "automatically", "manually",
        "everything", "everywhere", "all",
    ]

    /// Whether the clause after `no` ends in a deferral (``deferrals``: "no service mesh for
    /// now") or in "for this" ("No auto-scaling policies for this."): the writer's verdict on
    /// the situation at hand. "No audit logs for this bucket" and "no runbooks; write them
    /// this quarter" do not end so and stay described absences.
    static func endsWithDeferral(from start: Int, to end: Int, in ids: [Int]) -> Bool {
        for pattern in verdictEndingIDs where end - pattern.count >= start {
            if match([pattern], in: ids, at: end - pattern.count) != nil { return true }
        }
        return false
    }

    /// Whether the post-trigger at `i` (of `length` words) holds: "leave as it is" under a
    /// negation ("we cannot leave it as it is") argues for change, and "not (really) a thing"
    /// dismisses only when it ends its phrase ("rollback: not really a thing here, …", not
    /// "culture is not a thing you can announce"); "rejected" is a verdict only when it opens
    /// its phrase.
    static func postTriggerHolds(at i: Int, length: Int, tokens: [Token], words: [Int]) -> Bool {
        // Rare enough to read the surfaces themselves.
        let surface = { tokens[words[$0]].surface }
        // "Service mesh from day one | Rejected for this phase" is the writer's verdict; "deploys
        // that fail the policy are rejected at admission" describes a mechanism.
        if surface(i) == "rejected" { return i == 0 || tokens[words[i - 1]].phrase != tokens[words[i]].phrase }
        if surface(i) == "leave" {
            for back in 1...3 where i - back >= 0 {
                if ["not", "never", "cannot", "no"].contains(surface(i - back)) { return false }
            }
        }
        if surface(i + length - 1) == "thing" {
            // The rest of its phrase: up to the next comma or clause break.
            var end = i + length
            while end < words.count, tokens[words[end]].phrase == tokens[words[i]].phrase { end += 1 }
            return ((i + length)..<end).allSatisfy { ["here", "now", "today", "for", "us", "at", "all"].contains(surface($0)) }
        }
        return true
    }

    /// Whether the clause after a trigger ends in "either" ("so there's no data migration to
    /// plan either", "no dashboards either"): the writer lines it up with a decision already
    /// made, so it is one too. "Either" inside the clause ("either no rollback or …") is not.
    static func endsWithEither(from start: Int, to end: Int, in ids: [Int]) -> Bool {
        end - 1 >= start && ids[end - 1] == Named.either
    }

    /// Per word, the index just past the last word of its clause, which ends at a clause
    /// break or before a terminator word (but, so, because …). One backward pass, so that
    /// many triggers in one long clause do not each walk to its end.
    static func clauseEnds(_ tokens: [Token], words: [Int]) -> [Int] {
        var ends = [Int](repeating: words.count, count: words.count)
        var index = words.count - 2
        while index >= 0 {
            let next = words[index + 1]
            ends[index] =
                tokens[next].clause != tokens[words[index]].clause || tokens[next].flags.contains(.terminator)
                ? index + 1 : ends[index + 1]
            index -= 1
        }
        return ends
    }

    /// Whether a single-word trigger at `i` is a decision or a description.
    static func kind(ofTriggerAt i: Int, in ids: [Int]) -> Negation.Kind {
        let word = ids[i]
        for ahead in 1...4 where i + ahead < ids.count && qualifierIDs.contains(ids[i + ahead]) {
            return .description
        }
        if describesPossession(at: i, in: ids) || describesPast(at: i, in: ids) { return .description }
        // "I wouldn't start with culture": a matter of order, not a rejection.
        for ahead in 1...2 where sequencingIndex.match(in: ids, at: i + ahead) != nil { return .description }
        if rejectingVerbIDs.contains(word) { return .rejection }
        if word == Named.no {
            if i + 1 < ids.count && noDecisionIDs.contains(ids[i + 1]) { return .rejection }
            return .description
        }
        for back in 1...3 where i - back >= 0 {
            if deciderIDs.contains(ids[i - back]) { return .rejection }
        }
        return .description
    }

    /// Whether a decider stands right before `index`, adverbs aside.
    static func decider(before index: Int, in ids: [Int]) -> Bool {
        var j = index - 1
        while j >= 0, index - j <= 3, adverbIDs.contains(ids[j]) { j -= 1 }
        return j >= 0 && deciderIDs.contains(ids[j])
    }

    private func markForward(
        from start: Int, negation: Negation, tokens: [Token], words: [Int], samePhrase: Bool, into negated: inout Marks
    ) {
        guard start < words.count else { return }
        let clause = tokens[words[start - 1]].clause
        let phrase = start < words.count ? tokens[words[start]].phrase : 0
        var content = 0
        var j = start
        while j < words.count, tokens[words[j]].clause == clause, !tokens[words[j]].flags.contains(.terminator) {
            let word = words[j]
            if samePhrase && (tokens[word].phrase != phrase || (j > start && tokens[word].flags.contains(.subject))) { break }
            // A new subject after a coordinator starts a new clause: "try not to panic, and I'd
            // acknowledge the page" negates the panic, not the page.
            if j > start, tokens[word].flags.contains(.subject), tokens[words[j - 1]].flags.contains(.coordinator) { break }
            if !tokens[word].isStop {
                content += 1
                if content > maximumScope { break }
            }
            negated.mark(tokens[word].position, negation)
            // A pronoun object that ends its verb phrase closes the scope: "I'd skip it and
            // trust the headroom" rejects what "it" points back to, not the headroom; "wouldn't
            // move it to Kubernetes" goes on and still rejects Kubernetes.
            if tokens[word].flags.contains(.objectPronoun) {
                guard j + 1 < words.count else { break }
                let next = words[j + 1]
                if tokens[next].phrase != tokens[word].phrase || tokens[next].flags.contains(.coordinator) { break }
            }
            j += 1
        }
    }

    /// Whether the verb after the trigger at `i` takes the pronoun `one` as its object ("I'd
    /// not put one in", "we don't need one here"): `one` two to four words after the trigger,
    /// in its phrase, not counted ("pick just one", "any one") and not followed by a content
    /// word ("put one region in charge" counts a region). "No one" and "not one" are never it.
    static func objectIsOne(after i: Int, tokens: [Token], words: [Int], ids: [Int]) -> Bool {
        for k in stride(from: i + 2, to: min(i + 5, words.count), by: 1) where tokens[words[k]].phrase == tokens[words[i]].phrase {
            guard ids[k] == Named.one else { continue }
            if counterIDs.contains(ids[k - 1]) { return false }
            guard k + 1 < words.count else { return true }
            return tokens[words[k + 1]].isStop || tokens[words[k + 1]].phrase != tokens[words[k]].phrase
        }
        return false
    }

    /// Words before `one` that make it a count, not a pronoun for a kind of thing.
    static let counters: Set<String> = ["just", "only", "any", "single", "every", "each", "no", "exactly", "than"]

    /// Words after an object pronoun that start a new verb phrase ("skip it and trust …").
    static let coordinators: Set<String> = ["and", "or", "then", "so", "but"]

    /// Object pronouns that end a forward scope when they end their verb phrase.
    static let objectPronouns: Set<String> = ["it", "them"]

    /// Negates backward from `start` to the start of its clause, within ``maximumScope``
    /// content words unless `wholeClause`. A parenthesised aside (`asides`) is passed over,
    /// neither negated nor counted ("Anything beyond what we already run (Trivy in CI) is
    /// overkill" leaves Trivy alone), and the bracket that closes it does not end the clause;
    /// a `;` or dash after it still does.
    ///
    /// With `ownClause`, the reach also stops where a coordinator joins the writer's clause to
    /// another ("We already have a DR runbook and I would not write one" leaves the runbook).
    private func markBackward(
        from start: Int, negation: Negation, tokens: [Token], words: [Int], wholeClause: Bool = false,
        asides: Parentheses? = nil, ownClause: Bool = false, into negated: inout Marks
    ) {
        guard start >= 0 else { return }
        var clause = tokens[words[start + 1]].clause
        var content = 0
        var j = start
        while j >= 0 {
            let word = words[j]
            if let asides, asides.inside[j] {
                if tokens[word].clause != clause {
                    guard asides.closesAfter[j] else { break }
                    clause = tokens[word].clause
                }
                j -= 1
                continue
            }
            if tokens[word].clause != clause || tokens[word].flags.contains(.terminator) { break }
            if ownClause, j > 0, tokens[word].flags.contains(.subject), tokens[words[j - 1]].flags.contains(.coordinator) {
                negated.mark(tokens[word].position, negation)
                break
            }
            if !tokens[word].isStop {
                content += 1
                if content > maximumScope && !wholeClause { break }
            }
            negated.mark(tokens[word].position, negation)
            j -= 1
        }
    }

    /// Length of the first pattern of `patterns` that starts at `i` of `words` (surfaces, or
    /// their ids among ``words``), if any.
    static func match<Word: Equatable>(_ patterns: [[Word]], in words: [Word], at i: Int) -> Int? {
        for pattern in patterns where i + pattern.count <= words.count {
            var matches = true
            for (k, word) in pattern.enumerated() where words[i + k] != word {
                matches = false
                break
            }
            if matches { return pattern.count }
        }
        return nil
    }
}
