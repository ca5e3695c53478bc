/// What a scenario rubric file holds: a complete rubric, or changes to another one.
enum RubricDocument: Sendable, Equatable {
    /// A rubric that stands on its own.
    case scenario(Rubric)
    /// A rubric written as changes to a base scenario (`"extends": "migration"`).
    case extending(RubricExtension)

    /// The scenario id the file defines.
    var id: String {
        switch self {
        case .scenario(let rubric): rubric.id
        case .extending(let patch): patch.id.value
        }
    }
}
