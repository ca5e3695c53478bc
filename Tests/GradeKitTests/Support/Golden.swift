import Foundation
import Testing

/// Golden-file comparison: the expected output lives in a file beside the test; set
/// `GRADE_UPDATE_GOLDEN=1` to rewrite the files, then review the diff.
enum Golden {
    static func check(_ actual: String, file name: String, testFile: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
        if ProcessInfo.processInfo.environment["GRADE_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "output differs from Golden/\(name); run with GRADE_UPDATE_GOLDEN=1 to update", sourceLocation: sourceLocation)
    }
}
