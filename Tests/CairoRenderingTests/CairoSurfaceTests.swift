import CCairo
@testable import CairoRendering
import Testing

@Suite("Cairo surface")
struct CairoSurfaceTests {
    /// A stream writer that refuses every write, as a full disk does.
    static let refuse: cairo_write_func_t = { _, _, _ in CAIRO_STATUS_WRITE_ERROR }

    /// Draws one page on a PDF surface that writes through ``refuse`` and finishes it.
    static func drawAndFinish(writingTo path: String?) throws {
        let surface = try CairoSurface(cairo_pdf_surface_create_for_stream(refuse, nil, 100, 100),
                                       operation: "creating the PDF", writingTo: path)
        let context = try CairoContext(surface: surface)
        cairo_rectangle(context.handle, 10, 10, 50, 50)
        cairo_fill(context.handle)
        cairo_show_page(context.handle)
        try surface.finish()
    }

    @Test("a write Cairo could not make while finishing a file's surface is a write failure naming the file")
    func writeErrorNamesTheFile() {
        let error = RenderError.write(path: "out/a.pdf", reason: "error while writing to output stream")
        #expect(throws: error) { try Self.drawAndFinish(writingTo: "out/a.pdf") }
        #expect(error.isOutputFailure)
    }

    @Test("without a file, the same failure is Cairo's write status, still an output failure")
    func writeErrorWithoutAFile() throws {
        do {
            try Self.drawAndFinish(writingTo: nil)
            Issue.record("finishing a surface whose every write fails did not throw")
        } catch let error as RenderError {
            guard case .cairo(_, .writeError) = error else {
                Issue.record("expected Cairo's write status, got \(error)")
                return
            }
            #expect(error.isOutputFailure)
        }
    }

    @Test("a surface in an error state is refused when it is made, with Cairo's status")
    func errorSurfaceRefused() {
        #expect(throws: RenderError.cairo(operation: "creating the PNG", status: .invalidSize)) {
            _ = try CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1 << 20, 1 << 20), operation: "creating the PNG")
        }
    }
}
