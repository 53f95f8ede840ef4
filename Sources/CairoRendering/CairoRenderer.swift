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
        let first = document.pages.first?.size ?? PageSize.a4
        let sink = try CairoFileSink(path: path)
        let surface = try CairoSurface(cairo_pdf_surface_create_for_stream(CairoFileSink.write, sink.closure, first.width, first.height),
                                       operation: "creating the PDF")
        let meta = document.metadata
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_TITLE, meta.title)
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_AUTHOR, meta.author)
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_SUBJECT, meta.subject)
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_KEYWORDS, meta.keywords.joined(separator: ", "))
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_CREATOR, meta.creator)
        // Cairo stamps the clock unless told otherwise; the report's date keeps rebuilds identical.
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_CREATE_DATE, meta.date)
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_MOD_DATE, meta.date)
        let context = try CairoContext(surface: surface)
        var renderer = FrameRenderer(engine: engine, context: context, emitsLinks: true)
        renderer.emitsStructure = true
        // One Document element holds the whole flow, so the reading order is the drawing order.
        for (i, page) in document.pages.enumerated() {
            cairo_pdf_surface_set_size(surface.handle, page.size.width, page.size.height)
            cairo_pdf_surface_set_page_label(surface.handle, page.label)
            if i == 0 { cairo_tag_begin(context.handle, "Document", nil) }
            try renderer.draw(page.frame.items)
            cairo_show_page(context.handle)
        }
        cairo_tag_end(context.handle, "Document")
        addOutline(document.outline, parent: Int32(CAIRO_PDF_OUTLINE_ROOT), surface: surface)
        try context.check("drawing the PDF")
        // A failed write is reported before Cairo's own status: it names the reason.
        let finished = Result { try surface.finish() }
        try sink.close()
        try finished.get()
        try TaggedPDFMarker.markFile(at: path, language: meta.language, figureAlts: Self.figureAlts(document))
    }

    /// Alt texts of the figures that become `Figure` structure elements, in drawing order.
    static func figureAlts(_ document: PagedDocument) -> [String] {
        var out: [String] = []
        func walk(_ items: [FrameItem]) {
            for case .group(let g) in items where g.tag != .artifact {
                if case .figure(let alt) = g.tag { out.append(alt) }
                walk(g.items)
            }
        }
        for page in document.pages { walk(page.frame.items) }
        return out
    }

    /// Bookmarks pointing at named destinations (never `page=N`: cairo 1.16 drops forward page targets).
    private func addOutline(_ entries: [OutlineEntry], parent: Int32, surface: CairoSurface) {
        for entry in entries {
            let name = entry.destination.cairoQuoted
            let flags = entry.children.isEmpty ? cairo_pdf_outline_flags_t(rawValue: 0) : CAIRO_PDF_OUTLINE_FLAG_OPEN
            let id = cairo_pdf_surface_add_outline(surface.handle, parent, entry.title, "dest='\(name)'", flags)
            addOutline(entry.children, parent: id, surface: surface)
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
        try SVGWriter(engine: engine, textMode: textMode).document(frame, title: title, description: description)
    }

    /// A PNG of `frame` at `scale` pixels per point, on white unless `transparent`.
    public func png(_ frame: Frame, scale: Double = 2, transparent: Bool = false) throws -> [UInt8] {
        let w = Int32(max(1, (frame.size.width * scale).rounded(.up)))
        let h = Int32(max(1, (frame.size.height * scale).rounded(.up)))
        let surface = try CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h), operation: "creating the PNG")
        let context = try CairoContext(surface: surface)
        if !transparent {
            cairo_set_source_rgb(context.handle, 1, 1, 1)
            cairo_paint(context.handle)
        }
        cairo_scale(context.handle, scale, scale)
        try FrameRenderer(engine: engine, context: context, emitsLinks: false).draw(frame.items)
        cairo_surface_flush(surface.handle)
        let sink = ByteSink()
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(surface.handle, ByteSink.write, Unmanaged.passUnretained(sink).toOpaque())
        }
        if status != CAIRO_STATUS_SUCCESS {
            throw RenderError.cairo(operation: "encoding the PNG", status: String(cString: cairo_status_to_string(status)))
        }
        return sink.bytes
    }
}

/// Collects what Cairo writes into memory.
final class ByteSink {
    var bytes: [UInt8] = []

    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }
}
