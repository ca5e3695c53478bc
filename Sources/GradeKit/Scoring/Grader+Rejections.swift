extension Grader {
    // How a decision against an item outweighs what the answer says of it elsewhere.
    //
    // A rejection starts as a negated match (`SubstanceClassifier.classify`, `NegationFilter`),
    // a lead or kept anti-pattern (`Grader.judge`) or a rejected passage
    // (`GradingState.rejectPassage`). Then it widens in three steps:
    // 1. the passage: every other match of the item in a passage that rejects it is rejected
    //    too (``applyRejections(_:)``);
    // 2. the item as a whole: a rejection that names the item itself
    //    (``CompiledRubric/Concept/namesItem``), not one variant of it
    //    (``narrowed(_:words:core:wholeScope:)``), outweighs the item's techniques elsewhere
    //    unless the answer also takes the item up by name (``applyRejectionElsewhere(_:)``);
    // 3. mere names: a rejection outweighs matches elsewhere that only name the item.

    /// Whether a word beside `match`, in the same negation's scope (or, for a match nothing
    /// negates, among the words nothing negates), makes it one variant of the item:
    /// - a modifier before it: "*auto*-scaling", "*data* migration", "*skills* assessment",
    ///   "a *standalone* DR plan document" (every word back to a stop word);
    /// - the word right after it, past a determiner: "automate *the failover*". With
    ///   `wholeScope` (a general word such as "migration" or "culture"), every content word
    ///   after it in the scope: a general word names the whole item only when the rejection
    ///   says nothing more ("I'd skip the migration", not "I would never do the migration in
    ///   one weekend" or "I would not fail over on a single failed check").
    /// The item's own title words (`core`: "governance *model*"), filler and ``plainWords``
    /// narrow nothing ("culture initiatives", "skip turning on extra logging").
    static func narrowed(_ match: ConceptMatch, words: UnitWords, core: Set<String>, wholeScope: Bool = false) -> Bool {
        guard let (first, last) = words.span(of: match) else { return false }
        let trigger = words.negation(of: match)?.trigger
        // Words by index, their fields read in place: a copy of a token retains its strings.
        let tokens = words.tokens
        func inScope(_ word: Int) -> Bool { tokens[word].negation?.trigger == trigger }
        func narrows(_ word: Int) -> Bool {
            !tokens[word].isStop && inScope(word) && !core.contains(tokens[word].term)
                && !SubstanceClassifier.filler.contains(tokens[word].term) && !plainWords.contains(tokens[word].term)
        }
        // The modifiers before it, back to a stop word: "a standalone DR plan document".
        var before = first - 1
        while let word = words.index(at: before), !tokens[word].isStop, inScope(word) {
            if narrows(word) { return true }
            before -= 1
        }
        // A parenthesised aside right after it elaborates; it does not narrow.
        var after = last + 1
        while words.isAside(after), words.index(at: after).map(inScope) == true { after += 1 }
        if wholeScope {
            while let word = words.index(at: after), inScope(word) {
                if narrows(word) && !words.isAside(after) { return true }
                after += 1
            }
            return false
        }
        while let word = words.index(at: after), determiners.contains(tokens[word].surface) { after += 1 }
        return words.index(at: after).map(narrows) ?? false
    }

    /// A unit's matches with one-variant rejections widened to the item when the same
    /// rejection also covers a general word for the item: "I'd avoid governance boards or
    /// formal policies" rejects governance, not only its boards, because the coordination
    /// reaches the item's general form. "I'd avoid governance boards; they slow every team
    /// down" names one variant and stays one, and so does "no data migration to plan": the
    /// general word has to be a conjunct of its own (``coordinated(_:_:words:)``).
    /// A unit that goes on to do the item in substance ("no review boards or formal
    /// policies; OPA checks every deploy instead") replaces the forms it rejects and widens
    /// nothing.
    ///
    /// Widened in place and read by index: a copy of a judged match copies its evidence's
    /// strings. Widening sets only ``Found/wholeItem``, which no test of another match reads.
    static func widenByCoordination(_ judged: inout [Judged], words: UnitWords) {
        guard judged.indices.contains(where: { judged[$0].broad }) else { return }
        for index in judged.indices {
            guard let scope = judged[index].rejectionScope, let span = judged[index].span, judged[index].found.namesItem,
                !judged[index].found.wholeItem
            else { continue }
            let rule = judged[index].rule
            guard !judged.indices.contains(where: { judged[$0].rule == rule && judged[$0].found.evidence.role == .substance })
            else { continue }
            let widened = judged.indices.contains {
                guard judged[$0].broad, judged[$0].rule == rule, judged[$0].rejectionScope == scope, let other = judged[$0].span
                else { return false }
                return coordinated(span, other, words: words)
            }
            if widened { judged[index].found.wholeItem = true }
        }
    }

    /// Whether two matches are separate conjuncts: apart, with a conjunction (`or`, `and`,
    /// `nor`) or a phrase break (a comma, colon or slash) between them. Both lie in one
    /// rejection's scope, so they are never far apart.
    private static func coordinated(_ one: ClosedRange<Int>, _ other: ClosedRange<Int>, words: UnitWords) -> Bool {
        guard !one.overlaps(other) else { return false }
        let (left, right) = one.upperBound < other.lowerBound ? (one, other) : (other, one)
        var previous = words[left.upperBound]
        for position in (left.upperBound + 1)..<right.lowerBound {
            guard let word = words[position] else { continue }
            if conjunctions.contains(word.surface) || word.phrase != previous?.phrase { return true }
            previous = word
        }
        return words[right.lowerBound]?.phrase != previous?.phrase
    }

    /// Words that join conjuncts.
    static let conjunctions: Set<String> = ["or", "and", "nor"]

    /// Words beside a rejected or replaced item that leave it the item itself: plain verbs
    /// ("rather than writing a runbook"), size, length and formality ("instead of formal
    /// 1:1s", "skip turning on extra logging", "a drawn-out investigation") and the generic
    /// nouns for an effort at something ("culture initiatives", "a systematic
    /// investigation", "training programmes"), and words of extent and time ("skip training
    /// entirely for now"). A specific body or mechanism is a variant: "governance boards" are
    /// one way to govern. Stems.
    static let plainWords: Set<String> = [
        "write", "do", "run", "hold", "add", "introduc", "adopt", "formal", "full", "big", "heavi", "dedic", "separ",
        "regular", "weekli", "individu", "privat", "extra", "addit", "long", "lengthi", "elabor", "drawn", "out",
        "initi", "effort", "program", "programm", "investig", "entir", "complet", "altogeth", "total", "now",
        "moment", "time",
    ]

    /// Words between a verb and its object that leave the object as it is ("automate the failover").
    static let determiners: Set<String> = [
        "the", "a", "an", "our", "their", "its", "any", "my", "your", "this", "that", "these", "those",
    ]

    /// The verb of a kept state between an anti-pattern's words ("failover *stays* manual",
    /// "the database remains shared"), if any: the writer keeps what the item avoids. The
    /// verb has to join the two words directly, and the clause must not make it a condition
    /// or a description of now ("if failover stays manual", "today failover remains manual",
    /// "during the transition the database stays shared").
    static func keptAntipattern(_ match: ConceptMatch, words: UnitWords) -> String? {
        guard let (first, last) = words.span(of: match), last - first == 2, let verb = words[first + 1],
            keepVerbs.contains(verb.surface)
        else { return nil }
        let clause = verb.clause
        let qualified = words.tokens.contains {
            $0.origin == .word && $0.clause == clause && $0.position < first && keepQualifiers.contains($0.surface)
        }
        return qualified ? nil : verb.surface
    }

    /// Verbs that keep a state as it is.
    static let keepVerbs: Set<String> = ["stay", "stays", "stayed", "remain", "remains", "remained"]

    /// Words before a kept state that make it a condition or a description of the present.
    static let keepQualifiers: Set<String> = [
        "if", "unless", "when", "while", "whilst", "during", "until", "today", "currently", "now", "still",
        "initially", "temporarily", "meanwhile",
    ]

    /// A paragraph or list item that rejects a rule outright ("No need for read replicas;
    /// they bring replication lag") rejects the rule's other matches in it too: arguing
    /// against an item is not addressing it. Matches in other passages still count when they
    /// deal with it in substance; see ``applyRejectionElsewhere(_:)``.
    static func applyRejections(_ found: [Found]) -> [Found] {
        // Most passages reject nothing: one pass by index shows it, copying no match.
        guard found.indices.contains(where: { found[$0].evidence.role == .negated && found[$0].rejects }) else { return found }
        let rejectingBlocks = Set(found.filter { $0.evidence.role == .negated && $0.rejects }.map(\.block))
        guard !rejectingBlocks.isEmpty else { return found }
        var result = found
        for block in rejectingBlocks {
            let inBlock = found.indices.filter { found[$0].block == block }
            let trigger =
                inBlock.first { found[$0].evidence.role == .negated && found[$0].rejects }.map { found[$0].evidence.reason }
                ?? ""
            for index in inBlock where result[index].evidence.role != .negated {
                result[index].evidence.role = .negated
                result[index].evidence.reason = "the same passage rejects this item (\(trigger))"
            }
        }
        return result
    }

    /// A decision against the item, weighed against the rest of the answer. `found` is a
    /// rule's matches over the whole answer, passage rejections applied.
    ///
    /// - A rejection of the item as a whole ("I wouldn't spend energy on culture
    ///   initiatives", "failover stays manual", "I'd avoid governance boards") outweighs
    ///   techniques of the item elsewhere (blameless postmortems, a job that promotes the
    ///   replica, a CODEOWNERS file): the writer has said they are not doing the item, so the
    ///   technique serves something else. Unless the answer also takes the item up by name
    ///   (``takesUpByName(_:)``), every match becomes a rejection.
    /// - Otherwise a rejection outweighs matches that only name the item ("the IAM
    ///   credential report" after "I would not start rotating credentials"): naming does not
    ///   outweigh a decision against it. Substance elsewhere still counts, since mixed answers
    ///   push back on part of an item and do the rest well. Only a rejection of the item's own
    ///   terms counts: "I wouldn't rely on auto-scaling" rejects auto-scaling, not the general
    ///   word "scaling" of a scaling strategy.
    static func applyRejectionElsewhere(_ found: [Found]) -> [Found] {
        // Searched by index: a copy of a match copies its evidence's strings.
        if let rejection = found.indices.first(where: {
            found[$0].evidence.role == .negated && found[$0].rejects && found[$0].wholeItem
        }), !takesUpByName(found) {
            // What a sentence opening with "Instead" does is the item done another way.
            return rejectingRest(
                found, reason: "the answer decides against this item as a whole (\(found[rejection].evidence.reason))"
            ) {
                $0.evidence.role != .negated && !$0.offersInstead
            }
        }
        guard !found.indices.contains(where: { found[$0].evidence.role == .substance }),
            let rejection = found.indices.first(where: {
                found[$0].evidence.role == .negated && found[$0].rejects && !found[$0].general
            })
        else { return found }
        return rejectingRest(found, reason: "the answer rejects this item elsewhere (\(found[rejection].evidence.reason))") {
            $0.evidence.role == .mention
        }
    }

    /// Whether the answer takes the item up by name: a match naming it (a general word will
    /// do) in a unit where the item has substance ("Our governance model is lightweight:
    /// golden-path defaults enforced by OPA policies in CI"), not rejected since.
    private static func takesUpByName(_ found: [Found]) -> Bool {
        found.indices.contains { found[$0].takesUpItem && found[$0].evidence.role != .negated }
    }

    /// `found` with the matches that pass `rejected` turned into rejections for `reason`.
    private static func rejectingRest(_ found: [Found], reason: String, _ rejected: (Found) -> Bool) -> [Found] {
        var result = found
        for index in result.indices where rejected(result[index]) {
            result[index].evidence.role = .negated
            result[index].evidence.reason = reason
        }
        return result
    }
}
