import CCairo
@testable import CairoRendering
import Testing

@Suite("PNG encoder")
struct PNGEncoderTests {
    @Test("an image that is not ARGB32 is refused with its own error, not a made-up Cairo status")
    func refusesOtherFormats() throws {
        let surface = try CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, 4, 4), operation: "creating the image")
        #expect(throws: RenderError.unsupportedPixelFormat(operation: "encoding the PNG")) {
            _ = try PNGEncoder.encode(surface, pixelsPerPoint: 1)
        }
    }
}
