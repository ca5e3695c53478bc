import Testing

@testable import GradeKit

@Suite struct AgreementStatisticsTests {
    @Test func perfectAgreementIsKappaOne() {
        var stats = AgreementStatistics()
        for status in RuleStatus.allCases {
            for _ in 0..<3 { stats.add(label: status, predicted: status) }
        }
        #expect(stats.exactAgreement == 1)
        #expect(stats.quadraticWeightedKappa == 1)
        #expect(stats.addressedF1 == 1)
    }

    @Test func distantErrorsCostMoreThanNearOnes() {
        var near = AgreementStatistics()
        var far = AgreementStatistics()
        for status in RuleStatus.allCases {
            for _ in 0..<4 {
                near.add(label: status, predicted: status)
                far.add(label: status, predicted: status)
            }
        }
        near.add(label: .addressed, predicted: .mentioned)
        far.add(label: .addressed, predicted: .missing)
        #expect(near.exactAgreement == far.exactAgreement)
        #expect(near.quadraticWeightedKappa > far.quadraticWeightedKappa)
    }

    @Test func knownKappaValue() {
        // Labels 0,0,1,1,2,2 graded 0,1,1,2,2,2: hand-computed QWK = 1 - 0.5 / 2.0 = 0.75.
        var stats = AgreementStatistics()
        let pairs: [(RuleStatus, RuleStatus)] = [
            (.missing, .missing), (.missing, .mentioned), (.mentioned, .mentioned), (.mentioned, .addressed),
            (.addressed, .addressed), (.addressed, .addressed),
        ]
        for (label, predicted) in pairs { stats.add(label: label, predicted: predicted) }
        #expect(abs(stats.quadraticWeightedKappa - 0.75) < 1e-9)
        #expect(abs(stats.addressedPrecision - 2.0 / 3) < 1e-9)
        #expect(stats.addressedRecall == 1)
    }

    @Test func spearmanHandlesTiesAndDirection() {
        #expect(AgreementStatistics.spearman([1, 2, 3, 4], [10, 20, 30, 40]) == 1)
        #expect(AgreementStatistics.spearman([1, 2, 3, 4], [4, 3, 2, 1]) == -1)
        #expect(AgreementStatistics.ranks([5, 1, 5, 2]) == [3.5, 1, 3.5, 2])
        #expect(AgreementStatistics.spearman([1, 1, 1], [1, 2, 3]) == 0)
    }
}
