import CCairo

/// A decoded PNG flattened onto white, for comparing two renderings of the same frame.
///
/// Decoding goes through Cairo, which the renderer links anyway, so tests need no image
/// library; the product never decodes a PNG, so this lives with the tests. Pixels are 8-bit
/// RGB, row by row.
///
/// ```swift
/// let a = try RasterImage(png: try renderer.png(frame, scale: 2))
/// let b = try RasterImage(png: rsvgOutput)
/// a.meanAbsoluteDifference(from: b)   // 0...255, nil when the sizes differ
/// ```
public struct RasterImage: Equatable, Sendable {
    /// Why PNG bytes could not be decoded.
    public enum DecodeError: Error, Equatable {
        /// Cairo rejected the bytes; `reason` is Cairo's own ("error while reading from input stream").
        case cairo(reason: String)
        /// Cairo decoded the bytes into a pixel format other than ARGB32 or RGB24.
        case unexpectedPixelFormat
    }

    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// Red, green, blue for each pixel, composited over white.
    public let rgb: [UInt8]

    /// Decodes PNG bytes.
    public init(png: [UInt8]) throws {
        let source = PNGSource(bytes: png)
        let surface: OpaquePointer? = withExtendedLifetime(source) {
            cairo_image_surface_create_from_png_stream(PNGSource.read, Unmanaged.passUnretained(source).toOpaque())
        }
        // Cairo returns an image in the no-memory state rather than NULL, so a NULL means the same.
        guard let surface else { throw DecodeError.cairo(reason: String(cString: cairo_status_to_string(CAIRO_STATUS_NO_MEMORY))) }
        defer { cairo_surface_destroy(surface) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw DecodeError.cairo(reason: String(cString: cairo_status_to_string(status))) }
        cairo_surface_flush(surface)
        let w = Int(cairo_image_surface_get_width(surface))
        let h = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let format = cairo_image_surface_get_format(surface)
        guard format == CAIRO_FORMAT_ARGB32 || format == CAIRO_FORMAT_RGB24,
              let data = cairo_image_surface_get_data(surface) else {
            throw DecodeError.unexpectedPixelFormat
        }
        var rgb = [UInt8](repeating: 255, count: w * h * 3)
        let opaque = format == CAIRO_FORMAT_RGB24
        for y in 0..<h {
            let row = UnsafeRawPointer(data + y * stride)
            for x in 0..<w {
                // Native-endian 0xAARRGGBB, colour premultiplied by alpha: over white, add (255 - a).
                let pixel = row.load(fromByteOffset: x * 4, as: UInt32.self)
                let a = opaque ? 255 : Int(pixel >> 24)
                let i = (y * w + x) * 3
                rgb[i] = UInt8(min(255, Int((pixel >> 16) & 0xFF) + 255 - a))
                rgb[i + 1] = UInt8(min(255, Int((pixel >> 8) & 0xFF) + 255 - a))
                rgb[i + 2] = UInt8(min(255, Int(pixel & 0xFF) + 255 - a))
            }
        }
        width = w
        height = h
        self.rgb = rgb
    }

    /// The mean absolute difference per channel (0...255), or nil when the sizes differ.
    public func meanAbsoluteDifference(from other: RasterImage) -> Double? {
        guard width == other.width, height == other.height, !rgb.isEmpty else { return nil }
        var total = 0
        for i in rgb.indices { total += abs(Int(rgb[i]) - Int(other.rgb[i])) }
        return Double(total) / Double(rgb.count)
    }

    /// How much is drawn: the mean difference from a blank white image of the same size (0...255).
    public var meanInk: Double {
        guard !rgb.isEmpty else { return 0 }
        return Double(rgb.reduce(0) { $0 + 255 - Int($1) }) / Double(rgb.count)
    }
}

/// Feeds PNG bytes to Cairo's stream reader.
private final class PNGSource {
    let bytes: [UInt8]
    var offset = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    static let read: cairo_read_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
        let source = Unmanaged<PNGSource>.fromOpaque(closure).takeUnretainedValue()
        let count = Int(length)
        guard source.offset + count <= source.bytes.count else { return CAIRO_STATUS_READ_ERROR }
        source.bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            data.update(from: base + source.offset, count: count)
        }
        source.offset += count
        return CAIRO_STATUS_SUCCESS
    }
}
