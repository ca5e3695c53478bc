import Foundation
import Testing

@testable import GradeKit

/// Random text earns nothing; terse jargon and identifiers still count.
@Suite struct GibberishTests {
    static let grader = Result { Grader(rubrics: try RubricLoader.builtin()) }

    static func isJunk(_ text: String) -> Bool {
        Gibberish.isJunk(Analyzer().tokens(text), text: text)
    }

    @Test(arguments: [
        "q29zdCBleHBsb3Jlcgo9 RI aGVsbG8gd29ybGQ3Mzk2 S3 dGhpcyBpcyBub3QgYW4gYW5zd2Vy0 EC2 c3BvdCBpbnN0YW5jZXM5",
        "3f9a2c1d8e7b6a5f4e3d 0b1c2d3e4f5a6b7c8d9e Cost Explorer 9e8d7c6b5a4f3e2d1c0b 1a2b3c4d5e6f7a8b9c0d",
    ])
    func randomStringsAreJunk(_ text: String) {
        #expect(Self.isJunk(text))
    }

    @Test(arguments: [
        "Query pg_stat_activity and pg_stat_statements for the top CPU consumers on the RDS primary.",
        "Rotate the key AKIAIOSFODNN7EXAMPLE and check CloudTrail for arn:aws:iam::123456789012:user/ci.",
        "Cost Explorer, CUR, RIs, Savings Plans, S3 lifecycle, gp3, Graviton, Spot for CI runners",
        "Roll back to commit 3f9a2c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39 with kubectl rollout undo.",
    ])
    func writingWithIdentifiersIsNotJunk(_ text: String) {
        #expect(!Self.isJunk(text))
    }

    @Test func aBlobOfBase64ScoresNothingAndSaysWhy() throws {
        let grader = try Self.grader.get()
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<60_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        // Rubric words scattered through the blob, as chance would put them.
        let blob = Data(bytes).base64EncodedString().enumerated().map { index, character in
            index % 997 == 0 ? "+RI+S3+Spot+" : String(character)
        }.joined()
        let report = grader.grade(blob, file: "blob.md", rubric: grader.compile(try grader.rubrics.scenario(named: "cost")))
        #expect(report.score == 0)
        #expect(report.notes.contains { $0.contains("like random text") })
    }
}
