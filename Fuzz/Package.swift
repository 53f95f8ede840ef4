// swift-tools-version: 6.0
// Fuzz targets for Briefing's readers and layout, built with libFuzzer (see README.md).
// A package of its own so the sanitizer build never touches the main build folder.
import PackageDescription

let briefing: Target.Dependency = .product(name: "Briefing", package: "Briefing")

let package = Package(
    name: "BriefingFuzz",
    dependencies: [.package(name: "Briefing", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [briefing]),
        // The cases and their oracles; the main package's tests replay the corpus through them too.
        .target(name: "FuzzCases", dependencies: [briefing]),
        .executableTarget(name: "FuzzCSV", dependencies: [briefing, "FuzzSupport"]),
        .executableTarget(name: "FuzzReport", dependencies: [briefing, "FuzzSupport"]),
        .executableTarget(name: "FuzzGeo", dependencies: [briefing, "FuzzSupport"]),
        .executableTarget(name: "FuzzJSON", dependencies: [briefing, "FuzzSupport"]),
        .executableTarget(name: "FuzzRender", dependencies: ["FuzzCases", "FuzzSupport"]),
        .executableTarget(name: "FuzzLinks", dependencies: ["FuzzCases", "FuzzSupport"]),
        .executableTarget(name: "FuzzPaths", dependencies: ["FuzzCases", "FuzzSupport"]),
    ]
)
