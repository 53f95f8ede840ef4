import ChartLayout
import Drawing
import Foundation
import RasterTestSupport
import Testing
import TestSupport
import CairoRendering

/// Whole charts drawn with the real fonts, compared with committed reference PNGs.
///
/// A reference is never written under CI. Locally, a missing reference is written and the
/// test fails once so it gets looked at; `make references` (BRIEFING_UPDATE_REFERENCES=1)
/// rewrites them all on purpose. On a mismatch the actual image and a difference map are
/// written under .build/reference-failures/.
@Suite("reference images")
struct ReferenceImageTests {
    static let folder = PackagePaths.root + "/Tests/ChartRenderingTests/References"
    /// Mean absolute difference per channel (0–255) allowed: antialiasing and FreeType noise, not a moved label.
    static let meanTolerance = 0.6
    /// Share of pixels allowed to differ by more than 64 levels.
    static let pixelTolerance = 0.002

    /// One engine per test: Pango objects are not shared across the tests' threads.
    static func engine() throws -> TextEngine {
        try TextEngine(fonts: try FontSet(directories: [PackagePaths.fonts], cacheDirectory: try PackagePaths.temporaryFolder("fc")))
    }

    static let cases: [String] = ["investment", "parameters", "patents", "columns", "multiples", "table-models", "table-cities"]

    @Test("charts and tables render like their reference images", arguments: cases)
    func matchesReference(name: String) throws {
        let engine = try Self.engine()
        let measurer = PangoTextMeasurer(engine: engine)
        let frame: Frame
        switch name {
        case "investment": frame = BarChartLayout(theme: .standard, measurer: measurer).layout(ReferenceCharts.investment, width: 475)
        case "parameters": frame = BarChartLayout(theme: .standard, measurer: measurer).layout(ReferenceCharts.parameters, width: 475)
        case "patents": frame = BarChartLayout(theme: .standard, measurer: measurer).layout(ReferenceCharts.patents, width: 475)
        case "columns": frame = BarChartLayout(theme: .standard, measurer: measurer).layout(ReferenceCharts.columns, width: 475)
        case "table-models": frame = try TableLayout(theme: .standard, measurer: measurer).layout(ReferenceTables.models, width: 475).frame()
        case "table-cities": frame = try TableLayout(theme: .standard, measurer: measurer).layout(ReferenceTables.cities, width: 475).frame()
        default: frame = SmallMultiplesLayout(theme: .standard, measurer: measurer).layout(ReferenceCharts.multiples, width: 475)
        }
        let canvas = FigureCanvas(margin: 8, background: .white).frame(frame, alt: name)
        // Text-heavy tables are pinned at a smaller scale to keep their references near 20 KiB.
        let png = try CairoRenderer(engine: engine).png(canvas, scale: name.hasPrefix("table-") ? 0.75 : 1)
        try Self.compare(png, name: name)
    }

    static func compare(_ png: [UInt8], name: String) throws {
        let path = "\(folder)/\(name).png"
        let env = ProcessInfo.processInfo.environment
        let update = env["BRIEFING_UPDATE_REFERENCES"] == "1"
        let ci = env["CI"] == "true"
        guard !update, let expected = FileManager.default.contents(atPath: path) else {
            if ci && !update {
                Issue.record("reference \(path) is missing; create it locally with `make references` and commit it")
                return
            }
            try Data(png).write(to: URL(fileURLWithPath: path))
            if !update { Issue.record("wrote a new reference \(path): look at it, then commit it") }
            return
        }
        let actual = try RasterImage(png: png)
        let reference = try RasterImage(png: [UInt8](expected))
        guard actual.width == reference.width, actual.height == reference.height else {
            try writeFailure(png, actual: actual, reference: nil, name: name)
            Issue.record("\(name): size \(actual.width)×\(actual.height) differs from the reference's \(reference.width)×\(reference.height)")
            return
        }
        let mean = actual.meanAbsoluteDifference(from: reference) ?? .infinity
        var strong = 0
        for i in stride(from: 0, to: actual.rgb.count, by: 3) {
            let d = (0..<3).map { abs(Int(actual.rgb[i + $0]) - Int(reference.rgb[i + $0])) }.max() ?? 0
            if d > 64 { strong += 1 }
        }
        let share = Double(strong) / Double(actual.width * actual.height)
        if mean > meanTolerance || share > pixelTolerance {
            let where_ = try writeFailure(png, actual: actual, reference: reference, name: name)
            Issue.record("\(name): mean difference \(mean) (≤ \(meanTolerance)), \(share * 100)% pixels differ strongly (≤ \(pixelTolerance * 100)%); see \(where_)")
        }
    }

    /// Writes the actual PNG and a difference map (PPM: red where pixels differ) for a failed comparison.
    @discardableResult
    static func writeFailure(_ png: [UInt8], actual: RasterImage, reference: RasterImage?, name: String) throws -> String {
        let dir = PackagePaths.root + "/.build/reference-failures"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data(png).write(to: URL(fileURLWithPath: "\(dir)/\(name)-actual.png"))
        if let reference {
            var ppm = Array("P6\n\(actual.width) \(actual.height)\n255\n".utf8)
            for i in stride(from: 0, to: actual.rgb.count, by: 3) {
                let d = (0..<3).map { abs(Int(actual.rgb[i + $0]) - Int(reference.rgb[i + $0])) }.max() ?? 0
                let grey = UInt8(min(255, Int(reference.rgb[i]) / 4 + 191))
                ppm += d > 16 ? [255, 0, 0] : [grey, grey, grey]
            }
            try Data(ppm).write(to: URL(fileURLWithPath: "\(dir)/\(name)-diff.ppm"))
        }
        return dir
    }
}
