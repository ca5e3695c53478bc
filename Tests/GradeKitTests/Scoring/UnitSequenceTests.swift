import Testing

@testable import GradeKit

/// Rejections one unit makes of others: under a heading that decides against what follows,
/// each passage's short lead names a thing not done.
@Suite struct UnitSequenceTests {
    @Test func aLeadUnderARejectingHeadingIsRejected() throws {
        let text = """
            ### Two things I would not do

            **Adding a queueing system.** Introducing Kafka or SQS plus a fleet of workers six weeks out is new \
            infrastructure with new failure modes, on the one day we can least afford surprises.

            **Auto-scaling.** Instances take minutes to boot. Rather than that, I'd provision fixed capacity for \
            the peak an hour ahead and hold it for the window, because capacity that is already warm cannot lag.
            """
        #expect(try BuiltinGrading.status(text, "scale", "scale.async-queues") == .missing)
        // What the passage does instead is judged as it stands.
        #expect(try BuiltinGrading.status(text, "scale", "scale.scaling-strategy") == .addressed)
    }

    @Test func aNonGoalsListRejectsItsItems() throws {
        let text = """
            ## Non-goals

            - Service mesh
            """
        #expect(try BuiltinGrading.status(text, "migration", "migration.service-mesh") == .missing)
    }

    @Test func theSectionEndsAtTheNextHeadingOfItsLevel() throws {
        let text = """
            ## Out of scope

            - Multi-region.

            ## Plan

            - Service mesh.

            Linkerd between the services, because mTLS and retries come with it and it is the lightest mesh to run.
            """
        #expect(try BuiltinGrading.status(text, "migration", "migration.service-mesh") == .addressed)
    }

    @Test(arguments: [
        ("Two things I would not do", true), ("What I'd skip", true), ("Non-goals", true), ("Out of scope", true),
        ("What I would do", false), ("Scaling strategy", false), ("No downtime", false),
    ])
    func rejectingHeadings(_ heading: String, _ rejects: Bool) {
        #expect(Grader.UnitSequence.rejects(heading: Analyzer().tokens(heading)) == rejects)
    }
}
