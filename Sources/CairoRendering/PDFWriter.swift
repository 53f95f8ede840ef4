import CCairo
import CPangoCairo
import Drawing

/// One PDF file written a page at a time, so a long document never holds all its pages: each
/// page is drawn into Cairo's PDF surface as it comes and can be dropped. ``finish(outline:)``
/// adds the bookmarks, closes the file and marks it as tagged PDF.
///
/// ```swift
/// let pdf = try renderer.pdfWriter(to: "out/.briefing.pdf.tmp", metadata: meta, firstPageSize: PageSize.a4)
/// for page in pages { try pdf.add(page) }
/// try pdf.finish(outline: outline)
/// ```
public final class PDFWriter {
    private let path: String
    private let metadata: DocumentMetadata
    private let sink: CairoFileSink
    private let surface: CairoSurface
    private let context: CairoContext
    private var renderer: FrameRenderer
    private var pageCount = 0
    /// Whether the Document structure element is open (from the first page until finish).
    private var documentOpen = false
    /// Whether the file was written out whole.
    private var completed = false
    /// Whether a page is begun on the surface and not yet shown (drawing it threw).
    private var pageOpen = false
    /// Alt texts of the figures in drawing order, for the structure elements Cairo leaves bare.
    private var figureAlts: [String] = []
    /// What each header cell spans, and whether the structure drawn is whole (``StructureLog``).
    private let structureLog = StructureLog()
    /// The PDF/A level the file claims, with its output intent's profile.
    private let archival: PDFArchival?
    /// The words of each link target, for its annotation's /Contents (``TaggedPDFMarker``).
    private var linkContents: [String: String] = [:]

    /// Asks Cairo for uncompressed content streams, once per process, before its first PDF
    /// surface: Cairo 1.16 reads `CAIRO_DEBUG_PDF` when a surface is made, and it has no other
    /// switch. ``TaggedPDFMarker`` then reads each page as drawn to mark its artifacts and
    /// compresses it once, where inflating Cairo's compressed pages would cost a second deflate.
    /// A value already set is kept; the marker inflates pages that come compressed.
    private static let uncompressedContent: Void = { setenv("CAIRO_DEBUG_PDF", "1", 0) }()

    init(engine: TextEngine, path: String, metadata meta: DocumentMetadata, firstPageSize first: Size, archival: PDFArchival? = nil) throws {
        self.path = path
        metadata = meta
        self.archival = archival
        // The first page's size only opens the surface; each page sets its own, checked as it is drawn.
        let first = [first.width, first.height].allSatisfy(Self.pageSizes.contains) ? first : PageSize.a4
        sink = try CairoFileSink(path: path)
        Self.uncompressedContent
        surface = try CairoSurface(cairo_pdf_surface_create_for_stream(CairoFileSink.write, sink.closure, first.width, first.height),
                                   operation: "creating the PDF", writingTo: path)
        // An empty value is left out, as the XMP leaves it out: Cairo would write `/Subject ()`,
        // which PDF/A reads as an Info entry the metadata does not match.
        for (key, value) in [(CAIRO_PDF_METADATA_TITLE, meta.title), (CAIRO_PDF_METADATA_AUTHOR, meta.author),
                             (CAIRO_PDF_METADATA_SUBJECT, meta.subject), (CAIRO_PDF_METADATA_KEYWORDS, meta.keywords.joined(separator: ", ")),
                             (CAIRO_PDF_METADATA_CREATOR, meta.creator)] where !value.isEmpty {
            cairo_pdf_surface_set_metadata(surface.handle, key, value)
        }
        // Cairo stamps the clock unless told otherwise; the report's date keeps rebuilds identical.
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_CREATE_DATE, meta.date)
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_MOD_DATE, meta.date)
        context = try CairoContext(surface: surface)
        renderer = FrameRenderer(engine: engine, context: context, emitsLinks: true)
        renderer.emitsStructure = true
        renderer.structureLog = structureLog
    }

    // A writer dropped before its finish completed (a failed build) finishes its surface while
    // the file sink lives, since Cairo's destroy would finish it later into freed memory; the
    // caller removes the half-written file. After a failure inside Cairo (an error on the
    // context) or in the middle of a page, though, Cairo 1.16's finish dereferenced null (a
    // page cut short after a link, a link under a clip), so that surface is kept unfinished
    // instead: what Cairo held for the file is the price, paid only by such a failure.
    deinit {
        guard !completed else { return }
        CairoDrawingLock.drawing {
            if pageOpen || cairo_status(context.handle) != CAIRO_STATUS_SUCCESS {
                _ = cairo_surface_reference(surface.handle)
                return
            }
            if documentOpen { cairo_tag_end(context.handle, "Document") }
            cairo_surface_finish(surface.handle)
        }
    }

    /// Draws `page` as the next page of the file, with its lines as `shaped` when a
    /// ``PageShaper`` shaped them ahead.
    public func add(_ page: Page, shaped: ShapedPage? = nil) throws {
        try CairoDrawingLock.drawing { try draw(page, shaped: shaped) }
    }

    /// The page sizes PDF readers accept, in points (ISO 32000-1, annex C: 3 to 14,400 units).
    public static let pageSizes: ClosedRange<Double> = 3...14_400

    private func draw(_ page: Page, shaped: ShapedPage?) throws {
        try RenderError.check(page.frame)
        for side in [page.size.width, page.size.height] where !Self.pageSizes.contains(side) {
            throw RenderError.invalidFrame("a page side is \(side) pt; PDF readers take 3 to 14,400")
        }
        renderer.preshaped = shaped.map(ShapedLineCursor.init)
        let figures = PageMarks.taggedFigures(page.frame.items, on: page.size)
        renderer.figureMarks = FigureMarks(figures.map(\.marks))
        defer { renderer.preshaped = nil; renderer.figureMarks = nil }
        cairo_pdf_surface_set_size(surface.handle, page.size.width, page.size.height)
        cairo_pdf_surface_set_page_label(surface.handle, page.label)
        pageOpen = true
        // One Document element holds the whole flow, so the reading order is the drawing order.
        if pageCount == 0 {
            cairo_tag_begin(context.handle, "Document", nil)
            documentOpen = true
            // Cairo 1.16 numbers the file's link annotations wrongly unless the first page puts
            // content inside the structure (/Annots then points at objects it never wrote: qpdf
            // says "file is damaged"), and it skips what is clear, empty or off the page. A first
            // page that surely draws nothing gets one white point in its corner, unseen on paper.
            if !PageMarks.marks(page.frame.items, on: page.size) {
                cairo_save(context.handle)
                cairo_set_source_rgb(context.handle, 1, 1, 1)
                cairo_rectangle(context.handle, 0, 0, 1, 1)
                cairo_fill(context.handle)
                cairo_restore(context.handle)
            }
        }
        do {
            try renderer.draw(page.frame.items)
        } catch {
            // A write that failed mid-document (a full disk) surfaces as Cairo's status on the
            // next drawing call: name the file and the reason instead.
            try sink.checkWrites()
            throw error
        }
        cairo_show_page(context.handle)
        pageOpen = false
        try sink.checkWrites()
        pageCount += 1
        figureAlts += figures.filter(\.marks).map(\.alt)
        Self.collectLinkTexts(page.frame.items, into: &linkContents)
    }

    /// Adds the bookmarks, writes the file out and marks it as tagged PDF.
    public func finish(outline: [OutlineEntry]) throws {
        try CairoDrawingLock.drawing { try writeOut(outline: outline) }
    }

    private func writeOut(outline: [OutlineEntry]) throws {
        if documentOpen { cairo_tag_end(context.handle, "Document") }
        documentOpen = false
        addOutline(outline, parent: Int32(CAIRO_PDF_OUTLINE_ROOT))
        try context.check("drawing the PDF")
        // A failed write is reported before Cairo's own status: it names the reason.
        let finished = Result { try surface.finish() }
        try sink.close()
        try finished.get()
        completed = true
        // A link drawn over no words of its own (a contents entry) is described by its bookmark.
        Self.collectOutlineTitles(outline, into: &linkContents)
        if let archival, archival.level == .a2a, let why = structureLog.defects.first {
            throw RenderError.notArchivable(level: archival.level.rawValue,
                                            why: "\(why) (PDF/A-2u keeps the pages and their text without asking this of the structure)")
        }
        try TaggedPDFMarker.markFile(at: path, language: metadata.language, figureAlts: figureAlts, headerSpans: structureLog.headerSpans, archival: archival, metadata: metadata,
                                     linkContents: linkContents, structureWhole: structureLog.whole)
    }

    /// The words of each linked run, by target; the first run of a target names it.
    static func collectLinkTexts(_ items: [FrameItem], into out: inout [String: String]) {
        for item in items {
            switch item {
            case .text(let line):
                for span in line.spans {
                    guard let target = span.link else { continue }
                    let key: String
                    switch target {
                    case .uri(let uri): key = TaggedPDFMarker.linkKey(uri: uri)
                    case .destination(let name): key = TaggedPDFMarker.linkKey(destination: name)
                    }
                    if out[key] == nil, span.text.contains(where: { !$0.isWhitespace }) { out[key] = span.text }
                }
            case .group(let g): collectLinkTexts(g.items, into: &out)
            case .path, .link, .anchor: break
            }
        }
    }

    /// Each bookmark's title under its destination's key, unless a linked run named it first.
    static func collectOutlineTitles(_ entries: [OutlineEntry], into out: inout [String: String]) {
        for entry in entries {
            let key = TaggedPDFMarker.linkKey(destination: entry.destination)
            if out[key] == nil { out[key] = entry.title }
            collectOutlineTitles(entry.children, into: &out)
        }
    }

    /// Bookmarks pointing at named destinations (never `page=N`: cairo 1.16 drops forward page targets).
    private func addOutline(_ entries: [OutlineEntry], parent: Int32) {
        for entry in entries {
            let name = entry.destination.pdfDestinationName.cairoQuoted
            let flags = entry.children.isEmpty ? cairo_pdf_outline_flags_t(rawValue: 0) : CAIRO_PDF_OUTLINE_FLAG_OPEN
            let id = cairo_pdf_surface_add_outline(surface.handle, parent, entry.title, "dest='\(name)'", flags)
            addOutline(entry.children, parent: id)
        }
    }
}
