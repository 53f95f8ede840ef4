import CairoRendering
import Drawing
import Foundation
import Testing
import TestSupport

/// Pages that draw nothing before pages with links: Cairo 1.16 wrote such a file with /Annots
/// pointing at objects it never wrote.
@Suite("PDF pages and groups that draw nothing")
struct PDFEmptyPageTests {
    static let empty = Frame(size: Size(width: 200, height: 200))
    static var linked: Frame {
        let style = TextStyle(font: Font(family: "Noto Sans CJK KR", size: 12, weight: .regular), color: .black)
        return Frame(size: Size(width: 200, height: 200), items: [
            .text(TextLine(spans: [TextSpan("중국 AI", style: style, link: .uri("https://example.com/a"))],
                           baseline: Point(x: 10, y: 50), width: 50, ascent: 10, descent: 3)),
            .link(Link(rect: Rect(x: 10, y: 80, width: 40, height: 10), target: .destination("here"))),
            .anchor(Anchor(name: "here", position: Point(x: 10, y: 10))),
        ])
    }
    static var linksOnly: Frame { Frame(size: Size(width: 200, height: 200), items: [.link(Link(rect: Rect(x: 0, y: 0, width: 9, height: 9),
                                                                                                 target: .uri("https://example.com/b")))]) }

    /// A first page whose items Cairo skips: a path with no paint, clear or zero-size text, a
    /// shape off the page.
    static var nothingDrawn: Frame {
        let clear = TextStyle(font: Font(family: "Noto Sans CJK KR", size: 12, weight: .regular), color: Color(red: 0, green: 0, blue: 0, alpha: 0))
        let tiny = TextStyle(font: Font(family: "Noto Sans CJK KR", size: 0, weight: .regular), color: .black)
        return Frame(size: Size(width: 200, height: 200), items: [
            .path(PathItem(Path(rect: Rect(x: 10, y: 10, width: 50, height: 50)))),
            .text(TextLine(spans: [TextSpan("중국", style: clear)], baseline: Point(x: 10, y: 50), width: 20, ascent: 10, descent: 3)),
            .text(TextLine(spans: [TextSpan("중국", style: tiny)], baseline: Point(x: 10, y: 80), width: 0, ascent: 0, descent: 0)),
            .path(PathItem(Path(rect: Rect(x: 300, y: 300, width: 50, height: 50)), fill: .black)),
        ])
    }

    @Test("a first page that draws nothing, or only a link, leaves a file qpdf finds whole", arguments: [
        [empty, linked], [empty, empty, linked], [linksOnly, linked], [linked, empty, linked], [empty], [nothingDrawn, linked],
    ])
    func wholeFile(frames: [Frame]) throws {
        let renderer = CairoRenderer(engine: try TextEngine(fonts: try FontSet(directories: [PackagePaths.fonts],
                                                                               cacheDirectory: try PackagePaths.temporaryFolder("fc"))))
        let path = try PackagePaths.temporaryFolder("empty-page") + "/a.pdf"
        let pages = frames.enumerated().map { Page(frame: $1, label: "\($0 + 1)") }
        try renderer.writePDF(PagedDocument(pages: pages, metadata: DocumentMetadata(title: "t", language: "ko", date: "")), to: path)
        let check = try ProcessRunner.run("qpdf", ["--check", path])
        #expect(check.status == 0 && !(check.stdout + check.stderr).contains("WARNING"), "\(check.stdout)\(check.stderr)")
    }

    @Test("a tagged group under an empty clip draws nothing, and the file is whole")
    func emptyClip() throws {
        let renderer = CairoRenderer(engine: try TextEngine(fonts: try FontSet(directories: [PackagePaths.fonts],
                                                                               cacheDirectory: try PackagePaths.temporaryFolder("fc"))))
        let path = try PackagePaths.temporaryFolder("empty-clip") + "/a.pdf"
        let hidden = Frame(size: Size(width: 200, height: 200), items: [
            .anchor(Anchor(name: "표 1", position: Point(x: 0, y: 137))),
            .group(Group(offset: Point(x: 40, y: -5), clip: Rect(x: 20, y: 3, width: 0, height: 0), items: [], tag: .blockQuote)),
        ])
        try renderer.writePDF(PagedDocument(pages: [Page(frame: hidden, label: "1"), Page(frame: Self.linked, label: "2")],
                                            metadata: DocumentMetadata(title: "t", language: "ko", date: "")), to: path)
        let check = try ProcessRunner.run("qpdf", ["--check", path])
        #expect(check.status == 0 && !(check.stdout + check.stderr).contains("WARNING"), "\(check.stdout)\(check.stderr)")
    }

    @Test("a page whose drawing fails after a link, or a link Cairo refuses under a clip, is an error and not a crash")
    func failureAfterLinks() throws {
        let renderer = CairoRenderer(engine: try TextEngine(fonts: try FontSet(directories: [PackagePaths.fonts],
                                                                               cacheDirectory: try PackagePaths.temporaryFolder("fc"))))
        let style = TextStyle(font: Font(family: "Noto Sans CJK KR", size: 10, weight: .bold), color: .black)
        let drawn = FrameItem.text(TextLine(spans: [TextSpan("가", style: style)], baseline: Point(x: 10, y: 30), width: 10, ascent: 8, descent: 2))
        let noGlyph = FrameItem.text(TextLine(spans: [TextSpan("\u{01}", style: style, link: .destination(""))], baseline: .zero,
                                              width: 0, ascent: 0, descent: 0))
        let link = FrameItem.link(Link(rect: Rect(x: 600, y: 600, width: 600, height: 600), target: .destination("x")))
        let clipped = FrameItem.group(Group(offset: Point(x: 475, y: -51), clip: Rect(x: 269, y: 4.6, width: 600, height: 600), items: [link]))
        for items in [[drawn, .anchor(Anchor(name: "표 1", position: Point(x: 0, y: 137))), clipped, noGlyph], [drawn, clipped]] {
            let path = try PackagePaths.temporaryFolder("failed-page") + "/a.pdf"
            let page = Page(frame: Frame(size: Size(width: 595, height: 842), items: items), label: "1")
            #expect(throws: RenderError.self) {
                try renderer.writePDF(PagedDocument(pages: [page], metadata: DocumentMetadata(title: "t", language: "ko", date: "")), to: path)
            }
        }
    }
}
