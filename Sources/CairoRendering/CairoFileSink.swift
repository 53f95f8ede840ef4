#if canImport(Glibc)
import Glibc
#endif
import CCairo

/// A file a Cairo surface writes into through a callback that remembers the first failed write.
///
/// Cairo 1.16's own file output let a write fail (a full disk, a file-size limit) without
/// setting the surface's error: the build went on and read back a truncated PDF. Writing
/// through this sink, the failure and its reason ("File too large") reach the caller.
///
/// ```swift
/// let sink = try CairoFileSink(path: temp)
/// let surface = try CairoSurface(cairo_pdf_surface_create_for_stream(CairoFileSink.write, sink.closure, w, h), …)
/// try surface.finish(); try sink.close()
/// ```
final class CairoFileSink {
    let path: String
    private var file: UnsafeMutablePointer<FILE>?
    private var failure: Int32 = 0

    init(path: String) throws {
        guard let f = fopen(path, "wb") else { throw RenderError.write(path: path, reason: String(cString: strerror(errno))) }
        self.path = path
        file = f
    }

    deinit { if let file { fclose(file) } }

    /// The pointer Cairo hands back to ``write``; valid while this sink is alive.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// Cairo's write callback.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<CairoFileSink>.fromOpaque(closure).takeUnretainedValue()
        guard sink.failure == 0, let file = sink.file else { return CAIRO_STATUS_WRITE_ERROR }
        if length > 0, fwrite(data, 1, Int(length), file) != Int(length) {
            sink.failure = errno == 0 ? EIO : errno
            return CAIRO_STATUS_WRITE_ERROR
        }
        return CAIRO_STATUS_SUCCESS
    }

    /// Throws with the reason of the first write that failed, if one has.
    func checkWrites() throws {
        if failure != 0 { throw RenderError.write(path: path, reason: String(cString: strerror(failure))) }
    }

    /// Flushes and closes the file; throws with the reason of the first write that failed.
    func close() throws {
        guard let f = file else { return }
        file = nil
        if fflush(f) != 0, failure == 0 { failure = errno }
        if fclose(f) != 0, failure == 0 { failure = errno }
        if failure != 0 { throw RenderError.write(path: path, reason: String(cString: strerror(failure))) }
    }
}
