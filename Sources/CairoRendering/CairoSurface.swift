import CCairo
import Drawing

/// Owns one `cairo_surface_t`. `finish()` flushes it and turns Cairo's sticky error status into a Swift error.
final class CairoSurface {
    let handle: OpaquePointer

    init(_ handle: OpaquePointer?, operation: String) throws {
        guard let handle else { throw RenderError.cairo(operation: operation, status: "no surface") }
        self.handle = handle
        try check(operation)
    }

    deinit { cairo_surface_destroy(handle) }

    /// Throws when Cairo has recorded an error on the surface.
    func check(_ operation: String) throws {
        let status = cairo_surface_status(handle)
        if status != CAIRO_STATUS_SUCCESS {
            throw RenderError.cairo(operation: operation, status: String(cString: cairo_status_to_string(status)))
        }
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
        guard let cr = cairo_create(surface.handle) else {
            throw RenderError.cairo(operation: "creating a context", status: "no context")
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

    func check(_ operation: String) throws {
        let status = cairo_status(handle)
        if status != CAIRO_STATUS_SUCCESS {
            throw RenderError.cairo(operation: operation, status: String(cString: cairo_status_to_string(status)))
        }
    }
}
