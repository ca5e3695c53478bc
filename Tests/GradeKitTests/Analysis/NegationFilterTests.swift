import Testing

@testable import GradeKit

@Suite struct NegationFilterTests {
    /// The surfaces of the negated content words in `text`.
    func negated(_ text: String) -> [String] {
        Analyzer().tokens(text).filter { $0.origin == .word && !$0.isStop && $0.negation != nil }.map(\.surface)
    }

    @Test(arguments: [
        ("We would not roll back.", ["roll", "back"]),
        ("No need for read replicas.", ["need", "read", "replicas"]),
        ("I'd skip the post-mortem this time.", ["post", "mortem", "time"]),
        ("We won't touch spot instances.", ["touch", "spot", "instances"]),
        ("Go live without load testing.", ["load", "testing"]),
        ("I never page the whole team.", ["page", "whole", "team"]),
    ])
    func triggersNegateForward(_ text: String, _ expected: [String]) {
        #expect(negated(text) == expected)
    }

    @Test func everyTriggerNeedsAKeyWord() {
        // The filter passes over units with no key word: each trigger must hold one.
        for pattern in NegationFilter.multiTriggers + NegationFilter.phraseTriggers + NegationFilter.postTriggers {
            #expect(pattern.contains(where: NegationFilter.keyWords.contains), "\(pattern)")
        }
        #expect(NegationFilter.singleTriggers.union(NegationFilter.decidedVerbs).isSubset(of: NegationFilter.keyWords))
        #expect(!NegationFilter.keyWords.contains("a") && !NegationFilter.keyWords.contains("is"))
        #expect(negated("Backstage is a waste for a team this size.") == ["backstage"])
    }

    @Test func everyTriggerWrittenInASentencePassesTheGate() {
        // The key words are flagged on the folded surface after contractions are split, so
        // capitals and "can't" still reach the filter.
        for pattern in NegationFilter.multiTriggers + NegationFilter.phraseTriggers + NegationFilter.postTriggers {
            let text = "Honestly, " + pattern.joined(separator: " ").uppercased() + " the replicas."
            #expect(Analyzer().tokens(text).contains { $0.flags.contains(.negationKey) }, "\(text)")
        }
        #expect(negated("We CAN'T touch spot instances.") == ["touch", "spot", "instances"])
    }

    @Test func alternativesNegateOnlyTheirPhrase() {
        #expect(negated("Use read replicas instead of sharding, and cache hot keys.") == ["sharding"])
        #expect(negated("Rather than a service mesh, plain Kubernetes services.") == ["service", "mesh"])
    }

    @Test(arguments: [
        "We would not roll back but fix forward with a hotfix.",
        "We would not roll back; a hotfix is faster.",
        "We would not roll back, however a hotfix is faster.",
        "We would not roll back because a hotfix is faster.",
    ])
    func scopeEndsAtClauseBreaks(_ text: String) {
        let words = negated(text)
        #expect(words == ["roll", "back"], "\(words)")
    }

    @Test func scopeIsLimitedInLength() {
        let words = negated("Not one two three four five six seven eight")
        #expect(words == ["one", "two", "three", "four", "five", "six"])
    }

    @Test func postTriggersNegateBackward() {
        #expect(negated("A service mesh is overkill here.") == ["service", "mesh"])
        #expect(negated("Read replicas are not needed for this.").starts(with: ["read", "replicas"]))
        #expect(negated("Multi-region is out of scope.") == ["multi", "region"])
        #expect(negated("Replicas, sharding and a service mesh are all overkill.") == ["replicas", "sharding", "service", "mesh"])
        #expect(negated("Cost tracking isn't our problem.").starts(with: ["cost", "tracking"]))
        #expect(negated("On scanning automation: I'd push back.") == ["scanning", "automation"])
        #expect(negated("Service mesh from day one | Rejected for this phase.").starts(with: ["service", "mesh"]))
        // A mechanism that rejects something is no verdict of the writer's.
        #expect(negated("Canary deploys that breach the SLO are rejected automatically by Argo Rollouts.").isEmpty)
        #expect(negated("I'd push back on a service mesh.") == ["service", "mesh"])
        #expect(negated("Backstage is a big investment and we can't afford it.").starts(with: ["backstage", "big", "investment"]))
        #expect(negated("Storage I'd leave as it is.") == ["storage"])
        #expect(negated("Rollback: not really a thing here.") == ["rollback"])
        #expect(negated("The lifecycle rules we would leave alone.") == ["lifecycle", "rules"])
        // Leaving something somewhere is not leaving it as it is.
        #expect(negated("Leave the replicas in the second region as a warm standby.").isEmpty)
    }

    @Test(arguments: [
        "Not only roll back but also write a post-mortem.",
        "Not just caching: queues too.",
        "Deploy with no downtime using blue-green.",
        "Migrate without any downtime by dual writes.",
        "Design for no single point of failure in the database tier.",
        "No doubt the database is the bottleneck.",
        "Hold a no-blame review.",
        "Plan the skip-level meetings.",
        "Hold skip level meetings monthly.",
        "Reviews with no finger-pointing.",
        "If they don't improve, traffic goes back to the old path.",
        "Unless we can't reach the primary, promote the replica.",
    ])
    func pseudoTriggersAndGoalsNegateNothing(_ text: String) {
        #expect(negated(text).isEmpty, "\(negated(text))")
    }

    @Test func negationSurvivesIntoJoinedAndSynonymTokens() {
        let synonyms = Analyzer.compileSynonyms([["postmortem", "post-mortem", "incident review"]])
        let tokens = Analyzer(synonyms: synonyms, vocabulary: ["postmortem"]).tokens("we will skip the post mortem")
        let joined = tokens.filter { $0.origin != .word }
        #expect(!joined.isEmpty)
        #expect(joined.allSatisfy { $0.negation == Negation(trigger: 2, kind: .rejection) })
    }

    /// The kind of the negation covering the first negated content word.
    func kind(_ text: String) -> Negation.Kind? {
        Analyzer().tokens(text).first { $0.origin == .word && !$0.isStop && $0.negation != nil }?.negation?.kind
    }

    @Test(arguments: [
        ("We would not roll back.", Negation.Kind.rejection),
        ("I won't add replicas.", .rejection),
        ("No need for a service mesh.", .rejection),
        ("I'd skip the post-mortem.", .rejection),
        ("A mesh is overkill.", .rejection),
        ("We never page managers.", .rejection),
        ("Use replicas instead of sharding.", .alternative),
        ("Rather than sharding, add replicas.", .alternative),
        ("Load balancers with no targets cost money.", .description),
        ("Sit in on stand-ups without changing anything.", .description),
        ("There are no audit logs for 30 days.", .description),
        ("The bucket was not encrypted.", .description),
        ("Don't roll back blindly.", .description),
        ("We would not fail over automatically.", .description),
        ("We don't have a runbook for the event today.", .description),
        ("The team hasn't got any dashboards.", .description),
        ("We don't need a runbook for the event.", .rejection),
        ("Plenty of outages I've seen weren't caused by a deploy at all.", .description),
        ("I wouldn't have a service mesh in the first phase.", .rejection),
        ("We don't have to go multi-region.", .rejection),
        ("We don't have any use for a service mesh.", .rejection),
        ("We were not going to adopt a service mesh.", .rejection),
        ("I'd skip all the dashboards at first.", .description),
    ])
    func triggersAreClassified(_ text: String, _ expected: Negation.Kind) {
        #expect(kind(text) == expected)
    }

    @Test func aPointerAfterAPostTriggerReachesTheClauseSubject() {
        let words = negated("Backstage is a big investment to keep alive and a five-person team can't afford it.")
        #expect(words.first == "backstage", "\(words)")
        #expect(kind("Backstage is a big investment to keep alive and a five-person team can't afford it.") == .rejection)
        // Without the pointer the limit of six content words still holds.
        #expect(!negated("Backstage is a big investment to keep alive and a five-person team can't afford the licence.").contains("backstage"))
    }

    @Test func argumentsAgainstAToolRejectIt() {
        #expect(negated("Same for automated scanners: too many false positives.") == ["automated", "scanners"])
        #expect(kind("Same for automated scanners: too many false positives.") == .rejection)
        #expect(negated("Static analysis alerts are too noisy.").starts(with: ["static", "analysis", "alerts"]))
        #expect(negated("Istio is too much operational load for a team this size.").first == "istio")
    }

    @Test func avoidRejectsOnlyAsADecision() {
        #expect(negated("I'd avoid governance boards or formal policies.") == ["governance", "boards", "formal", "policies"])
        #expect(kind("We should avoid a big-bang cutover.") == .rejection)
        #expect(negated("Put a cache in front to avoid overloading the primary.").isEmpty)
        #expect(negated("We would avoid downtime with blue-green deploys.").isEmpty)
        #expect(negated("I'd also avoid formal recognition schemes.") == ["formal", "recognition", "schemes"])
        #expect(kind("I'd argue against putting Istio in at the start.") == .rejection)
        #expect(negated("We decided against a service mesh.") == ["service", "mesh"])
        #expect(negated("The data argues for a cache in front of the catalogue.").isEmpty)
        #expect(kind("We should really avoid a big-bang cutover.") == .rejection)
        #expect(negated("Add a cache to also avoid overloading the primary.").isEmpty)
    }

    @Test func eitherAtTheEndOfANegatedClauseMakesItADecision() {
        #expect(kind("So there's no data migration to plan either.") == .rejection)
        #expect(kind("There's no data migration to plan.") == .description)
        #expect(kind("There are no audit logs for 30 days.") == .description)
        #expect(kind("Either no rollback or a fast one.") == .description)
    }

    @Test func anAlternativeEndsWhereTheMainClauseStarts() {
        #expect(negated("Instead of one-on-ones I'd run a weekly team retro.") == ["one", "ones"])
        #expect(negated("Rather than sharding we add read replicas.") == ["sharding"])
        #expect(negated("Instead of blue-green, a canary at 5% of traffic.") == ["blue", "green"])
    }

    @Test func aDeferralMakesNoADecision() {
        func kinds(_ text: String) -> Set<Negation.Kind> {
            Set(Analyzer().tokens(text).compactMap { $0.negation?.kind })
        }
        #expect(kinds("No service mesh for now.") == [.rejection])
        #expect(kinds("No chaos testing at this stage; drills first.") == [.rejection])
        #expect(kinds("No auto-scaling policies for this.") == [.rejection])
        #expect(kinds("No auto-scaling policies for this; the spike is too fast.") == [.rejection])
        // A described absence stays one.
        #expect(kinds("There are no audit logs for the last month.") == [.description])
        #expect(kinds("There are no audit logs for this bucket.") == [.description])
    }

    @Test func aPronounObjectClosesTheScope() {
        #expect(negated("So I'd skip it and trust the headroom.").isEmpty)
        #expect(negated("We won't touch them and will cache product pages instead.") == ["touch"])
        #expect(negated("I'd skip the load test and trust the headroom.") == ["load", "test", "trust", "headroom"])
    }

    @Test(arguments: [
        ("Not a priority.", true), ("Out of scope for now.", true), ("Skip.", true), ("No.", true),
        ("Overkill for a team this size.", true), ("Not only drills: training too.", false),
        ("No downtime is acceptable.", false), ("No single point of failure.", false),
        ("Not every engineer needs to run a failover, but the on-call ones do.", false),
        ("A quarterly wheel of misfortune for every on-call engineer.", false),
        ("Not in year one.", true), ("Not this quarter.", true),
        ("Not in year one: the catalog comes after the templates.", false),
    ])
    func bareRejections(_ text: String, _ expected: Bool) {
        #expect(NegationFilter.isBareRejection(Analyzer().tokens(text)) == expected)
    }
}

extension NegationFilterTests {
    @Test(arguments: [
        "Write it up so we make sure it doesn't happen again.",
        "Ensure we never lose a committed payment during failover.",
        "Make sure it never pages the whole team at night.",
    ])
    func purposesNegateNothing(_ text: String) {
        #expect(negated(text).isEmpty, "\(negated(text))")
    }

    @Test func aDecisionAfterAPurposeClauseStillNegates() {
        #expect(negated("To be sure, we would not roll back.") == ["roll", "back"])
    }
}

extension NegationFilterTests {
    @Test func beingSureIsNotAPurpose() {
        #expect(negated("I'm sure we don't need a service mesh.") == ["need", "service", "mesh"])
    }

    @Test func aPronounLaterInTheScopeDoesNotCloseIt() {
        #expect(negated("I wouldn't move it to Kubernetes yet.").contains("kubernetes"))
        #expect(!negated("I'd skip it and trust the headroom.").contains("headroom"))
    }
}

extension NegationFilterTests {
    @Test func aNewSubjectAfterACoordinatorEndsTheScope() {
        #expect(!negated("I would try not to panic, and I'd acknowledge the page in PagerDuty.").contains("acknowledge"))
        #expect(negated("We would not roll back and fix forward.").contains("roll"))
    }
}

extension NegationFilterTests {
    @Test func aPostTriggerReachesPastAParenthesisedAside() {
        let aside = "Automated security scanning (IaC scanners in CI, continuous CSPM) is out of scope."
        #expect(negated(aside) == ["automated", "security", "scanning"])
        // What the aside says is passed over, neither negated nor counted.
        let done = "Anything beyond what we already run (Trivy in every CI pipeline, Dependabot) is overkill."
        #expect(!negated(done).contains("trivy"))
        // A semicolon or dash after the aside still ends the clause.
        #expect(negated("We run Trivy in CI (and Dependabot); anything more is overkill.") == ["anything"])
        #expect(negated("We run Trivy in CI (plus Dependabot) – anything more is overkill.") == ["anything"])
        // An unmatched bracket opens no aside.
        #expect(negated("Trivy :( is overkill.") == ["trivy"])
        // Without the text the tokens came from, the closing bracket ends the reach.
        var tokens = Analyzer().baseTokens(aside)
        NegationFilter().apply(&tokens)
        #expect(!tokens.contains { $0.surface == "automated" && $0.negation != nil })
        // The aside's own words still count towards the limit when nothing is parenthesised.
        #expect(!negated("One two three four five six seven eight is out of scope.").contains("one"))
    }

    @Test func aDecisionAboutOneReachesBackToTheKindNamedBeforeIt() {
        let mesh = "A service mesh, I know it comes up, Istio, Linkerd, I would actually not put one in here."
        let words = negated(mesh)
        #expect(["service", "mesh", "istio", "linkerd"].allSatisfy(words.contains), "\(words)")
        // `one` before a noun counts something; "no one" is nobody.
        #expect(!negated("Terraform for the cluster, and I would not put one region in charge.").contains("terraform"))
        #expect(!negated("Terraform for the cluster, and no one applies by hand.").contains("terraform"))
        #expect(!negated("Terraform for the cluster; I would not add one.").contains("terraform"))
        // A count is no pronoun, and the writer's other clause is not the decision's.
        #expect(!negated("Between canary and blue-green I wouldn't pick just one.").contains("canary"))
        #expect(!negated("We already have a DR runbook and I would not write one from scratch.").contains("runbook"))
    }

    @Test func aDeferralThatCanComeLaterRejects() {
        #expect(negated("Cost can come later.") == ["cost"])
    }

    @Test(arguments: [
        "Don't skip the post-mortem: a blameless review within 48 hours.",
        "I never skip the canary step.",
        "Don't forget the status page.",
        "Never go live without a rollback plan, not without one.",
    ])
    func aNegatedVerbOfLeavingOutAffirms(_ text: String) {
        let words = negated(text)
        #expect(!words.contains("post") && !words.contains("canary") && !words.contains("status"), "\(words)")
    }

    @Test func aNegationInsideAnAsideStaysInside() {
        let text = "Someone (not me, if anyone else is up) posts on the status page every 30 minutes."
        #expect(!negated(text).contains("status"))
    }

    @Test func notRulingSomethingOutKeepsIt() {
        #expect(negated("I wouldn't rule out the deployment as the cause.").isEmpty)
    }
}

extension NegationFilterTests {
    @Test func aChainBuiltByHandNeedsTheWordFlags() {
        var tokens = Tokenizer().tokenize("We don't need Kafka here")
        CaseFolder().apply(&tokens)
        tokens = WordSplitter().apply(tokens)
        NegationFilter().apply(&tokens)
        #expect(tokens.allSatisfy { $0.negation == nil }, "no flags, no triggers")
        WordFlags.assign(to: &tokens)
        NegationFilter().apply(&tokens)
        #expect(tokens.contains { $0.surface == "kafka" && $0.negation != nil })
    }
}
