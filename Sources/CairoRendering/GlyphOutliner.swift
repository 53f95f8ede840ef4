import CCairo
import CPangoCairo
import Drawing

/// Turns a laid-out line of text into filled glyph outlines, placed exactly where the PDF draws the glyphs.
///
/// The line is shaped by ``TextEngine/shape(_:)`` (or, for right-to-left text, a layout), so
/// fonts, OpenType features and justification are the ones every other output uses; the
/// outlines come from Cairo's own path of those glyphs on a private scratch context, and are
/// handed back as plain ``Path`` values, one per run of equal colour and link.
///
/// ```swift
/// let outliner = try GlyphOutliner(engine: engine)
/// for run in try outliner.outlines(of: line) { print(run.color, run.path.elements.count) }
/// ```
final class GlyphOutliner {
    /// The glyphs of consecutive text of one colour and one link, as one path.
    struct Outline: Equatable {
        var color: Color
        var link: LinkTarget?
        var path: Path
    }

    private let engine: TextEngine
    /// Only its path machinery is used: nothing is ever painted on its surface.
    /// The surface is an unbounded recording surface: Cairo drops glyphs that fall outside a
    /// bounded surface even when only asked for their path (a 1×1 image kept ~130 pt of a line).
    private let scratch: CairoContext

    /// Creates an outliner shaping through `engine`.
    init(engine: TextEngine) throws {
        self.engine = engine
        let surface = try CairoSurface(cairo_recording_surface_create(CAIRO_CONTENT_ALPHA, nil),
                                       operation: "creating the scratch surface for glyph outlines")
        scratch = try CairoContext(surface: surface)
    }

    /// The outlines of `line`'s glyphs in the coordinates of the line's baseline, in drawing order.
    func outlines(of line: TextLine) throws -> [Outline] {
        try CairoDrawingLock.drawing { try outlinesOfLine(line) }
    }

    private func outlinesOfLine(_ line: TextLine) throws -> [Outline] {
        guard !line.spans.isEmpty else { return [] }
        pango_cairo_update_context(scratch.handle, engine.context)
        if let shaped = try engine.shape(line) { return try runByRun(shaped, line: line) }
        let (layout, scale) = try engine.makeLayout(for: line)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let baseline = Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE) * scale
        let top = Point(x: line.baseline.x, y: line.baseline.y - baseline)
        let first = line.spans[0]
        if line.spans.allSatisfy({ $0.style.color == first.style.color && $0.link == first.link }) {
            return try [Outline(color: first.style.color, link: first.link, path: wholeLayout(layout, scale: scale, at: top))]
                .filter { !$0.path.isEmpty }
        }
        return try runByRun(layout, scale: scale, at: top, line: line)
    }

    /// One path per run of equal colour and link, exactly where ``TextEngine/draw(_:colours:on:)`` draws it.
    private func runByRun(_ shaped: ShapedLine, line: TextLine) throws -> [Outline] {
        let cr = scratch.handle
        var result: [Outline] = []
        for run in shaped.runs {
            cairo_new_path(cr)
            scratch.transformed(to: line.baseline, scale: shaped.scale) { engine.appendPath(of: run, to: cr) }
            let path = try currentPath()
            guard !path.isEmpty else { continue }   // spaces have no outline
            let span = line.spans[run.span]
            if let last = result.last, last.color == span.style.color, last.link == span.link {
                result[result.count - 1].path.appendSubpaths(of: path)
            } else {
                result.append(Outline(color: span.style.color, link: span.link, path: path))
            }
        }
        // Underlines are drawn with the glyphs, as the PDF draws them.
        for rule in shaped.underlines(of: line) {
            let rect = Path(rect: rule.rect)
            if let k = result.lastIndex(where: { $0.color == rule.color }) { result[k].path.appendSubpaths(of: rect) }
            else { result.append(Outline(color: rule.color, link: nil, path: rect)) }
        }
        return result
    }

    /// One path for the whole layout, exactly as `pango_cairo_show_layout` would place it.
    func wholeLayout(_ layout: OpaquePointer, scale: Double, at top: Point) throws -> Path {
        let cr = scratch.handle
        cairo_new_path(cr)
        scratch.transformed(to: top, scale: scale) {
            cairo_move_to(cr, 0, 0)
            pango_cairo_layout_path(cr, layout)
        }
        return try currentPath()
    }

    /// One path per glyph run, each coloured by the span its text comes from; equal neighbours merge.
    func runByRun(_ layout: OpaquePointer, scale: Double, at top: Point, line: TextLine) throws -> [Outline] {
        let cr = scratch.handle
        guard let iter = pango_layout_get_iter(layout) else {
            throw RenderError.pango(operation: "walking the glyph runs of \"\(line.text)\"", missing: "layout iterator")
        }
        defer { pango_layout_iter_free(iter) }
        let starts = line.spanByteStarts
        var result: [Outline] = []
        repeat {
            // A line ends with a nil run; the loop then moves on to the next line, if any.
            guard let run = pango_layout_iter_get_run_readonly(iter), let item = run.pointee.item else { continue }
            var logical = PangoRectangle()
            pango_layout_iter_get_run_extents(iter, nil, &logical)
            let x = Double(logical.x) / Double(PANGO_SCALE)
            let y = Double(pango_layout_iter_get_baseline(iter) - run.pointee.y_offset) / Double(PANGO_SCALE)
            cairo_new_path(cr)
            scratch.transformed(to: top, scale: scale) {
                cairo_move_to(cr, x, y)
                pango_cairo_glyph_string_path(cr, item.pointee.analysis.font, run.pointee.glyphs)
            }
            let path = try currentPath()
            guard !path.isEmpty else { continue }   // spaces have no outline
            let span = line.spans[starts.lastIndex { $0 <= Int(item.pointee.offset) } ?? 0]
            if let last = result.last, last.color == span.style.color, last.link == span.link {
                result[result.count - 1].path.appendSubpaths(of: path)
            } else {
                result.append(Outline(color: span.style.color, link: span.link, path: path))
            }
        } while pango_layout_iter_next_run(iter) != 0
        return result
    }

    /// The scratch context's current path as a ``Path``.
    private func currentPath() throws -> Path {
        // Cairo returns a path in the no-memory state rather than NULL, so a NULL means the same.
        guard let copy = cairo_copy_path(scratch.handle) else {
            throw RenderError.cairo(operation: "reading glyph outlines", status: .noMemory)
        }
        defer { cairo_path_destroy(copy) }
        if let failure = CairoStatus(failure: copy.pointee.status) {
            throw RenderError.cairo(operation: "reading glyph outlines", status: failure)
        }
        var path = Path()
        guard let data = copy.pointee.data else { return path }
        func point(_ i: Int) -> Point { Point(x: data[i].point.x, y: data[i].point.y) }
        // Moves are kept only when a segment follows: the path starts with a bare move to the
        // layout's corner, and Cairo adds one after every close.
        var pendingMove: Point?
        func flushMove() {
            if let p = pendingMove { path.move(to: p); pendingMove = nil }
        }
        var i = 0
        let count = Int(copy.pointee.num_data)
        while i < count {
            let header = data[i].header
            switch header.type {
            case CAIRO_PATH_MOVE_TO: pendingMove = point(i + 1)
            case CAIRO_PATH_LINE_TO: flushMove(); path.line(to: point(i + 1))
            case CAIRO_PATH_CURVE_TO: flushMove(); path.curve(to: point(i + 3), control1: point(i + 1), control2: point(i + 2))
            case CAIRO_PATH_CLOSE_PATH: if pendingMove == nil { path.close() }
            default: break
            }
            i += max(1, Int(header.length))
        }
        return path
    }
}

extension Path {
    /// Adds `other`'s steps after this path's own.
    mutating func appendSubpaths(of other: Path) {
        for element in other.elements {
            switch element {
            case .move(let p): move(to: p)
            case .line(let p): line(to: p)
            case .curve(let a, let b, let p): curve(to: p, control1: a, control2: b)
            case .close: close()
            }
        }
    }
}

extension TextLine {
    /// Where each span starts in the joined text, in UTF-8 bytes (Pango's offsets).
    var spanByteStarts: [Int] {
        var starts: [Int] = []
        var offset = 0
        for span in spans {
            starts.append(offset)
            offset += span.text.utf8.count
        }
        return starts
    }
}
