import Foundation

/// The labelled answers of a fixtures directory: every `<name>.labels.json` with its
/// `<name>.md` beside it, found recursively, in sorted path order.
public enum FixtureSet {
    /// Loads every labelled answer under `directory`.
    public static func load(directory: String) throws(RubricError) -> [LabelledAnswer] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RubricError(file: directory, location: nil, message: "no such fixtures directory")
        }
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw RubricError(file: directory, location: nil, message: "cannot list fixtures directory")
        }
        var paths: [String] = []
        while let next = enumerator.nextObject() as? String {
            if next.hasSuffix(".labels.json") { paths.append(next) }
        }
        var answers: [LabelledAnswer] = []
        for relative in paths.sorted() {
            let labelsPath = (directory as NSString).appendingPathComponent(relative)
            let answerPath = String(labelsPath.dropLast(".labels.json".count)) + ".md"
            guard FileManager.default.fileExists(atPath: answerPath) else {
                throw RubricError(file: labelsPath, location: nil, message: "no answer file \(answerPath) beside the labels")
            }
            guard let data = FileManager.default.contents(atPath: labelsPath) else {
                throw RubricError(file: labelsPath, location: nil, message: "cannot read file")
            }
            answers.append(try LabelledAnswer.decode([UInt8](data), labelsPath: labelsPath, answerPath: answerPath))
        }
        return answers
    }
}
