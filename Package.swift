// swift-tools-version: 6.0
// Briefing: report and chart generator. Layers, top to bottom:
// CLI → engine (Briefing) → ReportSpec → ReportBuilder → ChartLayout → Drawing,
// and engine → CairoRendering → Drawing + C shims. `import Briefing` is the engine and every layer's public types.
import PackageDescription

// MARK: - Shared dependencies

let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")
let yams: Target.Dependency = .product(name: "Yams", package: "Yams")

let package = Package(
    name: "Briefing",
    products: [
        .library(name: "Briefing", targets: ["Briefing"]),
        .executable(name: "briefing", targets: ["BriefingCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        // `make docs`: the DocC catalog in Sources/Briefing/Briefing.docc.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // MARK: - C libraries (found through pkg-config)
        .systemLibrary(name: "CCairo", pkgConfig: "cairo",
                       providers: [.apt(["libcairo2-dev"]), .brew(["cairo"])]),
        .systemLibrary(name: "CFontconfig", pkgConfig: "fontconfig",
                       providers: [.apt(["libfontconfig-dev"]), .brew(["fontconfig"])]),
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo",
                       providers: [.apt(["libpango1.0-dev"]), .brew(["pango"])]),
        .systemLibrary(name: "CHarfBuzz", pkgConfig: "harfbuzz-subset",
                       providers: [.apt(["libharfbuzz-dev"]), .brew(["harfbuzz"])]),
        // prctl(PR_SET_PDEATHSIG) for worker processes, which must not outlive the build.
        .target(name: "CProcessControl"),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib",
                       providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),

        // MARK: - Pure layers
        .target(name: "Drawing"),
        .target(name: "ChartLayout", dependencies: ["Drawing"]),
        .target(name: "ReportBuilder", dependencies: ["ChartLayout", "Drawing"]),
        .target(name: "ReportSpec", dependencies: ["ReportBuilder", "ChartLayout", "Drawing", yams]),

        // MARK: - Rendering (the only code that calls Cairo, Pango, fontconfig or zlib)
        .target(name: "CairoRendering", dependencies: ["Drawing", "CCairo", "CFontconfig", "CPangoCairo", "CHarfBuzz", "CZlib"]),

        // MARK: - Engine (the build: session, output transaction, cache, parallelism, diagnostics)
        .target(name: "Briefing", dependencies: ["ReportSpec", "ReportBuilder", "ChartLayout", "CairoRendering", "Drawing", "CProcessControl"]),

        // MARK: - Command line (parses, calls the engine, prints)
        // The commit `briefing --version` names, from a header `make` writes (scripts/stamp-commit.sh).
        .target(name: "CBuildInfo"),
        .executableTarget(name: "BriefingCLI", dependencies: ["Briefing", "CBuildInfo", argumentParser]),

        // MARK: - Tests
        .target(name: "TestSupport", dependencies: ["Drawing"], path: "Tests/TestSupport", exclude: ["Raster"]),
        // Decoding PNGs to compare renderings: through Cairo, kept apart so pure layers' tests never link it.
        .target(name: "RasterTestSupport", dependencies: ["CCairo"], path: "Tests/TestSupport/Raster"),
        // The fuzz cases and their oracles (Fuzz/), so the tests replay the fuzz corpus without libFuzzer.
        .target(name: "FuzzCases", dependencies: ["Briefing"], path: "Fuzz/Sources/FuzzCases"),
        .testTarget(name: "DrawingTests", dependencies: ["Drawing", "TestSupport"]),
        .testTarget(name: "ChartLayoutTests", dependencies: ["ChartLayout", "Drawing", "TestSupport"]),
        .testTarget(name: "ReportBuilderTests", dependencies: ["ReportBuilder", "ChartLayout", "Drawing", "TestSupport"]),
        .testTarget(name: "ReportSpecTests", dependencies: ["ReportSpec", "ReportBuilder", "TestSupport"]),
        .testTarget(name: "CairoRenderingTests", dependencies: ["CairoRendering", "Drawing", "TestSupport", "RasterTestSupport"]),
        .testTarget(name: "ChartRenderingTests", dependencies: ["ChartLayout", "CairoRendering", "Drawing", "TestSupport", "RasterTestSupport",
                                                               "ReportSpec", "ReportBuilder"],
                    exclude: ["References"]),
        .testTarget(name: "BriefingTests", dependencies: ["Briefing", "TestSupport", "FuzzCases"]),
        .testTarget(name: "BriefingCLITests", dependencies: ["BriefingCLI", "Briefing", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "RasterTestSupport"]),
    ]
)
