import Foundation

/// Grades a collection of answers in parallel and holds each to the batch's gates. The
/// result lists answers in path order whatever the scheduling, so two runs give the same
/// bytes.
public struct BatchRunner: Sendable {
    /// How each answer's scenario is chosen.
    public enum ScenarioChoice: Sendable {
        /// One scenario for every answer (`--scenario <id>`).
        case fixed(Rubric)
        /// From each answer's front matter, then its path; with `detect`, from its content
        /// as a last resort (`--scenario auto`).
        case perAnswer(detect: Bool)
    }

    /// The grader, with its rubrics.
    public let grader: Grader
    /// The gates each answer is held to.
    public let gates: BatchResult.Gates
    /// Worker threads.
    public let jobs: Int
    /// The detector `--scenario auto` uses.
    public var detector = ScenarioDetector()

    /// Creates a runner.
    public init(grader: Grader, gates: BatchResult.Gates, jobs: Int) {
        self.grader = grader
        self.gates = gates
        self.jobs = max(1, jobs)
    }

    /// Grades every answer of `collection`; `progress(done, total)` is called from worker
    /// threads after each answer.
    public func run(
        _ collection: AnswerCollector.Collection, scenario: ScenarioChoice,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> BatchResult {
        let compiled = compileScenarios()
        let answers = collection.answers
        let done = LockedBox(0)
        var items = parallelMap(count: answers.count, jobs: jobs) { index in
            let item = grade(answers[index], scenario: scenario, compiled: compiled)
            let count = done.with { value -> Int in
                value += 1
                return value
            }
            progress?(count, answers.count)
            return item
        }
        items += collection.missing.map { BatchItem(path: $0.display, outcome: .failed($0.reason), passed: false, failureReasons: []) }
        items.sort { $0.path < $1.path }
        return BatchResult(items: items, skipped: collection.skipped, gates: gates)
    }

    /// Every scenario compiled, by id, on up to ``jobs`` threads: the workers wait for it.
    func compileScenarios() -> [String: CompiledRubric] {
        let scenarios = grader.rubrics.scenarios
        let rubrics = parallelMap(count: scenarios.count, jobs: jobs) { grader.compile(scenarios[$0]) }
        let compiled = Dictionary(uniqueKeysWithValues: zip(scenarios.map(\.id), rubrics))
        grader.shareCompiled(compiled)
        return compiled
    }

    /// Reads, routes and grades one answer.
    func grade(
        _ answer: (display: String, path: String), scenario: ScenarioChoice, compiled: [String: CompiledRubric]
    ) -> BatchItem {
        let decoded: AnswerFile.Decoded
        do {
            decoded = try AnswerFile.read(path: answer.path, name: answer.display)
        } catch {
            return BatchItem(path: answer.display, outcome: .failed(error.message), passed: false, failureReasons: [])
        }
        let route: (rubric: CompiledRubric, source: BatchItem.ScenarioSource, confidence: Double?)
        switch resolve(answer.display, text: decoded.text, choice: scenario, compiled: compiled) {
        case .success(let found): route = found
        case .failure(let failure):
            return BatchItem(
                path: answer.display, outcome: .failed("\(answer.display): \(failure.message)"), passed: false, failureReasons: [])
        }
        let report = grader.grade(decoded.text, file: answer.display, rubric: route.rubric, notes: decoded.warnings)
        let reasons = failureReasons(report)
        return BatchItem(
            path: answer.display, outcome: .graded(report, source: route.source, confidence: route.confidence),
            passed: reasons.isEmpty, failureReasons: reasons)
    }

    /// Why `report` fails the gates; empty when it passes.
    public func failureReasons(_ report: GradeReport) -> [String] {
        var reasons: [String] = []
        if let threshold = gates.failUnder, report.score < threshold {
            reasons.append("score \(report.score.oneDecimal) is below \(threshold.oneDecimal)")
        }
        for verdict in report.rules where verdict.rule.required && verdict.status == .missing {
            reasons.append("required rule missing: \(verdict.rule.title)")
        }
        return reasons
    }

    private func resolve(
        _ display: String, text: String, choice: ScenarioChoice, compiled: [String: CompiledRubric]
    ) -> Result<(rubric: CompiledRubric, source: BatchItem.ScenarioSource, confidence: Double?), DetectionFailure> {
        func lookup(_ id: String) -> CompiledRubric? { compiled[id] }
        switch choice {
        case .fixed(let rubric):
            guard let ready = lookup(rubric.id) else { return .failure(DetectionFailure(message: "unknown scenario '\(rubric.id)'")) }
            return .success((ready, .option, nil))
        case .perAnswer(let detect):
            if let named = FrontMatter.fields(text)["scenario"] {
                do {
                    let rubric = try grader.rubrics.scenario(named: named)
                    if let ready = lookup(rubric.id) { return .success((ready, .frontMatter, nil)) }
                } catch {
                    return .failure(DetectionFailure(message: "front matter: \(error.description)"))
                }
            }
            if let id = Self.scenarioInPath(display, known: compiled.keys), let ready = lookup(id) {
                return .success((ready, .path, nil))
            }
            guard detect else {
                return .failure(
                    DetectionFailure(
                        message:
                            "cannot tell which scenario this answers: add 'scenario: <id>' front matter, put it in a folder named after the scenario, or use --scenario <id> or --scenario auto"
                    ))
            }
            let rubrics = compiled.keys.sorted().compactMap { compiled[$0] }
            switch detector.detect(text, rubrics: rubrics, grader: grader) {
            case .success(let detection):
                guard let ready = lookup(detection.scenario) else { return .failure(DetectionFailure(message: "no rubric")) }
                return .success((ready, .detected, detection.confidence))
            case .failure(let failure):
                return .failure(failure)
            }
        }
    }

    /// The nearest path component (file name without extension first, then its folders)
    /// that is a known scenario id, compared in lower case.
    static func scenarioInPath<Known: Collection<String>>(_ path: String, known: Known) -> String? {
        // From the file name outwards, each component lower-cased only when it is reached:
        // most paths name their scenario in the file's own folder.
        let components = path.split(separator: "/")
        guard let last = components.last else { return nil }
        let stem = (last.lowercased() as NSString).deletingPathExtension
        if known.contains(stem) { return stem }
        for component in components.dropLast().reversed() {
            let candidate = component.lowercased()
            if known.contains(candidate) { return candidate }
        }
        return nil
    }
}
