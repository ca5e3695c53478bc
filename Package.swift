// swift-tools-version:6.0
import PackageDescription

/// The built-in rubrics, embedded into the binary so `grade` works from any directory.
/// `Rubrics/` at the top level is the only copy; `Sources/GradeKit/Rubrics` links to it.
let rubricFiles = [
    "general", "synonyms",
    "outage", "scale", "migration", "security", "cost", "platform", "dr", "leadership",
]

/// The JSON Schemas of the rubric format, in `Rubrics/schema/` (never read as scenarios:
/// the loader reads only the top level of a rubric directory and skips `*.schema.json`).
/// `grade import` writes a copy beside the rubrics it creates, so editors can check them.
let schemaFiles = ["rubric", "general", "synonyms"]

let package = Package(
    name: "grade",
    products: [
        .executable(name: "grade", targets: ["grade"]),
        .library(name: "GradeKit", targets: ["GradeKit"]),
    ],
    targets: [
        .target(
            name: "GradeKit",
            resources: rubricFiles.map { .embedInCode("Rubrics/\($0).json") }
                + schemaFiles.map { .embedInCode("Rubrics/schema/\($0).schema.json") },
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .target(
            name: "GradeCLI",
            dependencies: ["GradeKit"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "grade",
            dependencies: ["GradeCLI"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "grade-bench",
            dependencies: ["GradeKit"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "GradeKitTests",
            dependencies: ["GradeKit"],
            exclude: ["Data", "Reporting/Golden", "Calibration/Golden"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "GradeCLITests",
            dependencies: ["GradeCLI", "GradeKit"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
