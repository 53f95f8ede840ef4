// swift-tools-version: 6.0
// A program that uses Briefing as a library: one chart from rows in memory, and the bundled
// report built from code. It depends on the checkout by path, as a project vendoring Briefing would.
import PackageDescription

let package = Package(
    name: "QuickStart",
    dependencies: [
        .package(name: "Briefing", path: "../.."),
    ],
    targets: [
        .executableTarget(name: "QuickStart", dependencies: [.product(name: "Briefing", package: "Briefing")]),
        // The README's "Use as a Swift library" example, word for word (a test compares them).
        .executableTarget(name: "ReadmeExample", dependencies: [.product(name: "Briefing", package: "Briefing")]),
    ]
)
