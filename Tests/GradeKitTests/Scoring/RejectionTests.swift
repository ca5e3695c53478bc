import Foundation
import Testing

@testable import GradeKit

/// Rejections on the built-in rubrics: an answer that decides against an item gets no credit
/// for it, in the rejecting passage or through a proposed alternative; proposing one
/// technique instead of another keeps the item.
@Suite struct RejectionTests {
    static let grader = BuiltinGrading.grader

    func status(_ text: String, _ scenario: String, _ rule: String) throws -> RuleStatus? {
        try BuiltinGrading.status(text, scenario, rule)
    }

    @Test func rejectingTheItemAsAnAlternativeRejectsThePassage() throws {
        let text = "And rather than writing a runbook, I'd just have the whole team in a war room for the four hours."
        #expect(try status(text, "scale", "scale.event-runbook") == .missing)
        let oneOnOnes = """
            Instead of 1:1s I'd run a weekly team retro. With a team this siloed, private meetings just \
            reinforce the silos, so I want the problems said out loud in the room.
            """
        #expect(try status(oneOnOnes, "leadership", "leadership.one-on-ones") == .missing)
    }

    @Test func anAlternativeToOneTechniqueKeepsTheItem() throws {
        let canary = """
            Instead of blue-green, I'd ship each service as a canary: 5% of traffic first, promoted when \
            error rate and latency stay within the SLO, with automatic rollback otherwise.
            """
        #expect(try status(canary, "migration", "migration.progressive-rollout") == .addressed)
        let replication = """
            Instead of synchronous replication, I'd use asynchronous streaming replication to a replica in \
            the second region, because the primary must never wait on a cross-region round trip.
            """
        #expect(try status(replication, "dr", "dr.database-replication") == .addressed)
    }

    @Test func anArgumentAgainstAToolRejectsIt() throws {
        let text = """
            No service catalog or developer portal. Backstage is a big investment to keep alive and a \
            five-person team can't afford it; a CODEOWNERS file per repo covers ownership.
            """
        #expect(try status(text, "platform", "platform.service-catalog") == .missing)
        let scanners = "Same for automated scanners: too many false positives, and the team learns to ignore them."
        #expect(try status(scanners, "security", "security.scanning-automation") == .missing)
    }

    @Test func mentionsElsewhereDoNotOutweighARejection() throws {
        let rejected = """
            I would not start rotating credentials at this stage.

            Investigation: pull the IAM credential report to see when each key was last used.
            """
        #expect(try status(rejected, "security", "security.rotate-credentials") == .missing)
        let later = """
            I would not rotate every key in a hurry at 3 AM.

            Once the scope is known, rotate the access keys the attacker used so the stolen ones stop working.
            """
        #expect(try status(later, "security", "security.rotate-credentials") == .addressed)
        // Rejecting auto-scaling is not rejecting a scaling strategy named by a general word.
        let scaling = """
            I wouldn't rely on auto-scaling at all.

            Scaling: the plan is mostly about the database.
            """
        #expect(try status(scaling, "scale", "scale.scaling-strategy") == .mentioned)
    }

    @Test func aBareVerdictUnderAHeadingRejectsItsItem() throws {
        let rejected = "## Training\n\nNot a priority. The two senior DBAs already know the system inside out.\n"
        #expect(try status(rejected, "dr", "dr.train-team") == .missing)
        let kept = "## Training\n\nA quarterly wheel of misfortune, so every on-call engineer has run a failover before a real one.\n"
        #expect(try status(kept, "dr", "dr.train-team") == .addressed)
        let goal = "## Zero downtime\n\nNo downtime is acceptable.\n"
        #expect(try status(goal, "migration", "migration.zero-downtime") != .missing)
    }

    @Test func aLeadFollowedByARejectionIsRejected() throws {
        #expect(try status("**Service mesh:** I'd skip it for now.", "migration", "migration.service-mesh") == .missing)
        #expect(try status("Communication: I'd skip a formal plan for now.", "security", "security.communication-plan") == .missing)
        let kept = "**Service mesh:** Istio with mTLS between services, so every call is encrypted and retried with a budget."
        #expect(try status(kept, "migration", "migration.service-mesh") == .addressed)
        // A qualified negation is about timing, not a rejection of the lead.
        let rollback = "Rollback: we would not roll back blindly; first check what the deploy changed, then roll back if it is the cause."
        #expect(try status(rollback, "outage", "outage.rollback-strategy") == .addressed)
        // A long opening clause is not a lead.
        let long = "We keep the service mesh we already run for mTLS and retries between services: I'd skip the extra dashboards."
        #expect(try status(long, "migration", "migration.service-mesh") == .addressed)
    }

    @Test func aRejectionOfTheWholeItemOutweighsItsTechniquesElsewhere() throws {
        let culture = """
            Every outage gets a blameless postmortem within 48 hours with named action owners.

            And I wouldn't spend energy on "culture" initiatives. Fix the outages and the culture follows.
            """
        #expect(try status(culture, "leadership", "leadership.team-culture") == .missing)
        let logging = """
            Work from the S3 server access logs to see which objects were fetched and by whom.

            I'd also skip turning on extra logging across all accounts; nobody reads it.
            """
        #expect(try status(logging, "security", "security.logging") == .missing)
        // Taking the item up by name in a passage that deals with it keeps it.
        let named = """
            I'd skip the culture talk.

            Our culture work is concrete. Every incident gets a blameless review within 48 hours, and \
            action items have named owners.
            """
        #expect(try status(named, "leadership", "leadership.team-culture") == .addressed)
    }

    /// Sentences a reviewer wrote that must not reject the whole item.
    @Test(arguments: [
        ("I would not fail over on a single failed check.", "dr", "dr.automated-failover",
         "Route 53 health checks flip the failover record, and a Lambda promotes the replica after three failed checks."),
        ("I would never do the migration in one weekend.", "migration", "migration.strategy",
         "Strangler fig: NGINX in front of the monolith routes one endpoint at a time to the new service, so each step reverses."),
        ("I wouldn't start with culture; the on-call load is what is burning people out.", "leadership", "leadership.team-culture",
         "Every incident gets a blameless review within 48 hours, because people fix what they are not blamed for."),
        ("I'd avoid governance boards; they slow every team down.", "platform", "platform.governance",
         "Guardrails instead: OPA Gatekeeper policies enforced at admission, so teams stay compliant without waiting on a review."),
        ("If failover stays manual, we will never meet a one-hour RTO.", "dr", "dr.automated-failover",
         "Route 53 health checks flip the failover record, and a Lambda promotes the replica after three failed checks."),
        ("Today failover remains manual and takes most of a day.", "dr", "dr.automated-failover",
         "Route 53 health checks flip the failover record, and a Lambda promotes the replica after three failed checks."),
        ("We have no runbooks; write them this quarter.", "scale", "scale.event-runbook",
         "The event runbook lists the T-24h checks, who scales the fleet, and the rollback steps, because nobody should improvise at peak."),
        ("Culture is not really a thing you can announce into existence.", "leadership", "leadership.team-culture",
         "Every incident gets a blameless review within 48 hours, because people fix what they are not blamed for."),
        ("The failover we cannot leave as it is.", "dr", "dr.automated-failover",
         "Route 53 health checks flip the failover record, and a Lambda promotes the replica after three failed checks."),
    ])
    func aPartialOrQualifiedRejectionKeepsTheItem(_ rejection: String, _ scenario: String, _ rule: String, _ substance: String) throws {
        #expect(try status("\(rejection)\n\n\(substance)\n", scenario, rule) == .addressed)
    }

    @Test func aRejectionReachingTheItemsGeneralFormRejectsTheItem() throws {
        let governance = """
            A CODEOWNERS file per repo covers ownership.

            I'd avoid governance boards or formal policies; teams are adults and should choose how they work.
            """
        #expect(try status(governance, "platform", "platform.governance") == .missing)
    }

    /// A one-variant rejection beside a general word that is not a conjunct of its own, or in a
    /// unit that goes on to do the item, stays one variant.
    @Test(arguments: [
        ("So there's no data migration to plan either; the data stays exactly where it is.", "migration",
         "migration.strategy",
         "Strangler fig: NGINX in front of the monolith routes one endpoint at a time to the new service, so each step reverses."),
        ("No governance boards or formal policies; OPA Gatekeeper checks every deploy at admission instead.", "platform",
         "platform.governance",
         "Teams can request an exception through a short RFC, because a hard rule with no escape hatch gets worked around."),
        ("No steering committee or architecture review board; decisions go through RFCs.", "platform",
         "platform.governance",
         "Guardrails instead: OPA Gatekeeper policies enforced at admission, so teams stay compliant without waiting on a review."),
        ("We won't have governance boards or ticket-based approvals.", "platform", "platform.governance",
         "Guardrails instead: OPA Gatekeeper policies enforced at admission, so teams stay compliant without waiting on a review."),
    ])
    func aRejectionThatStaysOneVariantKeepsTheItem(
        _ rejection: String, _ scenario: String, _ rule: String, _ substance: String
    ) throws {
        #expect(try status("\(rejection)\n\n\(substance)\n", scenario, rule) == .addressed)
    }

    /// A reviewer's answers that a decision against part of the item, or a deferral, must not
    /// strip of the item.
    @Test(arguments: [
        ("I'd avoid governance boards or formal policies.", "platform", "platform.governance",
         "Instead, the guardrails live in the golden-path templates: OPA checks in every pipeline block public buckets and untagged resources."),
        ("The post-mortem can come later, once checkout works again.", "outage", "outage.postmortem",
         "Friday: a blameless review with the timeline, contributing factors and action items with owners and due dates."),
        ("We already have a DR runbook and I would not write one from scratch; I'd update it after the first drill.", "dr",
         "dr.document-procedures",
         "The runbook gets a page per service with the restore commands, owners and the order of steps, kept in the repo."),
        ("We already run Trivy on every image in CI (and Dependabot on all repos); anything more is overkill for a team this size.",
         "platform", "platform.security-scanning",
         "Trivy fails the build on critical CVEs with a fix available, because that is the one signal teams act on."),
    ])
    func aPartialRejectionOrADeferralKeepsTheItem(_ first: String, _ scenario: String, _ rule: String, _ second: String) throws {
        #expect(try status("\(first)\n\n\(second)\n", scenario, rule) == .addressed)
    }

    @Test func aHeadingNamingAVariantRejectsOnlyTheVariant() throws {
        let text = """
            ## Data migration

            Not needed.

            ## Strategy

            Strangler fig: NGINX in front of the monolith routes one endpoint at a time to the new service, so \
            each step can be reversed by changing a route.
            """
        #expect(try status(text, "migration", "migration.strategy") == .addressed)
    }

    @Test func aRejectionOfOneVariantKeepsTheItemsTechniques() throws {
        // "auto-" narrows auto-scaling to one kind of scaling.
        let scaling = """
            I wouldn't lean on auto-scaling policies for this.

            Rather than that, I'd pre-scale the API tier to 40 instances behind the load balancer an hour before \
            the ad airs, because new instances take minutes to boot, and hold that capacity until traffic is back \
            to normal.
            """
        #expect(try status(scaling, "scale", "scale.scaling-strategy") == .addressed)
        // "data" narrows the migration to the data; the strategy stands.
        let migration = """
            Strangler fig: NGINX in front of the monolith routes one endpoint at a time to the new service, \
            so every step can be reversed by changing a route.

            So there's no data migration to plan either; the data stays exactly where it is.
            """
        #expect(try status(migration, "migration", "migration.strategy") == .addressed)
        // Not automating the failover is not a rejection of runbook automation.
        let automation = """
            The restore is a Jenkins job that restores the latest snapshot, repoints DNS and runs smoke tests.

            I would not automate the failover itself.
            """
        #expect(try status(automation, "dr", "dr.runbook-automation") == .addressed)
    }

    @Test func rejectingTheMannerTheTitleDemandsRejectsTheItem() throws {
        let hunch = """
            100% CPU is clearly the cause, and there's no need for a drawn-out systematic investigation.

            Look at pg_stat_statements for the query eating the CPU and kill the runaway queries.
            """
        #expect(try status(hunch, "outage", "outage.root-cause") == .missing)
        // Working systematically keeps it.
        let method = """
            There's no need for a long war-room debate about the deploy.

            I'd work through it systematically: form a hypothesis from pg_stat_statements, test it against \
            the query plan, and rule out the deploy by checking whether the slow query is new.
            """
        #expect(try status(method, "outage", "outage.root-cause") == .addressed)
    }

    @Test func keepingTheAntipatternRejectsTheItem() throws {
        let manual = """
            Failover stays manual: an engineer confirms the primary is gone and then runs the job that \
            promotes the replica and repoints the DNS record.
            """
        #expect(try status(manual, "dr", "dr.automated-failover") == .missing)
        // Describing today's manual failover is not keeping it.
        let today = """
            Today failover stays manual and takes hours. Route 53 health checks on the primary region flip the failover \
            record within a minute, and a Lambda promotes the replica once the check fails three times.
            """
        #expect(try status(today, "dr", "dr.automated-failover") == .addressed)
    }

    @Test func narrowedLooksBesideTheMatchWithinTheNegation() throws {
        let grader = try Self.grader.get()
        func narrowed(_ text: String, concept: String, scenario: String = "scale") throws -> Bool? {
            let rubric = grader.compile(try grader.rubrics.scenario(named: scenario))
            let tokens = rubric.analyzer.analyze(markdown: text).tokens[0]
            let matches = ConceptMatcher().matches(unit: 0, tokens: tokens, rubric: rubric)
            guard let match = matches.first(where: { rubric.concepts[$0.concept].text == concept }) else { return nil }
            let rule = rubric.concepts[match.concept].rule
            return Grader.narrowed(
                match, words: UnitWords(tokens, text: text), core: rubric.titleCoreTerms[rule],
                wholeScope: rubric.concepts[match.concept].kind == .mention)
        }
        #expect(try narrowed("I wouldn't rely on auto-scaling at all.", concept: "scaling") == true)
        #expect(try narrowed("I wouldn't spend time on a load test.", concept: "load test") == false)
        // The trigger itself, outside its scope, narrows nothing.
        #expect(try narrowed("Skip the cache.", concept: "cache") == false)
        // Every modifier back to a stop word counts, past filler ("plan").
        let document = "These won't go into a standalone DR plan document on a shared drive."
        #expect(try narrowed(document, concept: "document", scenario: "dr") == true)
        #expect(try narrowed("These won't go into a plan document.", concept: "document", scenario: "dr") == false)
        // A parenthesised aside after it elaborates; it does not narrow.
        let aside = "Automated security scanning (IaC scanners in CI, continuous CSPM) is out of scope."
        #expect(try narrowed(aside, concept: "security scanning", scenario: "security") == false)
        let variant = "Automated security scanning dashboards are out of scope."
        #expect(try narrowed(variant, concept: "security scanning", scenario: "security") == true)
    }

    @Test func namesItemNeedsTheTitleWordsShortOfOne() {
        #expect(CompiledRubric.namesItem(["runbook"], core: ["runbook", "event"]))
        #expect(CompiledRubric.namesItem(["servic", "mesh"], core: ["servic", "mesh"]))
        #expect(!CompiledRubric.namesItem(["blue", "green", "bluegreen"], core: ["progress", "rollout"]))
        #expect(!CompiledRubric.namesItem(["manual", "failov"], core: ["autom", "failov"]))
        #expect(!CompiledRubric.namesItem(["strangler"], core: ["strangler", "fig", "pattern"]))
        #expect(!CompiledRubric.namesItem(["runbook"], core: []))
        #expect(CompiledRubric.namesItem(["systemat"], core: ["identifi", "root", "caus", "systemat"], manner: ["systemat"]))
        #expect(!CompiledRubric.namesItem(["root", "caus"], core: ["identifi", "root", "caus", "systemat"], manner: ["systemat"]))
    }

    @Test(arguments: RubricLoader.builtinIDs)
    func theNegatingAnswerCreditsNoneOfTheRulesItRejects(_ scenario: String) throws {
        let fixtures = FixtureAgreementTests.fixtures
        let text = try String(contentsOfFile: "\(fixtures)/\(scenario)/negating.md", encoding: .utf8)
        let labels = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: "\(fixtures)/\(scenario)/negating.labels.json"))) as? [String: Any]
        let expected = try #require(labels?["labels"] as? [String: String])
        let grader = try Self.grader.get()
        let report = grader.grade(text, file: "negating.md", rubric: grader.compile(try grader.rubrics.scenario(named: scenario)))
        for verdict in report.rules where !verdict.rule.id.hasPrefix("general.") && expected[verdict.rule.title] == "missing" {
            #expect(verdict.status == .missing, "\(verdict.rule.id): \(verdict.evidence.first?.text ?? "")")
        }
    }
}
