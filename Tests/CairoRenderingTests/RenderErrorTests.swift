import Foundation
import Drawing
import TestSupport
import CairoRendering
import Testing

@Suite("render errors")
struct RenderErrorTests {
    @Test("messages read as they did when the status was text")
    func descriptions() {
        #expect(RenderError.cairo(operation: "drawing", status: .writeError).description
            == "cairo failed in drawing: error while writing to output stream")
        #expect(RenderError.cairo(operation: "creating the PNG", status: .invalidSize).description
            == "cairo failed in creating the PNG: invalid value (typically too big) for the size of the input (surface, pattern, etc.)")
        #expect(RenderError.write(path: "out/a.pdf", reason: "File too large").description == "cannot write out/a.pdf: File too large")
    }

    @Test("failures that are not Cairo's name their own library")
    func otherLibraries() {
        #expect(RenderError.zlib(operation: "encoding the PNG", status: -4).description == "zlib failed in encoding the PNG: error -4")
        #expect(RenderError.pango(operation: "shaping \"가\"", missing: "attribute list").description
            == "pango failed in shaping \"가\": no attribute list")
        #expect(RenderError.unsupportedPixelFormat(operation: "encoding the PNG").description
            == "encoding the PNG failed: not an ARGB32 image")
    }

    @Test("only a write that failed is an output failure", arguments: [
        (RenderError.write(path: "out/a.pdf", reason: "File too large"), true),
        (RenderError.cairo(operation: "finishing the surface", status: .writeError), true),
        (RenderError.cairo(operation: "drawing", status: .tempFileError), true),
        (RenderError.cairo(operation: "drawing", status: .noMemory), false),
        (RenderError.cairo(operation: "drawing", status: .other(code: 2)), false),
        (RenderError.zlib(operation: "encoding the PNG", status: -4), false),
        (RenderError.unsupportedPixelFormat(operation: "encoding the PNG"), false),
        (RenderError.pango(operation: "walking the glyph runs", missing: "layout iterator"), false),
        (RenderError.missingGlyphs(text: "🚀", count: 1), false),
        (RenderError.noFonts(directories: ["Fonts"]), false),
        (RenderError.fontconfig("could not parse the font configuration"), false),
    ])
    func outputFailure(error: RenderError, isOutputFailure: Bool) {
        #expect(error.isOutputFailure == isOutputFailure, "\(error)")
    }
}

@Suite("frames no file can carry")
struct InvalidFrameTests {
    static func renderer() throws -> CairoRenderer { CairoRenderer(engine: try RenderingFixture.engine()) }

    @Test("a NaN or infinite number is refused by every writer, never written as `nan` or trapped on")
    func nonFinite() throws {
        let frame = Frame(size: Size(width: 100, height: 100), items: [
            .path(PathItem(Path(line: Point(x: 0, y: .nan), to: Point(x: 1, y: 1)), stroke: Stroke(color: .black, width: 1))),
        ])
        #expect(throws: RenderError.invalidFrame("a path's point is nan")) { try Self.renderer().svg(frame, title: "t", description: "d") }
        #expect(throws: RenderError.invalidFrame("a path's point is nan")) { try Self.renderer().png(frame) }
        let path = try PackagePaths.temporaryFolder("invalid-frame") + "/a.pdf"
        let document = PagedDocument(pages: [Page(frame: frame, label: "1")], metadata: DocumentMetadata(title: "t", language: "ko", date: ""))
        #expect(throws: RenderError.invalidFrame("a path's point is nan")) { try Self.renderer().writePDF(document, to: path) }
    }

    @Test("a page larger than PDF readers take, or a PNG larger than Cairo draws, is refused")
    func tooLarge() throws {
        let path = try PackagePaths.temporaryFolder("huge-page") + "/a.pdf"
        let huge = PagedDocument(pages: [Page(frame: Frame(size: Size(width: 20_000, height: 100)), label: "1")], metadata: DocumentMetadata(title: "t", language: "ko", date: ""))
        #expect(throws: RenderError.self) { try Self.renderer().writePDF(huge, to: path) }
        #expect(throws: RenderError.self) { try Self.renderer().png(Frame(size: Size(width: 1e12, height: 10))) }
        #expect(throws: RenderError.self) { try Self.renderer().png(Frame(size: Size(width: 10, height: 10)), scale: .infinity) }
    }

    @Test("a link to anything but a web or mail address is left out of the PDF")
    func unsafeLinks() throws {
        var frame = Frame(size: Size(width: 200, height: 100), items: [
            .path(PathItem(Path(rect: Rect(x: 0, y: 0, width: 200, height: 40)), fill: .black)),
        ])
        for (i, uri) in ["https://example.com/a", "javascript:alert(1)", "file:///etc/passwd", "", "mailto:desk@example.com"].enumerated() {
            frame.append(.link(Link(rect: Rect(x: Double(i) * 30, y: 10, width: 20, height: 10), target: .uri(uri))))
        }
        let path = try PackagePaths.temporaryFolder("unsafe-links") + "/a.pdf"
        try Self.renderer().writePDF(PagedDocument(pages: [Page(frame: frame, label: "1")],
                                                   metadata: DocumentMetadata(title: "t", language: "ko", date: "")), to: path)
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(text.components(separatedBy: "/URI (").count - 1 == 2)
        #expect(!text.contains("javascript") && !text.contains("file:"))
    }
}
