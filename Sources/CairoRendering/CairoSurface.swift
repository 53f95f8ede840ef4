import CCairo
import Drawing

/// Owns one `cairo_surface_t`. `finish()` flushes it and turns Cairo's sticky error status into a Swift error.
///
/// A surface that writes a file knows its path, so a failed write is reported as
/// ``RenderError/write(path:reason:)`` naming it rather than as a bare Cairo status.
///
/// ```swift
/// let surface = try CairoSurface(cairo_pdf_surface_create_for_stream(CairoFileSink.write, sink.closure, w, h),
///                                operation: "creating the PDF", writingTo: sink.path)
/// try surface.finish()
/// ```
final class CairoSurface {
    let handle: OpaquePointer
    /// The file the surface writes into, if it writes one.
    let path: String?

    init(_ handle: OpaquePointer?, operation: String, writingTo path: String? = nil) throws {
        // Cairo never returns NULL: when it cannot allocate it returns an object whose status
        // is CAIRO_STATUS_NO_MEMORY, so a NULL could only mean the same.
        guard let handle else { throw RenderError.cairo(operation: operation, status: .noMemory) }
        self.handle = handle
        self.path = path
        try check(operation)
    }

    deinit { cairo_surface_destroy(handle) }

    /// Throws when Cairo has recorded an error on the surface.
    func check(_ operation: String) throws {
        try throwIfFailed(cairo_surface_status(handle), operation)
    }

    /// Throws for `status` unless it is success: a write failure names the surface's file, when it has one.
    func throwIfFailed(_ status: cairo_status_t, _ operation: String) throws {
        guard let failure = CairoStatus(failure: status) else { return }
        if failure == .writeError, let path { throw RenderError.write(path: path, reason: failure.description) }
        throw RenderError.cairo(operation: operation, status: failure)
    }

    /// Writes out everything pending (fonts, trailer) and checks the result.
    func finish() throws {
        cairo_surface_finish(handle)
        try check("finishing the surface")
    }
}

/// Owns one `cairo_t` and keeps its surface alive for as long as it draws.
final class CairoContext {
    let handle: OpaquePointer
    let surface: CairoSurface

    init(surface: CairoSurface) throws {
        // As for surfaces: Cairo returns a context in the no-memory state rather than NULL.
        guard let cr = cairo_create(surface.handle) else {
            throw RenderError.cairo(operation: "creating a context", status: .noMemory)
        }
        handle = cr
        self.surface = surface
        try check("creating a context")
    }

    deinit { cairo_destroy(handle) }

    /// Runs `draw` with user space moved to `origin` and scaled by `scale`, as a line shaped at
    /// the text engine's reference size is drawn at its own; a path drawn inside stays where it
    /// was put once the transformation is undone.
    func transformed(to origin: Point, scale: Double, _ draw: () -> Void) {
        cairo_save(handle)
        cairo_translate(handle, origin.x, origin.y)
        cairo_scale(handle, scale, scale)
        draw()
        cairo_restore(handle)
    }

    /// Throws when Cairo has recorded an error on the context (a surface's error shows here too).
    func check(_ operation: String) throws {
        try surface.throwIfFailed(cairo_status(handle), operation)
    }
}
