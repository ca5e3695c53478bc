/// Guesses which scenario an answer is about by grading it against every scenario's own
/// rules (general rules left out) and comparing the coverage.
public struct ScenarioDetector: Sendable {
    /// A guess and how sure it is.
    public struct Detection: Sendable, Equatable {
        /// The best scenario's id.
        public var scenario: String
        /// Its coverage score over its own rules, 0–100.
        public var score: Double
        /// The runner-up's coverage score.
        public var runnerUpScore: Double
        /// How far ahead the best is: `(best - runnerUp) / best`, 0–1.
        public var confidence: Double
    }

    /// Coverage below this means the answer is about none of the scenarios.
    public var minimumScore: Double
    /// Confidence below this means two scenarios are too close to call.
    public var minimumConfidence: Double

    /// Creates a detector.
    public init(minimumScore: Double = 15, minimumConfidence: Double = 0.2) {
        self.minimumScore = minimumScore
        self.minimumConfidence = minimumConfidence
    }

    /// The best guess for `text` among `rubrics`, or why there is none.
    public func detect(_ text: String, rubrics: [CompiledRubric], grader: Grader) -> Result<Detection, DetectionFailure> {
        var scores: [(id: String, score: Double)] = []
        for rubric in rubrics {
            // Every scenario is graded here, so the topic check would only repeat the comparison.
            let report = grader.grade(text, file: "", rubric: rubric, notes: [], checksTopic: false)
            scores.append((rubric.rubric.id, rubric.ownCoverage(report)))
        }
        scores.sort { ($0.score, $1.id) > ($1.score, $0.id) }
        guard let best = scores.first else { return .failure(DetectionFailure(message: "no scenarios to choose from")) }
        let runnerUp = scores.dropFirst().first?.score ?? 0
        let confidence = best.score > 0 ? (best.score - runnerUp) / best.score : 0
        let detection = Detection(scenario: best.id, score: best.score, runnerUpScore: runnerUp, confidence: confidence)
        if best.score < minimumScore {
            return .failure(
                DetectionFailure(
                    message: "cannot tell which scenario this answers: the best match, \(best.id), covers only \(best.score.oneDecimal)% of its rules"))
        }
        if confidence < minimumConfidence, let second = scores.dropFirst().first {
            return .failure(
                DetectionFailure(
                    message: "cannot tell which scenario this answers: \(best.id) (\(best.score.oneDecimal)) and \(second.id) (\(second.score.oneDecimal)) are too close"))
        }
        return .success(detection)
    }
}

/// Why a scenario could not be detected.
public struct DetectionFailure: Error, Sendable, Equatable {
    /// The reason, for the user.
    public var message: String
}

extension Double {
    /// The number rounded to one decimal, written as people write it: `12.5`, `80`.
    var oneDecimal: String {
        ((self * 10).rounded() / 10).formatted
    }
}
