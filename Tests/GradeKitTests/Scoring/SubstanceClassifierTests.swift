import Testing

@testable import GradeKit

@Suite struct SubstanceClassifierTests {
    /// A grader over a one-rule rubric, and that rubric compiled.
    static func single(_ rule: Rule) -> (Grader, CompiledRubric) {
        let set = RubricSet(
            scenarios: [Rubric(id: "t", number: 1, title: "T", situation: "", tasks: [], rules: [rule])], general: [],
            synonymGroups: [])
        let grader = Grader(rubrics: set)
        return (grader, grader.compile(set.scenarios[0]))
    }

    /// The classifier's judgement of the first match of `concept` in the single-unit answer
    /// `text`, before the verdict weighs the rule's matches together.
    func judgement(_ text: String, concept: String, mentions: [String] = []) -> SubstanceClassifier.Judgement? {
        let rule = Rule(id: "t.r", title: "R", section: "S", weight: 1, concepts: [concept], feedback: "f", mentions: mentions)
        let (grader, compiled) = Self.single(rule)
        let answer = compiled.analyzer.analyze(markdown: text)
        guard let match = grader.matcher.matches(in: answer, rubric: compiled).first else { return nil }
        return grader.classifier.classify(
            match, unit: answer.units[match.unit], tokens: answer.tokens[match.unit],
            mentionOnly: compiled.concepts[match.concept].kind == .mention, titleTerms: compiled.titleTerms)
    }

    /// The role of the first match of `concept` in the single-unit answer `text`.
    func role(_ text: String, concept: String, mentions: [String] = []) -> Evidence.Role? {
        judgement(text, concept: concept, mentions: mentions)?.role
    }

    /// The verdict on a one-concept rule over the answer `text`.
    func status(_ text: String, concept: String) -> RuleStatus {
        let rule = Rule(id: "t.r", title: "R", section: "S", weight: 1, concepts: [concept], feedback: "f")
        let (grader, compiled) = Self.single(rule)
        return grader.grade(text, file: "a.md", rubric: compiled).rules[0].status
    }

    @Test(arguments: [
        "Test the DR plan every quarter against the 1-hour RTO, with synthetic payments checking the result.",
        "Test the DR plan by failing over to us-west-2 and measuring how long the restore takes.",
        "Test the DR plan with a full regional failover, then fail back, and write down what broke.",
        "Test the DR plan twice a year, once with the database team away so nobody relies on memory.",
        "Test the DR plan in the staging account first; Terraform rebuilds it from scratch.",
        "Test the DR plan until the restore time drops below 60 minutes.",
        "Test the DR plan so that every on-call engineer has run a failover, restored a backup, and checked the replication lag themselves.",
        "It's important to test the DR plan twice a year.",
        "We should test the plan regularly, because a plan nobody has tested will fail on the night.",
    ])
    func aConcreteSentenceAddressesAnItemTouchedOnce(_ text: String) {
        #expect(status(text, concept: "test the plan") == .addressed)
    }

    @Test(arguments: [
        "It's important to test the plan regularly and make sure everyone knows what to do in an emergency.",
        "Make sure to test the plan properly, so that things go better in a real emergency.",
        "Going forward we need to test the plan regularly because it is crucial.",
        "We could test the plan against the staging copy that Terraform builds.",
        "Ideally we'd test the plan every quarter with the whole on-call rota.",
    ])
    func generalWordsOnlyMentionAnItemTouchedOnce(_ text: String) {
        #expect(role(text, concept: "test the plan") == .substance)
        #expect(status(text, concept: "test the plan") == .mentioned)
    }

    @Test func aSecondSentenceOnTheItemIsASecondAngle() {
        let text = """
            It's important to test the plan regularly so that everyone knows what to do.
            When we test the plan, whoever is on call leads it, so the knowledge does not sit with one person.
            """
        #expect(status(text, concept: "test the plan") == .addressed)
    }

    @Test(arguments: [
        "Rotate the credentials the attacker used so the stolen ones stop working.",
        "I would rotate credentials by revoking every IAM access key and reissuing them from Secrets Manager.",
        "First rotate credentials for the CI user, because its key was in the leaked repository.",
        "Rotate credentials in order of blast radius: root and admin users, then CI, then service accounts.",
    ])
    func explanationsAreSubstance(_ text: String) {
        #expect(role(text, concept: "rotate credentials") == .substance)
    }

    @Test(arguments: [
        "## Rotate credentials",
        "- rotate credentials",
        "Rotate credentials, revoke sessions.",
        "Isolation, rotate credentials, logging, least privilege, scanning, training",
        "isolation / rotate credentials / logging / least privilege / scanning",
    ])
    func namesAreMentions(_ text: String) {
        #expect(role(text, concept: "rotate credentials") == .mention)
    }

    @Test(arguments: [
        "We would not rotate credentials at this stage.",
        "I'd skip rotating credentials until we know more.",
        "Rotating credentials is overkill for a potential compromise.",
    ])
    func negatedMatchesAreNegated(_ text: String) {
        #expect(role(text, concept: "rotate credentials") == .negated)
    }

    @Test func conceptsContainingTheirTriggerAreNotNegated() {
        #expect(role("We migrate without downtime by running both versions behind the load balancer.", concept: "without downtime") == .substance)
    }

    @Test func mentionOnlyConceptsNeverCountAsSubstance() {
        #expect(role("We would look at the logs carefully to find the cause of the errors.", concept: "unrelated words", mentions: ["logs"]) == .mention)
    }

    @Test func questionsMatchTheQuestionConcept() {
        #expect(role("What is the current peak traffic?", concept: "?") == .substance)
        #expect(role("Why?", concept: "?") == .mention)
        #expect(role("We will add caching.", concept: "?") == nil)
    }

    @Test func aPassageThatRejectsAnItemRejectsItsOtherMentions() {
        let rule = Rule(
            id: "t.split", title: "Database decomposition", section: "S", weight: 1,
            concepts: ["split the database", "per-service databases"], feedback: "f")
        let (grader, compiled) = Self.single(rule)
        let rejected = grader.grade(
            "I would not split the database. Moving to per-service databases is where these projects die, so we keep one.",
            file: "a.md", rubric: compiled)
        #expect(rejected.rules[0].status == .missing)
        #expect(rejected.rules[0].evidence.allSatisfy { $0.role == .negated })
        let alternative = grader.grade(
            "Rather than split the database in one go, we move to per-service databases one table at a time using CDC.",
            file: "a.md", rubric: compiled)
        #expect(alternative.rules[0].status == .addressed)
    }

    @Test func rejectingAnAntipatternIsEvidenceAndNamingItIsNot() {
        let rule = Rule(
            id: "t.strategy", title: "Create migration strategy", section: "S", weight: 1,
            concepts: ["extract one service at a time"], feedback: "f", antipatterns: ["big-bang rewrite"])
        let (grader, compiled) = Self.single(rule)
        let rejected = grader.grade("What I would not do is a big-bang rewrite of 500k lines.", file: "a.md", rubric: compiled)
        #expect(rejected.rules[0].status == .addressed)
        #expect(rejected.rules[0].evidence.first?.reason.hasPrefix("rejects the anti-pattern") == true)
        let named = grader.grade("We plan a big-bang rewrite of the whole system over the summer.", file: "a.md", rubric: compiled)
        #expect(named.rules[0].status == .missing)
        #expect(named.rules[0].evidence.isEmpty)
    }

    @Test func describedAbsencesDoNotRejectTheRestOfThePassage() {
        let rule = Rule(
            id: "t.cleanup", title: "Unused resource cleanup", section: "S", weight: 1,
            concepts: ["unattached volumes", "idle load balancers"], feedback: "f")
        let (grader, compiled) = Self.single(rule)
        let report = grader.grade(
            "Delete unattached volumes after a week's notice, because nobody owns them; also load balancers with no targets, idle load balancers included.",
            file: "a.md", rubric: compiled)
        #expect(report.rules[0].status == .addressed)
    }

    @Test func restatingTheItemOrHedgingWithoutDetailIsAMention() {
        let rule = Rule(
            id: "t.dynamics", title: "Assess team dynamics", section: "S", weight: 1, concepts: ["team dynamics"], feedback: "f")
        let (grader, compiled) = Self.single(rule)
        let echo = grader.grade("I would also try to understand the team dynamics first.", file: "a.md", rubric: compiled)
        #expect(echo.rules[0].status == .mentioned)
        #expect(echo.rules[0].evidence.first?.reason == "restates the item without saying how or why")
        let hedged = grader.grade("Maybe we could look at team dynamics somehow later.", file: "a.md", rubric: compiled)
        #expect(hedged.rules[0].status == .mentioned)
        let real = grader.grade(
            "I'd map the team dynamics by asking each engineer who they go to when on-call breaks and who reviews their code.",
            file: "a.md", rubric: compiled)
        #expect(real.rules[0].status == .addressed)
    }

    @Test func anAlternativeToTheItemItselfRejectsIt() {
        let rule = Rule(
            id: "t.mesh", title: "Service mesh implementation", section: "S", weight: 1,
            concepts: ["service mesh", "retries and timeouts", "mutual TLS"], feedback: "f")
        let (grader, compiled) = Self.single(rule)
        let report = grader.grade(
            "Instead of a service mesh we'd rely on plain Kubernetes Services, with retries and timeouts in a shared client library.",
            file: "a.md", rubric: compiled)
        #expect(report.rules[0].status == .missing)
    }
}

extension SubstanceClassifierTests {
    @Test(arguments: [
        "Quick wins: TBD after the cost breakdown from finance next week.",
        "Quick wins are to be decided once the breakdown by team is done.",
    ])
    func deferredContentIsAMention(_ text: String) {
        #expect(role(text, concept: "quick wins") == .mention)
    }

    @Test func aPlanThatIsNotDeferredIsSubstance() {
        #expect(role("Quick wins come first because they fund the rest: delete idle volumes this week.", concept: "quick wins") == .substance)
    }
}

extension SubstanceClassifierTests {
    @Test(arguments: [
        ("The strangler fig pattern is where you gradually replace parts of the old system with new services.", "strangler fig"),
        ("Right-sizing means choosing the instance type and size that fits the workload.", "right-sizing"),
        ("Grafana is a tool for visualising the metrics that Prometheus collects.", "Grafana"),
        ("We could also use spot instances, which are spare capacity that AWS can take back at short notice.", "spot instances"),
        ("Least privilege, meaning every user and service only gets the permissions they need.", "least privilege"),
        ("We could use canary deployments, which is where you send a small percentage of traffic to the new version.", "percentage of traffic"),
        ("Grafana is a tool for visualising metrics, and Prometheus collects them from every pod.", "Prometheus"),
        ("Backstage is an open-source developer portal from Spotify with a service catalog.", "service catalog"),
    ])
    func definitionsAreMentions(_ example: (String, String)) {
        #expect(role(example.0, concept: example.1) == .mention)
    }

    @Test(arguments: [
        ("The bottleneck is the single Postgres primary, so reads move to two replicas first.", "bottleneck"),
        ("We run spot instances for the CI runners, which is why the retry logic matters.", "spot instances"),
        ("Right-sizing comes first because reserved instances bought for oversized machines lock the waste in.", "right-sizing"),
        ("Spot instances take the batch jobs, which are idempotent and restart from the last checkpoint.", "spot instances"),
        ("Kafka is a good fit here because consumers can replay the order events after a failure.", "Kafka"),
        ("The catalogue is a read-heavy service, so read replicas take most of its load.", "read replicas"),
    ])
    func usingATermIsNotDefiningIt(_ example: (String, String)) {
        #expect(role(example.0, concept: example.1) == .substance)
    }

    @Test(arguments: [
        "I think we should probably rotate credentials at some point.",
        "Not sure, but I think we rotate credentials.",
    ])
    func hedgedIdeasWithLittleDetailAreMentions(_ text: String) {
        #expect(role(text, concept: "rotate credentials") == .mention)
    }
}

extension SubstanceClassifierTests {
    /// A rule with two concepts, so an answer can touch it twice.
    func replicaStatus(_ text: String) -> RuleStatus {
        let rule = Rule(
            id: "t.replicas", title: "Database read replicas", section: "S", weight: 1,
            concepts: ["read replicas", "replication lag"], feedback: "f")
        let (grader, compiled) = Self.single(rule)
        return grader.grade(text, file: "a.md", rubric: compiled).rules[0].status
    }

    static let tentativeAnswer = """
        I think the database is probably the bottleneck here.
        Maybe we could add read replicas so the reads go somewhere else and the primary gets a break.
        I'm not totally sure about the numbers, but it might be around ten servers.
        We could also look at the replication lag, which I think matters for the checkout pages.
        Perhaps a cache would help too, although I have not used one in production.
        Overall I guess the plan would need some testing first.
        """

    @Test func aHedgedItemTheAnswerComesBackToIsAddressed() {
        // Hedged twice, in two sentences and through two concepts: the answer deals with it,
        // however tentatively it is voiced.
        #expect(replicaStatus(Self.tentativeAnswer) == .addressed)
    }

    @Test func anItemFloatedOnceIsMentioned() {
        let once = Self.tentativeAnswer.replacingOccurrences(
            of: "We could also look at the replication lag, which I think matters for the checkout pages.\n", with: "")
        #expect(replicaStatus(once) == .mentioned)
        let committed = once.replacingOccurrences(
            of: "Maybe we could add read replicas so the reads",
            with: "We add two read replicas and send the catalogue reads to them, so the reads")
        #expect(replicaStatus(committed) == .addressed)
    }
}

extension SubstanceClassifierTests {
    @Test(arguments: [
        ("This is where read replicas help: the catalogue reads move off the primary.", "read replicas"),
        ("We shard by tenant, which means read replicas only carry one tenant's reads.", "read replicas"),
    ])
    func pointingBackIsNotDefining(_ example: (String, String)) {
        #expect(role(example.0, concept: example.1) == .substance)
    }
}

extension SubstanceClassifierTests {
    @Test func anItemDealtWithOnlyInPlatitudesIsMentionedHoweverOften() {
        let vague = """
            It's important to test the plan regularly and make sure it works.
            Going forward, testing the plan properly is the key thing for everyone.
            """
        #expect(status(vague, concept: "test the plan") == .mentioned)
        let concrete = vague + "\nWe test the plan every quarter against the 1-hour RTO."
        #expect(status(concrete, concept: "test the plan") == .addressed)
    }
}
