@testable import CairoRendering
import Drawing
import Foundation
import RasterTestSupport
import Testing
import TestSupport

@Suite("SVG writer")
struct SVGWriterTests {
    static let family = "Noto Sans CJK KR"
    let regular = TextStyle(font: Font(family: SVGWriterTests.family, size: 12), color: .black)
    let red = Color(hex: "#c0392b")!

    /// Everything the writer handles: paths, a stroke, nested clipped groups, a figure tag,
    /// multi-colour and justified text, links and an anchor.
    func sampleFrame(textShift: Double = 0) -> Frame {
        let bold = TextStyle(font: regular.font.with(weight: .bold), color: red)
        let faint = TextStyle(font: regular.font.with(size: 10), color: Color(red: 0.2, green: 0.2, blue: 0.2, alpha: 0.6))
        var chart = Frame(size: Size(width: 200, height: 80))
        chart.append(.path(PathItem(Path(rect: Rect(x: 0, y: 44, width: 150, height: 14)), fill: Color(hex: "#1a6496"))))
        chart.append(.path(PathItem(Path(line: Point(x: 0, y: 70), to: Point(x: 190, y: 70)),
                                    stroke: Stroke(color: .black, width: 0.75, dash: [2, 1.5]))))
        chart.append(.text(TextLine(spans: [TextSpan("중국 ", style: regular),
                                            TextSpan("6,000억", style: bold, link: .uri("https://example.com/?a=1&b=2")),
                                            TextSpan(" 위안 <AI & 로봇>", style: faint)],
                                    baseline: Point(x: 4 + textShift, y: 18), width: 150, ascent: 11, descent: 3)))
        chart.append(.text(TextLine(spans: [TextSpan("알리바바 클라우드 Qwen", style: regular)],
                                    baseline: Point(x: 4 + textShift, y: 36), width: 128, ascent: 11, descent: 3,
                                    justifiedWidth: 180)))
        var inner = Frame(size: Size(width: 40, height: 20))
        inner.append(.path(PathItem(Path(rect: Rect(x: -5, y: -5, width: 60, height: 30)), fill: red)))
        chart.place(inner, at: Point(x: 150, y: 60))
        var frame = Frame(size: Size(width: 240, height: 100))
        frame.append(.path(PathItem(Path(rect: Rect(x: 0, y: 0, width: 240, height: 100)), fill: .white)))
        frame.append(.group(Group(offset: Point(x: 10, y: 8), clip: Rect(x: 0, y: 0, width: 200, height: 80),
                                  items: chart.items.map { item in
                                      // Clip the inner frame too, so there are two clip paths to number.
                                      if case .group(var g) = item { g.clip = Rect(x: 0, y: 0, width: 40, height: 20); return .group(g) }
                                      return item
                                  }, tag: .figure(alt: "막대 & \"선\""))))
        frame.append(.link(Link(rect: Rect(x: 0, y: 90, width: 50, height: 10), target: .uri("mailto:desk@example.com"))))
        frame.append(.link(Link(rect: Rect(x: 60, y: 90, width: 50, height: 10), target: .destination("sec1"))))
        frame.append(.link(Link(rect: Rect(x: 120, y: 90, width: 50, height: 10), target: .uri("javascript:alert(1)"))))
        frame.append(.anchor(Anchor(name: "fig1", position: .zero)))
        return frame
    }

    func render(_ mode: SVGTextMode, _ frame: Frame? = nil) throws -> String {
        let renderer = CairoRenderer(engine: try RenderingFixture.engine())
        let bytes = try renderer.svg(frame ?? sampleFrame(), title: "민간 <AI> 투자", description: "막대 & 선", textMode: mode)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The names of every element that opens in `svg`.
    func elementNames(_ svg: String) -> Set<String> {
        var names = Set<String>()
        var rest = svg[...]
        while let lt = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: lt)...]
            guard let first = rest.first, first.isLetter else { continue }
            names.insert(String(rest.prefix { $0.isLetter || $0.isNumber || $0 == ":" }))
        }
        return names
    }

    @Test("the SVG uses only elements and attributes that slide programs import", arguments: SVGTextMode.allCases)
    func slideSafe(mode: SVGTextMode) throws {
        let svg = try render(mode)
        for banned in ["<symbol", "<use", "<style", "class=", "mask", "style=", "<defs", "<image", "xlink:"] {
            #expect(!svg.contains(banned), "\(mode): found \(banned)")
        }
        let allowed: Set = ["svg", "title", "desc", "g", "path", "rect", "clipPath", "text", "tspan", "a"]
        #expect(elementNames(svg).isSubset(of: allowed), "\(elementNames(svg).subtracting(allowed))")
        let id = SVGWriter.elementID("민간 <AI> 투자\u{0}막대 & 선")
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + "width=\"240pt\" height=\"100pt\" viewBox=\"0 0 240 100\" version=\"1.1\" "
            + "role=\"img\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\">\n"
            + "<title id=\"\(id)-title\">민간 &lt;AI&gt; 투자</title>\n<desc id=\"\(id)-desc\">막대 &amp; 선</desc>\n"))
    }

    @Test("xmllint finds the SVG well-formed", arguments: SVGTextMode.allCases)
    func wellFormed(mode: SVGTextMode) throws {
        let path = try PackagePaths.temporaryFolder("svg-lint") + "/figure.svg"
        try Data(try render(mode).utf8).write(to: URL(fileURLWithPath: path))
        let lint = try ProcessRunner.run("xmllint", ["--noout", path])
        #expect(lint.status == 0, "\(lint.stderr)")
    }

    @Test("two renders in one process are byte-identical, whatever was drawn in between")
    func repeatable() throws {
        let first = try render(.outlines)
        var other = Frame(size: Size(width: 50, height: 50))
        other.append(.group(Group(clip: Rect(x: 0, y: 0, width: 10, height: 10), items: [])))
        _ = try render(.outlines, other)
        #expect(try render(.outlines) == first)
        #expect(try render(.text) == render(.text))
    }

    @Test("clip paths are numbered from 1 in document order and the figure carries its alt text")
    func clipsAndFigure() throws {
        let svg = try render(.outlines)
        #expect(svg.contains("<clipPath id=\"clip1\"><rect x=\"0\" y=\"0\" width=\"200\" height=\"80\"/></clipPath>\n"
            + "<g transform=\"translate(10 8)\" clip-path=\"url(#clip1)\" role=\"img\" aria-label=\"막대 &amp; &quot;선&quot;\">"))
        #expect(svg.contains("<clipPath id=\"clip2\"><rect x=\"0\" y=\"0\" width=\"40\" height=\"20\"/></clipPath>\n"
            + "<g transform=\"translate(150 60)\" clip-path=\"url(#clip2)\">"))
        #expect(!svg.contains("clip3"))
    }

    @Test("paths keep their paint: rectangles as <rect>, strokes with width, dashes and no fill")
    func paths() throws {
        let svg = try render(.outlines)
        #expect(svg.contains("<rect x=\"0\" y=\"44\" width=\"150\" height=\"14\" fill=\"#1a6496\" stroke=\"none\"/>"))
        #expect(svg.contains("<path d=\"M0 70h190\" fill=\"none\" stroke=\"#000000\" stroke-width=\"0.75\" stroke-dasharray=\"2 1.5\"/>"))
    }

    @Test("links become <a> only for https and mailto; internal destinations and anchors leave nothing")
    func links() throws {
        for mode in SVGTextMode.allCases {
            let svg = try render(mode)
            #expect(svg.contains("<a href=\"https://example.com/?a=1&amp;b=2\">"), "\(mode)")
            #expect(svg.contains("<a href=\"mailto:desk@example.com\"><rect x=\"0\" y=\"90\" width=\"50\" height=\"10\""), "\(mode)")
            #expect(svg.components(separatedBy: "<a ").count == 3, "\(mode)")
            #expect(!svg.contains("sec1") && !svg.contains("fig1") && !svg.contains("javascript"), "\(mode)")
        }
    }

    @Test("outline mode draws text as filled paths in each span's colour and opacity, with no <text>")
    func outlineColours() throws {
        let svg = try render(.outlines)
        #expect(!svg.contains("<text"))
        #expect(svg.contains("fill=\"#c0392b\" stroke=\"none\"/>"))
        #expect(svg.contains("fill=\"#333333\" stroke=\"none\" fill-opacity=\"0.6\"/>"))
    }

    @Test("text mode writes <text> with the family, size and span texts, XML-escaped")
    func textMode() throws {
        let svg = try render(.text)
        #expect(svg.contains("<text x=\"4\" y=\"18\" font-family=\"Noto Sans CJK KR\" font-size=\"12\" fill=\"#000000\" "
            + "stroke=\"none\" xml:space=\"preserve\"><tspan>중국 </tspan>"
            + "<a href=\"https://example.com/?a=1&amp;b=2\"><tspan font-weight=\"bold\" fill=\"#c0392b\">6,000억</tspan></a>"
            + "<tspan font-size=\"10\" fill=\"#333333\" fill-opacity=\"0.6\"> 위안 &lt;AI &amp; 로봇&gt;</tspan></text>"))
        #expect(svg.contains("<tspan>알리바바 클라우드 Qwen</tspan>"))
        #expect(!svg.contains("textLength"))
    }

    /// Rasterises `svg` with rsvg-convert at `width`×`height` pixels on white.
    func rasterise(_ svg: String, width: Int, height: Int) throws -> RasterImage {
        let folder = try PackagePaths.temporaryFolder("svg-raster")
        try Data(svg.utf8).write(to: URL(fileURLWithPath: folder + "/in.svg"))
        let r = try ProcessRunner.run("rsvg-convert", ["-w", "\(width)", "-h", "\(height)", "-b", "white",
                                                       "-o", folder + "/out.png", folder + "/in.svg"])
        #expect(r.status == 0, "\(r.stderr)")
        let png = try #require(FileManager.default.contents(atPath: folder + "/out.png"))
        return try RasterImage(png: [UInt8](png))
    }

    @Test("outlined text covers the same pixels as the PNG rendering of the same frame",
          .enabled(if: ProcessRunner.isAvailable("rsvg-convert"),
                   "rsvg-convert is missing: install librsvg2-bin (scripts/setup.sh does)"))
    func outlinesMatchPNG() throws {
        let renderer = CairoRenderer(engine: try RenderingFixture.engine())
        let frame = sampleFrame()
        let reference = try RasterImage(png: try renderer.png(frame, scale: 2))
        let svg = try rasterise(try render(.outlines, frame), width: reference.width, height: reference.height)
        let difference = try #require(svg.meanAbsoluteDifference(from: reference))
        // The difference is measured against the ink (how far the PNG is from blank), so the
        // bound does not depend on how much of the frame is background. The same outlines
        // through two rasterisers differ only in anti-aliasing at glyph edges: measured 3.3 %
        // of the ink (0.87 of 26.4 levels). Text moved half a point (one pixel at this scale)
        // measured 13 %. A bound of 6 % leaves room on both sides.
        let ink = reference.meanInk
        #expect(difference < 0.06 * ink, "difference \(difference) vs ink \(ink)")
        // The tolerance is not vacuous: shifted text fails it.
        let shifted = try rasterise(try render(.outlines, sampleFrame(textShift: 0.5)), width: reference.width, height: reference.height)
        let shiftedDifference = try #require(shifted.meanAbsoluteDifference(from: reference))
        #expect(shiftedDifference > 0.06 * ink, "shifted \(shiftedDifference) vs ink \(ink)")
    }
}
