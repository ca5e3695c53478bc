// swift-tools-version:6.0
import PackageDescription

/// The built-in rubrics, embedded into the binary so `grade` works from any directory.
/// `Rubrics/` at the top level is the only copy; `Sources/GradeKit/Rubrics` links to it.
let rubricFiles = [
    "general", "synonyms",
    "outage", "scale", "migration", "security", "cost", "platform", "dr", "leadership",
]

let package = Package(
    name: "grade",
    products: [
        .executable(name: "grade", targets: ["grade"]),
        .library(name: "GradeKit", targets: ["GradeKit"]),
    ],
    targets: [
        .target(
            name: "GradeKit",
            resources: rubricFiles.map { .embedInCode("Rubrics/\($0).json") },
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
