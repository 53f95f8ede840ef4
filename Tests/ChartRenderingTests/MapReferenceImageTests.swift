import ChartLayout
import Drawing
import Testing
import TestSupport
import ReportBuilder
import ReportSpec
@testable import CairoRendering

/// The bundled briefing's China map drawn with the real fonts, compared with its committed reference.
@Suite("map reference image")
struct MapReferenceImageTests {
    @Test("the China map of the top-3 AI cities renders like its reference image")
    func chinaMap() throws {
        let loaded = try ReportLoader().load(folder: PackagePaths.root + "/Reports/china-ai-2025")
        let figure = try #require(loaded.report.figures.first { $0.id == "ai-cities-map" })
        guard case .map(let map) = figure.content else { Issue.record("not a map"); return }
        let engine = try ReferenceImageTests.engine()
        let frame = RegionalMapLayout(theme: .standard, measurer: PangoTextMeasurer(engine: engine)).layout(map, width: 475).frame
        let canvas = FigureCanvas(margin: 8, background: .white).frame(frame, alt: figure.alt)
        // At half scale the reference stays under 20 KiB; a moved label or region still shows.
        let png = try CairoRenderer(engine: engine).png(canvas, scale: 0.5)
        try ReferenceImageTests.compare(png, name: "map-china")
    }

    @Test("the illustrative world choropleth renders like its reference image")
    func worldChoropleth() throws {
        let loaded = try ReportLoader().load(folder: PackagePaths.root + "/Reports/ai-readiness-world")
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        let figure = try #require(loaded.report.figures.first { $0.id == "readiness-map" })
        guard case .map(let map) = figure.content else { Issue.record("not a map"); return }
        let engine = try ReferenceImageTests.engine()
        let frame = RegionalMapLayout(theme: loaded.report.theme, measurer: PangoTextMeasurer(engine: engine)).layout(map, width: 475).frame
        let canvas = FigureCanvas(margin: 8, background: .white).frame(frame, alt: figure.alt)
        let png = try CairoRenderer(engine: engine).png(canvas, scale: 0.5)
        try ReferenceImageTests.compare(png, name: "map-world")
    }
}
