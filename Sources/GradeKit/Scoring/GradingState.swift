extension Grader {
    /// What grading accumulates over the units of an answer: per rule, its judged matches.
    ///
    /// Matches are kept per passage (block) until the passage ends; then the passage's
    /// rejections are applied (``Grader/applyRejections(_:)`` looks at one passage at a
    /// time, so applying it passage by passage is the same as applying it once at the end)
    /// and the matches join the rule's settled list. A rule's settled list is pruned when it
    /// grows long, keeping only what its verdict can use (see ``prune(_:evidenceLimit:)``),
    /// so a huge answer with millions of matches holds a few per rule, not all of them.
    struct GradingState {
        /// Per rule, matches of finished passages, rejections applied.
        private var found: [[Found]]
        /// Per rule, matches of the current passage.
        private var pending: [[Found]]
        /// The current passage.
        private var block = -1
        /// Per rule, the length at which its settled list is pruned next.
        private var pruneAt: [Int]
        /// How many pieces of evidence a verdict shows.
        let evidenceLimit: Int
        /// The length a settled list may reach before it is first pruned.
        let pruneThreshold: Int
        /// Written words seen so far.
        var words = 0
        /// The interviewer's turns seen so far (``UnitKind/prompt``), which are not graded.
        var prompts = 0
        /// Units whose matches were ignored as random text (``Gibberish``).
        var junkUnits = 0
        /// The concept matcher's buffers, kept from one unit to the next.
        var matching = ConceptMatcher.Scratch()

        init(rules: Int, evidenceLimit: Int, pruneThreshold: Int) {
            found = Array(repeating: [], count: rules)
            pending = Array(repeating: [], count: rules)
            pruneAt = Array(repeating: pruneThreshold, count: rules)
            self.evidenceLimit = evidenceLimit
            self.pruneThreshold = pruneThreshold
        }

        /// Adds a judged match of rule `rule`; its block ends the previous passage if new. The
        /// match is moved in, not copied with all its strings.
        mutating func add(_ item: consuming Found, rule: Int) {
            if item.block != block {
                settle()
                block = item.block
            }
            pending[rule].append(item)
        }

        /// Rejects every match of the passage `block`, which has ended or is current ("## Training"
        /// answered by "Not a priority."). Passages end in order, so only the tail of each
        /// rule's settled list can belong to it.
        mutating func rejectPassage(_ block: Int, reason: String) {
            reject(reason: reason, from: block) { $0.block == block }
        }

        /// Rejects every match of unit `unit` of passage `block` ("Some people like to do the
        /// whole recognition thing" answered by "I'm not really into that").
        mutating func rejectUnit(_ unit: Int, of block: Int, reason: String) {
            reject(reason: reason, from: block) { $0.unit == unit }
        }

        /// Rejects the matches that pass `chosen` among those of passage `block` and later.
        private mutating func reject(reason: String, from block: Int, _ chosen: (Found) -> Bool) {
            func reject(_ item: inout Found) {
                item.evidence.role = .negated
                item.evidence.reason = reason
                item.rejects = true
            }
            for rule in found.indices {
                var index = found[rule].count - 1
                while index >= 0 && found[rule][index].block >= block {
                    if chosen(found[rule][index]) { reject(&found[rule][index]) }
                    index -= 1
                }
                for pendingIndex in pending[rule].indices where chosen(pending[rule][pendingIndex]) {
                    reject(&pending[rule][pendingIndex])
                }
            }
        }

        /// Every rule's matches, rejections applied, in the order they were found (less
        /// those pruned). The state is used up: its lists are settled in place, not copied.
        consuming func settled() -> [[Found]] {
            settle()
            return found
        }

        /// Ends the current passage: applies its rejections and moves its matches to the
        /// settled lists.
        private mutating func settle() {
            for rule in pending.indices where !pending[rule].isEmpty {
                // The passage's matches taken out of `pending`, so the array is not shared when
                // `takesUpItem` is set below and no match is copied.
                var passage: [Found] = []
                swap(&passage, &pending[rule])
                passage = Grader.applyRejections(passage)
                // The item named in a passage that deals with it in substance ("Our governance
                // model is lightweight. Golden-path defaults are enforced by OPA in CI.").
                if passage.indices.contains(where: { passage[$0].evidence.role == .substance }) {
                    for index in passage.indices where passage[index].namesItem && passage[index].evidence.role != .negated {
                        passage[index].takesUpItem = true
                    }
                }
                if found[rule].isEmpty { found[rule] = passage } else { found[rule] += passage }
                if found[rule].count >= pruneAt[rule] {
                    found[rule] = Self.prune(found[rule], evidenceLimit: evidenceLimit)
                    pruneAt[rule] = max(pruneThreshold, 2 * found[rule].count)
                }
            }
        }

        /// The matches of `found` (rejections applied) that a verdict can use, in order:
        /// for each role, the first occurrence of each of the first `evidenceLimit` distinct
        /// places (line and text, as the verdict tells them apart); the first match of each
        /// concept in each role (and each rejecting, vague, tentative or bare variant); and
        /// the first match in each of the first two units the item shows in. Those decide the
        /// status.
        ///
        /// The verdict takes evidence by role, substance first, skipping places already
        /// shown, up to `evidenceLimit`. A role's first `evidenceLimit` distinct places
        /// always hold as many new places as the earlier roles leave room for, so a later
        /// match never gets in, and the verdict on the pruned list is the same.
        static func prune(_ found: [Found], evidenceLimit: Int) -> [Found] {
            var places: [Evidence.Role: Set<String>] = [:]
            var firsts: Set<ConceptRole> = []
            // The verdict asks whether the item shows in one unit or more: keep the first
            // match of each of the first two units it shows in.
            var units: Set<Int> = []
            return found.filter { item in
                let role = item.evidence.role
                if role != .negated, units.count < 2, units.insert(item.unit).inserted { return true }
                var keep = firsts.insert(
                    ConceptRole(
                        concept: item.concept, role: role, rejects: item.rejects, vague: item.vague,
                        tentative: item.tentative, bare: item.bare, namesItem: item.namesItem, wholeItem: item.wholeItem,
                        takesUpItem: item.takesUpItem, offersInstead: item.offersInstead)
                ).inserted
                if places[role, default: []].count < evidenceLimit,
                    places[role, default: []].insert("\(item.evidence.line)|\(item.evidence.text)").inserted
                {
                    keep = true
                }
                return keep
            }
        }

        /// A concept in a role, for ``prune(_:evidenceLimit:)``.
        private struct ConceptRole: Hashable {
            var concept: Int
            var role: Evidence.Role
            /// Kept apart: the verdict asks whether some match rejects the item.
            var rejects: Bool
            /// Kept apart: the verdict asks whether some substance is neither vague nor tentative.
            var vague: Bool
            var tentative: Bool
            /// Kept apart: a broad rule asks whether some mention says something.
            var bare: Bool
            /// Kept apart: a rejection of the whole item weighs against the rest
            /// (``Grader/applyRejectionElsewhere(_:)``), and a naming may take the item up.
            var namesItem: Bool
            var wholeItem: Bool
            /// Kept apart: the item taken up by name, or done instead, keeps it despite such a
            /// rejection.
            var takesUpItem: Bool
            var offersInstead: Bool
        }
    }
}
