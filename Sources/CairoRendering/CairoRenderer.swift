import CCairo
import CPangoCairo
import Drawing

/// Turns pages and frames into PDF, SVG and PNG through Cairo, with text shaped by one ``TextEngine``.
///
/// ```swift
/// let renderer = CairoRenderer(engine: engine)
/// try renderer.writePDF(document, to: "out/.briefing.pdf.tmp")
/// let svg = try renderer.svg(chartFrame, title: "민간 AI 투자", description: "…")
/// ```
public final class CairoRenderer {
    /// The shaping state shared with layout's measurer.
    public let engine: TextEngine

    /// Creates a renderer drawing text through `engine`.
    public init(engine: TextEngine) { self.engine = engine }

    /// Writes every page of `document` as one PDF file at `path`, fonts embedded and subset.
    public func writePDF(_ document: PagedDocument, to path: String) throws {
        let pdf = try pdfWriter(to: path, metadata: document.metadata, firstPageSize: document.pages.first?.size ?? PageSize.a4)
        for page in document.pages { try pdf.add(page) }
        try pdf.finish(outline: document.outline)
    }

    /// A PDF file at `path` to add pages to one at a time (see ``PDFWriter``).
    /// With `archival`, the file is PDF/A-2 as well (``PDFArchival``).
    public func pdfWriter(to path: String, metadata: DocumentMetadata, firstPageSize: Size, archival: PDFArchival? = nil) throws -> PDFWriter {
        try CairoDrawingLock.drawing {
            try PDFWriter(engine: engine, path: path, metadata: metadata, firstPageSize: firstPageSize, archival: archival)
        }
    }

    /// A standalone SVG of `frame` that slide programs import faithfully: plain elements with
    /// inline attributes only (no `<symbol>`/`<use>`, `<style>`, classes or masks).
    ///
    /// `title` and `description` become the SVG's `<title>` and `<desc>` (its accessible name and alt text).
    /// Text is written as glyph outlines by default, so it needs no font to display; `.text`
    /// writes editable `<text>` elements instead. The bytes depend only on the arguments.
    ///
    /// ```swift
    /// let outlined = try renderer.svg(chart, title: "민간 AI 투자", description: "가로 막대 그래프 …")
    /// let editable = try renderer.svg(chart, title: "민간 AI 투자", description: "…", textMode: .text)
    /// ```
    public func svg(_ frame: Frame, title: String, description: String,
                    textMode: SVGTextMode = .outlines) throws -> [UInt8] {
        try CairoDrawingLock.drawing {
            try SVGWriter(engine: engine, textMode: textMode).document(frame, title: title, description: description)
        }
    }

    /// A PNG of `frame` at `scale` pixels per point, on white unless `transparent`.
    public func png(_ frame: Frame, scale: Double = 2, transparent: Bool = false) throws -> [UInt8] {
        try CairoDrawingLock.drawing { try drawPNG(frame, scale: scale, transparent: transparent) }
    }

    /// The longest side of a PNG, in pixels (Cairo's limit for image surfaces).
    static let maxPixels = 32_767.0

    private func drawPNG(_ frame: Frame, scale: Double, transparent: Bool) throws -> [UInt8] {
        try RenderError.check(frame)
        let width = max(1, (frame.size.width * scale).rounded(.up)), height = max(1, (frame.size.height * scale).rounded(.up))
        // Cairo's image surfaces stop at 32,767 pixels a side.
        guard scale.isFinite, scale > 0, width <= Self.maxPixels, height <= Self.maxPixels else {
            throw RenderError.invalidFrame("a \(frame.size.width) × \(frame.size.height) pt frame at \(scale) pixels a point "
                                           + "exceeds \(Int(Self.maxPixels)) pixels a side")
        }
        let w = Int32(width), h = Int32(height)
        let surface = try CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h), operation: "creating the PNG")
        let context = try CairoContext(surface: surface)
        if !transparent {
            cairo_set_source_rgb(context.handle, 1, 1, 1)
            cairo_paint(context.handle)
        }
        cairo_scale(context.handle, scale, scale)
        try FrameRenderer(engine: engine, context: context, emitsLinks: false).draw(frame.items)
        return try PNGEncoder.encode(surface, pixelsPerPoint: scale)
    }
}
