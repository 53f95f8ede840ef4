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
