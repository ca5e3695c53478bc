/// An earlier attempt at a scenario, read back from its `grade --format json` result, so a
/// new report can say what changed since (`--baseline previous.json`).
///
/// Only what a comparison needs is read: the scenario, the score and each rule's id, title
/// and status. Other members are ignored, so results with fields added later (a `baseline`
/// of their own, say) still serve as baselines.
public struct Baseline: Sendable, Equatable {
    /// One rule's verdict in the earlier attempt.
    public struct RuleResult: Sendable, Equatable {
        /// The rule's id.
        public var id: String
        /// The rule's title (tools match rules by title).
        public var title: String
        /// Its status then.
        public var status: RuleStatus

        /// Creates a rule result.
        public init(id: String, title: String, status: RuleStatus) {
            self.id = id
            self.title = title
            self.status = status
        }
    }

    /// The baseline file as the user named it (`previous.json`).
    public var source: String
    /// The answer the earlier result was for, as recorded in it (`""` when absent).
    public var answer: String
    /// The scenario id.
    public var scenario: String
    /// The earlier score, 0–100.
    public var score: Double
    /// Every rule of the earlier result, in its order.
    public var rules: [RuleResult]

    /// Creates a baseline.
    public init(source: String, answer: String, scenario: String, score: Double, rules: [RuleResult]) {
        self.source = source
        self.answer = answer
        self.scenario = scenario
        self.score = score
        self.rules = rules
    }

    /// Reads a `grade --format json` result; `source` names the file in errors.
    public static func parse(_ bytes: some Collection<UInt8>, source: String) throws(BaselineError) -> Baseline {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw BaselineError(file: source, location: error.location, message: "invalid JSON: \(error.message)")
        }
        let reader = Reader(source: source)
        guard root.members != nil else {
            throw reader.notAResult(root, "expected an object, found \(root.typeName)")
        }
        let scenario = try reader.string("scenario", in: root)
        let score = try reader.number("score", in: root)
        let answer = root.member("file")?.value.stringValue ?? ""
        guard let rulesMember = root.member("rules") else { throw reader.notAResult(root, "no 'rules'") }
        guard let elements = rulesMember.value.elements else {
            throw reader.notAResult(rulesMember.value, "'rules' should be an array, found \(rulesMember.value.typeName)")
        }
        var rules: [RuleResult] = []
        for element in elements {
            guard element.members != nil else {
                throw reader.notAResult(element, "a rule should be an object, found \(element.typeName)")
            }
            let statusNode = try reader.member("status", in: element)
            guard let text = statusNode.stringValue, let status = RuleStatus(rawValue: text) else {
                throw reader.notAResult(statusNode, "a rule's 'status' should be addressed, mentioned or missing")
            }
            rules.append(RuleResult(id: try reader.string("id", in: element), title: try reader.string("title", in: element), status: status))
        }
        return Baseline(source: source, answer: answer, scenario: scenario, score: score, rules: rules)
    }

    /// Typed member access that reports problems at their place.
    private struct Reader {
        let source: String

        func notAResult(_ node: JSONNode, _ problem: String) -> BaselineError {
            BaselineError(
                file: source, location: node.location,
                message: "not a result of 'grade --format json': \(problem)")
        }

        func member(_ key: String, in node: JSONNode) throws(BaselineError) -> JSONNode {
            guard let member = node.member(key) else { throw notAResult(node, "no '\(key)'") }
            return member.value
        }

        func string(_ key: String, in node: JSONNode) throws(BaselineError) -> String {
            let value = try member(key, in: node)
            guard let text = value.stringValue else {
                throw notAResult(value, "'\(key)' should be a string, found \(value.typeName)")
            }
            return text
        }

        func number(_ key: String, in node: JSONNode) throws(BaselineError) -> Double {
            let value = try member(key, in: node)
            guard let number = value.numberValue, (0...100).contains(number) else {
                throw notAResult(value, "'\(key)' should be a number from 0 to 100")
            }
            return number
        }
    }
}
