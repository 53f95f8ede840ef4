import Foundation
@testable import CairoRendering
import Drawing
import RasterTestSupport
import Testing
import TestSupport

@Suite("Cairo renderer")
struct CairoRendererTests {
    let style = TextStyle(font: Font(family: "Noto Sans CJK KR", size: 12), color: .black)

    func sampleFrame() -> Frame {
        var frame = Frame(size: Size(width: 200, height: 60))
        frame.append(.path(PathItem(Path(rect: Rect(x: 10, y: 30, width: 120, height: 14)), fill: Color(hex: "#1a6496"))))
        frame.append(.text(TextLine(spans: [TextSpan("중국 AI 산업", style: style)], baseline: Point(x: 10, y: 20),
                                    width: 60, ascent: 10, descent: 2)))
        return frame
    }

    @Test("an SVG drawn twice in one process is byte-identical, with its title and description")
    func svgRepeatable() throws {
        let renderer = CairoRenderer(engine: try RenderingFixture.engine())
        let a = try renderer.svg(sampleFrame(), title: "제목", description: "설명 <과> &")
        let b = try renderer.svg(sampleFrame(), title: "제목", description: "설명 <과> &")
        #expect(a == b)
        let text = String(decoding: a, as: UTF8.self)
        #expect(text.contains(">제목</title>"))
        #expect(text.contains(">설명 &lt;과&gt; &amp;</desc>"))
    }

    @Test("a PNG has the frame's size times the scale")
    func pngSize() throws {
        let renderer = CairoRenderer(engine: try RenderingFixture.engine())
        let png = try renderer.png(sampleFrame(), scale: 2)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR width and height, big-endian, at bytes 16–23.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 400 && height == 120)
    }

    @Test("a glyph missing from every font stops rendering instead of printing a box")
    func missingGlyphThrows() throws {
        let renderer = CairoRenderer(engine: try RenderingFixture.engine())
        var frame = Frame(size: Size(width: 100, height: 40))
        frame.append(.text(TextLine(spans: [TextSpan("로켓 🚀", style: style)], baseline: Point(x: 5, y: 20),
                                    width: 40, ascent: 10, descent: 2)))
        #expect(throws: RenderError.missingGlyphs(text: "로켓 🚀", count: 1)) {
            _ = try renderer.png(frame, scale: 1)
        }
    }

    @Test("a PDF is written with every page and the metadata date given")
    func pdfPages() throws {
        let renderer = CairoRenderer(engine: try RenderingFixture.engine())
        let doc = PagedDocument(pages: [Page(frame: sampleFrame(), label: "1"), Page(frame: sampleFrame(), label: "2")],
                                metadata: DocumentMetadata(title: "시험", language: "ko", date: "2025-01-21T00:00:00Z"))
        let path = try PackagePaths.temporaryFolder("pdf") + "/t.pdf"
        try renderer.writePDF(doc, to: path)
        let info = try ProcessRunner.run("pdfinfo", [path])
        #expect(info.stdout.contains("Pages:           2"))
        #expect(info.stdout.contains("Title:           시험"))
        // Empty entries are left out of the Info dictionary, as the XMP leaves them out (PDF/A
        // reads `/Subject ()` beside no dc:description as metadata that disagrees).
        let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(!raw.contains("/Subject") && !raw.contains("/Keywords") && !raw.contains("/Author"))
    }

    @Test("text read through the tags keeps a paragraph's lines apart, except where Chinese or Japanese joins them or a line ends inside a word")
    func linesApartInTags() throws {
        let renderer = CairoRenderer(engine: try RenderingFixture.engine())
        func line(_ text: String, y: Double, continues: Bool = false) -> FrameItem {
            var line = TextLine(spans: [TextSpan(text, style: style)], baseline: Point(x: 10, y: y), width: 40, ascent: 10, descent: 2)
            line.continuesWord = continues
            return .text(line)
        }
        var frame = Frame(size: Size(width: 200, height: 200))
        frame.append(.group(Group(items: [line("함께", y: 20), line("미국과", y: 36)], tag: .paragraph)))
        frame.append(.group(Group(items: [line("中文", y: 60), line("字。", y: 76)], tag: .paragraph)))
        frame.append(.group(Group(items: [line("672억 달러", y: 100, continues: true), line("(약 97조)", y: 116)], tag: .paragraph)))
        frame.append(.group(Group(items: [line("hyphen-", y: 140), line("ation", y: 156)], tag: .paragraph)))
        let path = try PackagePaths.temporaryFolder("tags-apart") + "/t.pdf"
        try renderer.writePDF(PagedDocument(pages: [Page(frame: frame, label: "1")], metadata: DocumentMetadata(title: "t", language: "ko", date: "")), to: path)
        let tags = try ProcessRunner.run("pdfinfo", ["-struct-text", path]).stdout
        #expect(tags.contains("\"함께 미국과 \""))
        #expect(tags.contains("\"中文字。\""))
        #expect(tags.contains("\"672억 달러(약 97조) \""), "\(tags)")
        #expect(tags.contains("\"hyphen-ation \""), "\(tags)")
        // Drawn, the space shows nothing: the page renders as it did without it.
        let png = try renderer.png(frame, scale: 1)
        #expect(!png.isEmpty)
    }

    @Test("pages added one at a time make the same PDF as the whole document at once")
    func pdfWriterPageByPage() throws {
        let renderer = CairoRenderer(engine: try RenderingFixture.engine())
        let meta = DocumentMetadata(title: "시험", language: "ko", date: "2025-01-21T00:00:00Z")
        let pages = (1...3).map { Page(frame: sampleFrame(), label: String($0)) }
        let folder = try PackagePaths.temporaryFolder("pdf-writer")
        try renderer.writePDF(PagedDocument(pages: pages, metadata: meta), to: folder + "/whole.pdf")
        let pdf = try renderer.pdfWriter(to: folder + "/paged.pdf", metadata: meta, firstPageSize: pages[0].size)
        for page in pages { try pdf.add(page) }
        try pdf.finish(outline: [])
        let whole = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/whole.pdf")))
        let paged = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/paged.pdf")))
        #expect(!whole.isEmpty && whole == paged)
    }

    @Test("a PDF writer dropped before it finishes leaves a file to delete, not a crash")
    func pdfWriterDroppedUnfinished() throws {
        let renderer = CairoRenderer(engine: try RenderingFixture.engine())
        let path = try PackagePaths.temporaryFolder("pdf-writer-dropped") + "/t.pdf"
        do {
            let pdf = try renderer.pdfWriter(to: path, metadata: DocumentMetadata(title: "시험", language: "ko", date: "2025-01-21T00:00:00Z"),
                                             firstPageSize: sampleFrame().size)
            try pdf.add(Page(frame: sampleFrame(), label: "1"))
        }
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("a PDF written to a full disk fails naming the file and the reason, as an output failure",
          .enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full on this system"))
    func pdfOnAFullDisk() throws {
        let renderer = CairoRenderer(engine: try RenderingFixture.engine())
        let doc = PagedDocument(pages: [Page(frame: sampleFrame(), label: "1")],
                                metadata: DocumentMetadata(title: "시험", language: "ko", date: "2025-01-21T00:00:00Z"))
        let error = RenderError.write(path: "/dev/full", reason: "No space left on device")
        #expect(throws: error) { try renderer.writePDF(doc, to: "/dev/full") }
        #expect(error.isOutputFailure)
    }

    @Test("a PNG on its background is RGB and records its resolution; a transparent one keeps straight alpha")
    func pngEncoding() throws {
        let renderer = CairoRenderer(engine: try RenderingFixture.engine())
        let opaque = try renderer.png(sampleFrame(), scale: 2)
        #expect(opaque[25] == 2, "colour type RGB")
        // pHYs: 2 pixels a point is 144 dpi, 5,669 pixels a metre, unit metre.
        let phys: [UInt8] = Array("pHYs".utf8) + [0, 0, 0x16, 0x25, 0, 0, 0x16, 0x25, 1]
        #expect((0...(opaque.count - phys.count)).contains { opaque[$0..<($0 + phys.count)].elementsEqual(phys) })
        var veil = Frame(size: Size(width: 10, height: 10))
        veil.append(.path(PathItem(Path(rect: Rect(x: 0, y: 0, width: 10, height: 10)), fill: Color(red: 0, green: 0, blue: 1, alpha: 0.5))))
        let clear = try renderer.png(veil, scale: 1, transparent: true)
        #expect(clear[25] == 6, "colour type RGBA")
        // Half-transparent blue over white, after Cairo decodes it: about (128, 128, 255).
        let decoded = try RasterImage(png: clear)
        #expect(decoded.width == 10 && decoded.height == 10)
        #expect(abs(Int(decoded.rgb[0]) - 128) <= 1 && abs(Int(decoded.rgb[1]) - 128) <= 1 && decoded.rgb[2] == 255, "\(decoded.rgb.prefix(3))")
    }
}
