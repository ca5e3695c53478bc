/// The topic check of ``Grader/grade(_:file:rubric:notes:)`` (see ``TopicCheck``).
extension Grader {
    /// Hands every analysed term of `unit` to `body`, stop words left out: the terms of the
    /// tokens grading makes of it.
    static func forEachTerm(of unit: TextUnit, analyzer: Analyzer, marksQuestions: Bool, _ body: (String) -> Void) {
        for token in analyzer.unitTokens(unit, marksQuestions: marksQuestions) where !token.isStop { body(token.term) }
    }

    /// Hands every term of analysed units to `body`, stop words left out.
    static func forEachTerm(in units: [[Token]], _ body: (String) -> Void) {
        for tokens in units {
            for token in tokens where !token.isStop { body(token.term) }
        }
    }

    /// `report`, or, when the answer turns out to answer another scenario, the report with no
    /// rule credited (general rules included) and a note saying which scenario it answers.
    /// `terms` hands the answer's analysed terms to a closure, `gradeOther` grades it against
    /// another compiled scenario; neither is called for an answer that covers its scenario
    /// well.
    func checkTopic(
        _ report: GradeReport, rubric: CompiledRubric, terms: ((String) -> Void) -> Void,
        gradeOther: (CompiledRubric) -> GradeReport
    ) -> GradeReport {
        let own = rubric.ownCoverage(report)
        guard report.wordCount > 0, TopicCheck.needsCheck(coverage: own) else { return report }
        let check = topics.with { cache in
            if cache.check == nil { cache.check = TopicCheck(rubrics: rubrics, reader: conceptReader) }
            return cache.check!
        }
        guard let id = check.candidate(for: rubric.rubric.id, terms: terms),
            let scenario = rubrics.scenarios.first(where: { $0.id == id })
        else { return report }
        let other = topics.with { cache in
            if let compiled = cache.compiled[id] { return compiled }
            let compiled = compile(scenario)
            cache.compiled[id] = compiled
            return compiled
        }
        let coverage = other.ownCoverage(gradeOther(other))
        guard TopicCheck.isOffTopic(own: own, other: coverage) else { return report }
        let offTopic = OffTopic(scenario: id, title: scenario.title, coverage: coverage, ownCoverage: own)
        let verdicts = report.rules.map { verdict in
            RuleVerdict(rule: verdict.rule, status: .missing, credit: policy.credit(for: .missing), evidence: [])
        }
        var result = report
        result.rules = verdicts
        result.score = Self.score(verdicts)
        result.notes.append(offTopic.note)
        result.offTopic = offTopic
        return result
    }

    /// Lets the topic check use scenarios the caller has already compiled (a batch compiles
    /// every one up front) instead of compiling them again.
    func shareCompiled(_ compiled: [String: CompiledRubric]) {
        topics.with { cache in cache.compiled.merge(compiled) { kept, _ in kept } }
    }
}
