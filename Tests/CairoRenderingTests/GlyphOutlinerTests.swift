@testable import CairoRendering
import CPangoCairo
import Drawing
import Testing

@Suite("glyph outliner")
struct GlyphOutlinerTests {
    let font = Font(family: "Noto Sans CJK KR", size: 12)

    @Test("a whole line is outlined, however far it runs from the origin")
    func wholeLine() throws {
        let outliner = try GlyphOutliner(engine: try RenderingFixture.engine())
        let text = "미국의 AI 민간 투자, 중국의 9배에 가까워"
        let line = TextLine(spans: [TextSpan(text, style: TextStyle(font: font, color: .black))],
                            baseline: Point(x: 300, y: 400), width: 0, ascent: 10, descent: 2)
        let outlines = try outliner.outlines(of: line)
        let bounds = try #require(outlines.first?.path.bounds)
        let width = PangoTextMeasurer(engine: try RenderingFixture.engine()).width(of: text, font: font)
        #expect(outlines.count == 1)
        // The ink reaches the last glyph: within a few points of the advance width.
        #expect(bounds.maxX > 300 + width - 3 && bounds.maxX <= 300 + width + 1, "\(bounds) vs width \(width)")
        #expect(bounds.minY > 400 - 12 && bounds.maxY < 400 + 4)
    }

    @Test("run by run, glyphs land exactly where the whole-line path puts them")
    func runsMatchWholeLine() throws {
        let engine = try RenderingFixture.engine()
        let outliner = try GlyphOutliner(engine: engine)
        let red = Color(hex: "#c0392b")!
        let spans = [TextSpan("중국 ", style: TextStyle(font: font, color: .black)),
                     TextSpan("6,000억", style: TextStyle(font: font.with(weight: .bold), color: red)),
                     TextSpan(" 위안 「AI」", style: TextStyle(font: font, color: .black))]
        let line = TextLine(spans: spans, baseline: Point(x: 20, y: 30), width: 140, ascent: 10, descent: 2,
                            justifiedWidth: 170)
        let (layout, scale, top) = try engine.placedLayout(for: line)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        #expect(scale == 12 / TextEngine.referenceSize)
        let whole = try outliner.wholeLayout(layout, scale: scale, at: top)
        let runs = try outliner.runByRun(layout, scale: scale, at: top, line: line)
        #expect(runs.map(\.color) == [.black, red, .black])
        let joined = runs.joinedPath
        // Cairo keeps paths in 1/256 pt fixed point, so a run placed from its own origin may
        // differ from the whole line by that much; anything larger would be a misplaced run.
        #expect(joined.elements.count == whole.elements.count)
        #expect(joined.maxDistance(to: whole) <= 1.0 / 128, "\(joined.maxDistance(to: whole))")
    }


    @Test("a line of spaces has no outline")
    func spaces() throws {
        let outliner = try GlyphOutliner(engine: try RenderingFixture.engine())
        let line = TextLine(spans: [TextSpan("   ", style: TextStyle(font: font, color: .black))],
                            baseline: Point(x: 0, y: 10), width: 6, ascent: 10, descent: 2)
        #expect(try outliner.outlines(of: line).isEmpty)
    }

    @Test("text shaped at the reference size and scaled is as wide, and its ink as large, as its size says")
    func scaledSizes() throws {
        let engine = try RenderingFixture.engine()
        let measurer = PangoTextMeasurer(engine: engine)
        let outliner = try GlyphOutliner(engine: engine)
        let text = "중국 AI 산업 6,000억 위안"
        func inkWidth(_ size: Double) throws -> Double {
            let line = TextLine(spans: [TextSpan(text, style: TextStyle(font: font.with(size: size), color: .black))],
                                baseline: Point(x: 0, y: 50), width: 0, ascent: 10, descent: 2)
            return try #require(outliner.outlines(of: line).first?.path.bounds).width
        }
        let body = measurer.width(of: text, font: font.with(size: 10.5))
        #expect(abs(measurer.width(of: text, font: font.with(size: 21)) - 2 * body) < 1e-9)
        #expect(abs(measurer.metrics(of: font.with(size: 21)).ascent - 2 * measurer.metrics(of: font.with(size: 10.5)).ascent) < 1e-9)
        // Cairo keeps outlines in 1/256 pt, so twice the size is twice the ink within that.
        #expect(abs(try inkWidth(21) - 2 * inkWidth(10.5)) < 0.02)
    }
}
