@testable import CairoRendering
import CPangoCairo
import Drawing
import Testing

@Suite("lines shaped without a layout")
struct ShapedLineTests {
    let font = Font(family: "Noto Sans CJK KR", size: 12)
    let red = Color(hex: "#c0392b")!

    private func line(_ spans: [TextSpan], justified: Double? = nil) -> TextLine {
        TextLine(spans: spans, baseline: Point(x: 20, y: 30), width: 140, ascent: 10, descent: 2, justifiedWidth: justified)
    }

    private var mixed: [TextSpan] {
        [TextSpan("중국 ", style: TextStyle(font: font, color: .black)),
         TextSpan("6,000억", style: TextStyle(font: font.with(weight: .bold), color: red)),
         TextSpan(" 위안 「AI」 kerning AVA", style: TextStyle(font: font, color: .black))]
    }

    @Test("every glyph lands where a layout of the same line puts it, runs cut where the colour changes")
    func matchesLayout() throws {
        let engine = try RenderingFixture.engine()
        let outliner = try GlyphOutliner(engine: engine)
        let text = line(mixed)
        let (layout, scale, top) = try engine.placedLayout(for: text)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let whole = try outliner.wholeLayout(layout, scale: scale, at: top)

        let shaped = try #require(try engine.shape(text))
        #expect(shaped.scale == scale)
        #expect(spansInOrder(shaped) == [0, 1, 2])
        // The bold face puts the ideographic baseline 11 units off the regular's: it is raised to meet it.
        #expect(shaped.runs.filter { $0.glyphs.contains { $0.y != 0 } }.map(\.span) == [1])
        let runs = try outliner.outlines(of: text)
        #expect(runs.map(\.color) == [.black, red, .black])
        let joined = runs.joinedPath
        #expect(joined.elements.count == whole.elements.count)
        #expect(joined.maxDistance(to: whole) <= 1.0 / 128, "\(joined.maxDistance(to: whole))")
    }

    @Test("a justified line is exactly as wide as asked, its spaces widened in equal shares")
    func justified() throws {
        let engine = try RenderingFixture.engine()
        let natural = try #require(try engine.shape(line(mixed)))
        let target = 260.0
        let stretched = try #require(try engine.shape(line(mixed, justified: target)))
        let width = (stretched.runs.last?.end ?? 0) - (stretched.runs.first?.start ?? 0)
        #expect(abs(width * stretched.scale - target) < 0.01, "\(width * stretched.scale)")
        // Glyphs move right only after a space, and by the same amount at each, give or take one Pango unit.
        let moved = zip(positions(natural), positions(stretched)).map { $1 - $0 }
        let steps = zip(moved, moved.dropFirst()).map { $1 - $0 }.filter { abs($0) > 1e-9 }
        #expect(steps.count == 5)
        #expect((steps.max() ?? 0) - (steps.min() ?? 0) <= 1.0 / Double(PANGO_SCALE) + 1e-9)
    }

    @Test("a linked run's extent starts after the text before it and is as wide as its own text")
    func linkExtent() throws {
        let engine = try RenderingFixture.engine()
        let measurer = PangoTextMeasurer(engine: engine)
        let spans = [TextSpan("출처: ", style: TextStyle(font: font, color: .black)),
                     TextSpan("CCTV 보도", style: TextStyle(font: font, color: .black), link: .uri("https://example.com/a")),
                     TextSpan(" 참조", style: TextStyle(font: font, color: .black))]
        let shaped = try #require(try engine.shape(line(spans)))
        // The link changes, the colour does not: the runs are still cut around it.
        #expect(spansInOrder(shaped) == [0, 1, 2])
        let extent = try #require(shaped.extent(ofSpan: 1))
        let before = measurer.width(of: "출처: ", font: font)
        let own = measurer.width(of: "CCTV 보도", font: font)
        #expect(abs(extent.start * shaped.scale - before) < 0.01)
        #expect(abs((extent.end - extent.start) * shaped.scale - own) < 0.01)
    }

    @Test("a character no font has throws, as drawing through a layout does")
    func missingGlyph() throws {
        let engine = try RenderingFixture.engine()
        let text = line([TextSpan("로켓 🚀", style: TextStyle(font: font, color: .black))])
        #expect(throws: RenderError.missingGlyphs(text: "로켓 🚀", count: 1)) { try engine.shape(text) }
    }

    @Test("right-to-left text is left to a layout, which reorders it")
    func rightToLeft() throws {
        let engine = try RenderingFixture.engine()
        let text = line([TextSpan("\u{202E}AI 중국", style: TextStyle(font: font, color: .black))])
        #expect(try engine.shape(text) == nil)
        #expect(try GlyphOutliner(engine: engine).outlines(of: text).count == 1)
    }

    /// The spans of the runs left to right, each once.
    private func spansInOrder(_ shaped: ShapedLine) -> [Int] {
        shaped.runs.map(\.span).reduce(into: [Int]()) { if $0.last != $1 { $0.append($1) } }
    }

    private func positions(_ shaped: ShapedLine) -> [Double] { shaped.runs.flatMap { $0.glyphs.map(\.x) } }

    @Test("an underlined link gets one rule under its own words, in its colour, ending where the link ends")
    func underlines() throws {
        let engine = try RenderingFixture.engine()
        let plain = TextStyle(font: Font(family: "Noto Sans CJK KR", size: 10), color: .black)
        var linked = plain
        linked.color = try #require(Color(hex: "#1a6496"))
        linked.underline = true
        let link = LinkTarget.uri("mailto:briefing@example.com")
        let line = TextLine(spans: [TextSpan("문의: ", style: plain), TextSpan("briefing@example.com", style: linked, link: link),
                                    TextSpan(" · 전화", style: plain)],
                            baseline: Point(x: 20, y: 30), width: 0, ascent: 8, descent: 2)
        let shaped = try #require(try engine.shape(line))
        let rules = shaped.underlines(of: line)
        #expect(rules.count == 1)
        let extent = try #require(shaped.extent(ofSpan: 1))
        #expect(abs(rules[0].rect.minX - (20 + extent.start * shaped.scale)) < 1e-9)
        #expect(abs(rules[0].rect.maxX - (20 + extent.end * shaped.scale)) < 1e-9)
        #expect(rules[0].rect.minY > 30 && rules[0].rect.height > 0 && rules[0].color == linked.color)
    }
}
