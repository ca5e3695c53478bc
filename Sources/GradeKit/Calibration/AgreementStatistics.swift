/// Agreement between the grader's verdicts and hand labels over many rules and answers.
public struct AgreementStatistics: Sendable, Equatable {
    /// Confusion counts: `matrix[label][predicted]`, indices missing=0, mentioned=1, addressed=2.
    public private(set) var matrix: [[Int]] = Array(repeating: Array(repeating: 0, count: 3), count: 3)

    /// An empty tally.
    public init() {}

    /// Adds one rule's label and verdict.
    public mutating func add(label: RuleStatus, predicted: RuleStatus) {
        matrix[label.rank][predicted.rank] += 1
    }

    /// Adds another tally.
    public mutating func add(_ other: AgreementStatistics) {
        for i in 0..<3 {
            for j in 0..<3 { matrix[i][j] += other.matrix[i][j] }
        }
    }

    /// Number of rule verdicts counted.
    public var total: Int { matrix.joined().reduce(0, +) }

    /// Verdicts equal to their label.
    public var agreeing: Int { (0..<3).reduce(0) { $0 + matrix[$1][$1] } }

    /// Share of verdicts equal to their label (0–1).
    public var exactAgreement: Double { total > 0 ? Double(agreeing) / Double(total) : 0 }

    /// Quadratic weighted kappa over the ordered statuses missing < mentioned < addressed:
    /// 1 is perfect agreement, 0 what chance would give.
    public var quadraticWeightedKappa: Double {
        let n = Double(total)
        guard n > 0 else { return 0 }
        let rows = matrix.map { Double($0.reduce(0, +)) }
        let columns = (0..<3).map { j in Double(matrix.reduce(0) { $0 + $1[j] }) }
        var observed = 0.0
        var expected = 0.0
        for i in 0..<3 {
            for j in 0..<3 {
                let weight = Double((i - j) * (i - j)) / 4
                observed += weight * Double(matrix[i][j])
                expected += weight * rows[i] * columns[j] / n
            }
        }
        return expected > 0 ? 1 - observed / expected : (observed == 0 ? 1 : 0)
    }

    /// Precision of `addressed`: of the rules graded addressed, the share labelled so.
    public var addressedPrecision: Double {
        let predicted = (0..<3).reduce(0) { $0 + matrix[$1][2] }
        return predicted > 0 ? Double(matrix[2][2]) / Double(predicted) : 0
    }

    /// Recall of `addressed`: of the rules labelled addressed, the share graded so.
    public var addressedRecall: Double {
        let labelled = matrix[2].reduce(0, +)
        return labelled > 0 ? Double(matrix[2][2]) / Double(labelled) : 0
    }

    /// F1 of `addressed`.
    public var addressedF1: Double {
        let p = addressedPrecision
        let r = addressedRecall
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }

    /// Spearman's rank correlation of two equally long series (average ranks for ties).
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double {
        guard x.count == y.count, x.count > 1 else { return 0 }
        let rx = ranks(x)
        let ry = ranks(y)
        let mx = rx.reduce(0, +) / Double(rx.count)
        let my = ry.reduce(0, +) / Double(ry.count)
        var covariance = 0.0
        var vx = 0.0
        var vy = 0.0
        for i in rx.indices {
            covariance += (rx[i] - mx) * (ry[i] - my)
            vx += (rx[i] - mx) * (rx[i] - mx)
            vy += (ry[i] - my) * (ry[i] - my)
        }
        guard vx > 0, vy > 0 else { return 0 }
        return covariance / (vx * vy).squareRoot()
    }

    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var result = Array(repeating: 0.0, count: values.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count, values[order[j + 1]] == values[order[i]] { j += 1 }
            let average = Double(i + j) / 2 + 1
            for k in i...j { result[order[k]] = average }
            i = j + 1
        }
        return result
    }
}
