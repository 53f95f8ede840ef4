import CCairo
import CPangoCairo
import Drawing

/// Draws frame items onto a Cairo context. Knows frames, never charts or specs.
struct FrameRenderer {
    let engine: TextEngine
    let context: CairoContext
    /// Whether links and named destinations are written (PDF only).
    let emitsLinks: Bool
    /// Whether groups' structure roles become PDF structure tags (tagged PDF only).
    var emitsStructure = false
    /// The lines of the frame shaped ahead by a ``PageShaper``, if any.
    var preshaped: ShapedLineCursor?
    /// For each tagged figure of the page in drawing order, whether it surely marks the page
    /// (``PageMarks/taggedFigures(_:on:)``); a figure that does not is drawn untagged.
    var figureMarks: FigureMarks?
    /// What the marker needs to know of the structure drawn (tagged PDF only).
    var structureLog: StructureLog?

    func draw(_ items: [FrameItem]) throws {
        try CairoDrawingLock.drawing { try drawItems(items) }
    }

    private func drawItems(_ items: [FrameItem]) throws {
        let cr = context.handle
        pango_cairo_update_context(cr, engine.context)
        try drawSequence(items, tagged: emitsStructure)
        try context.check("drawing")
    }

    /// Draws items in order. A run of list items becomes nested lists: each item's `LI` stays open
    /// while deeper items follow, which go into an `L` inside it (inside its `LBody`, when it has
    /// one); a shallower item or any other element closes the deeper ones. Lists on different
    /// pages are separate lists.
    ///
    /// With `spans`, a line's words go into `Span` elements and its linked words into `Link`
    /// elements (see ``drawLinked(_:line:)``).
    private func drawSequence(_ items: [FrameItem], tagged: Bool, spans: Bool = false) throws {
        let cr = context.handle
        // Open list levels: for each, whether an item (LI) of it is open, and its body (LBody).
        var levels: [(item: Bool, body: Bool)] = []
        func closeItem(at depth: Int) {
            if levels[depth].body { cairo_tag_end(cr, "LBody") }
            if levels[depth].item { cairo_tag_end(cr, "LI") }
            levels[depth] = (false, false)
        }
        func close(to depth: Int) {
            while levels.count > depth {
                closeItem(at: levels.count - 1)
                levels.removeLast()
                cairo_tag_end(cr, "L")
            }
        }
        // Open lists are closed even when drawing throws (see drawGroup).
        defer { close(to: 0) }
        for (index, item) in items.enumerated() {
            if tagged, case .group(let g) = item, let tag = g.tag {
                if case .listItem(let depth) = tag {
                    let d = max(0, depth)
                    close(to: d + 1)
                    while levels.count < d + 1 { cairo_tag_begin(cr, "L", nil); levels.append((false, false)) }
                    closeItem(at: d)
                    cairo_tag_begin(cr, "LI", nil)
                    levels[d].item = true
                    try drawListItem(g, nestedFollows: Self.listItemDepth(after: index, in: items).map { $0 > d } ?? false) {
                        levels[d].body = true
                    }
                    continue
                }
                close(to: 0)
            }
            try draw(item, tagged: tagged, spans: spans)
        }
    }

    /// The depth of the list item that follows `index` in `items`, past navigation; nil when
    /// something else comes first.
    private static func listItemDepth(after index: Int, in items: [FrameItem]) -> Int? {
        for item in items[(index + 1)...] {
            switch item {
            case .group(let g):
                if case .listItem(let depth)? = g.tag { return max(0, depth) }
                return nil
            case .link, .anchor: continue
            case .text, .path: return nil
            }
        }
        return nil
    }

    /// Draws a list item's label (`Lbl`) and opens its body (`LBody`), which stays open for a
    /// nested list; `bodyOpened` is called as it opens, so the caller closes it. A Cairo 1.16
    /// element that holds another marks none of its own content, so the body's text goes into a
    /// `P` of its own when a nested list will follow it.
    private func drawListItem(_ g: Group, nestedFollows: Bool, bodyOpened: () -> Void) throws {
        if let clip = g.clip, !(clip.width > 0 && clip.height > 0) { return }
        let cr = context.handle
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_translate(cr, g.offset.x, g.offset.y)
        if let clip = g.clip {
            cairo_rectangle(cr, clip.minX, clip.minY, clip.width, clip.height)
            cairo_clip(cr)
        }
        for item in g.items {
            guard case .group(let body) = item, body.tag == .listBody else { try draw(item, tagged: true); continue }
            cairo_tag_begin(cr, "LBody", nil)
            bodyOpened()
            try drawGroup(body, tagged: true, structure: nestedFollows ? "P" : nil)
        }
    }

    /// The PDF structure type of a role, or nil for artifacts (left untagged so readers skip them).
    static func structureType(_ tag: StructureTag) -> String? {
        switch tag {
        case .heading(let level): return "H\(min(max(level, 1), 6))"
        case .paragraph: return "P"
        case .figure: return "Figure"
        case .artifact: return nil
        case .list: return "L"
        case .listItem: return "LI"
        case .listLabel: return "Lbl"
        case .listBody: return "LBody"
        case .link: return "Link"
        case .blockQuote: return "BlockQuote"
        case .division: return "Div"
        case .caption: return "Caption"
        case .table: return "Table"
        case .tableRow: return "TR"
        case .tableHeaderCell: return "TH"
        case .tableCell: return "TD"
        }
    }

    private func draw(_ item: FrameItem, tagged: Bool, spans: Bool = false) throws {
        let cr = context.handle
        switch item {
        case .path(let p):
            guard !p.path.isEmpty, p.fill != nil || p.stroke != nil else { return }
            trace(p.path)
            if let fill = p.fill {
                setColor(fill)
                if p.stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
            }
            if let stroke = p.stroke {
                setColor(stroke.color)
                cairo_set_line_width(cr, stroke.width)
                cairo_set_line_cap(cr, stroke.cap == .round ? CAIRO_LINE_CAP_ROUND : stroke.cap == .square ? CAIRO_LINE_CAP_SQUARE : CAIRO_LINE_CAP_BUTT)
                cairo_set_line_join(cr, stroke.join == .round ? CAIRO_LINE_JOIN_ROUND : stroke.join == .bevel ? CAIRO_LINE_JOIN_BEVEL : CAIRO_LINE_JOIN_MITER)
                if stroke.dash.isEmpty { cairo_set_dash(cr, nil, 0, 0) } else {
                    stroke.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
                }
                cairo_stroke(cr)
            }
        case .text(let drawn):
            guard !drawn.spans.isEmpty else { return }
            let line = emitsStructure ? drawn.withSeparatingSpace : drawn
            // Drawn without a layout (see ShapedLine), unless the line needs a layout's reordering.
            let ahead = preshaped?.take(for: line)
            if let shaped = try ahead ?? engine.shape(line) {
                if tagged, spans, emitsLinks { return drawLinked(shaped, line: line) }
                context.transformed(to: line.baseline, scale: shaped.scale) {
                    engine.draw(shaped, colours: line.spans.map(\.style.color), on: cr)
                }
                fill(shaped.underlines(of: line))
                if emitsLinks { addLinks(over: shaped, line: line) }
                return
            }
            let (layout, scale) = try engine.makeLayout(for: line)
            defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
            // Draw the line with its baseline exactly at the frame's baseline: going through the layout's
            // top would subtract a font ascent rounded to Pango units, which differs between a face and its subset.
            guard let first = pango_layout_get_line_readonly(layout, 0) else { return }
            // Shaped at the reference size, drawn at the line's own.
            context.transformed(to: line.baseline, scale: scale) {
                cairo_move_to(cr, 0, 0)
                pango_cairo_show_layout_line(cr, first)
            }
            if emitsLinks {
                let baseline = Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE) * scale
                addLinks(over: layout, scale: scale, at: Point(x: line.baseline.x, y: line.baseline.y - baseline), line: line)
            }
        case .group(let g):
            if tagged, emitsLinks, case .link(let target)? = g.tag { return try drawLinkGroup(g, to: target) }
            try drawGroup(g, tagged: tagged, structure: tagged ? g.tag.flatMap(Self.structureType) : nil)
        case .link(let link):
            guard emitsLinks else { return }
            addLink(link.rect, to: link.target)
        case .anchor(let anchor):
            guard emitsLinks else { return }
            // Without x and y cairo 1.16 points the destination at the top-left of the page; the
            // position is given in device space, so map it through the current transformation.
            var x = anchor.position.x, y = anchor.position.y
            cairo_user_to_device(cr, &x, &y)
            cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='\(anchor.name.pdfDestinationName.cairoQuoted)' x=\(x) y=\(y)")
            cairo_tag_end(cr, CAIRO_TAG_DEST)
        }
    }

    /// Draws a group's items moved and clipped, inside the structure element `structure` when given.
    private func drawGroup(_ g: Group, tagged: Bool, structure: String?) throws {
        // Nothing shows through an empty clip, and Cairo 1.16 fails on a structure element
        // opened inside one ("invalid tag nesting"), or crashes finishing the file after it.
        if let clip = g.clip, !(clip.width > 0 && clip.height > 0) { return }
        var structure = structure
        if structure != nil, case .figure? = g.tag, let figureMarks, !figureMarks.next() { structure = nil }
        let cr = context.handle
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_translate(cr, g.offset.x, g.offset.y)
        if let clip = g.clip {
            cairo_rectangle(cr, clip.minX, clip.minY, clip.width, clip.height)
            cairo_clip(cr)
        }
        // Closed even when drawing throws: Cairo 1.16 crashes finishing a file with a tag open.
        if let structure { cairo_tag_begin(cr, structure, nil) }
        if let structure, let structureLog { structureLog.opened(structure, for: g.tag) }
        defer { if let structure { cairo_tag_end(cr, structure) } }
        // Nothing inside an artifact is tagged. An element holding a link holds Spans beside it:
        // Cairo 1.16 marks no content of an element that holds another.
        let spans = structure != nil && g.items.contains { if case .text(let l) = $0 { return l.spans.contains { $0.link != nil } } else { return false } }
        try drawSequence(g.items, tagged: tagged && g.tag != .artifact, spans: spans)
    }

    /// Draws a line run by run: each stretch of linked words inside a `Link` element (its
    /// annotation over their box, PDF/UA 28-011), the rest inside `Span`s, so a screen reader
    /// reads the words of the link and of the text around it.
    private func drawLinked(_ shaped: ShapedLine, line: TextLine) {
        let cr = context.handle
        let underlines = shaped.underlines(of: line)
        var start = 0
        while start < shaped.runs.count {
            let target = line.spans[shaped.runs[start].span].link
            var end = start + 1
            while end < shaped.runs.count, line.spans[shaped.runs[end].span].link == target { end += 1 }
            let left = line.baseline.x + shaped.runs[start].start * shaped.scale
            let right = line.baseline.x + shaped.runs[end - 1].end * shaped.scale
            let box = Rect(x: left, y: line.baseline.y - line.ascent, width: right - left, height: line.ascent + line.descent)
            let attributes = target.flatMap { linkAttributes(box, to: $0) }
            if let attributes { cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes) } else { cairo_tag_begin(cr, "Span", nil) }
            context.transformed(to: line.baseline, scale: shaped.scale) {
                engine.draw(shaped, colours: line.spans.map(\.style.color), on: cr, runs: start..<end)
            }
            fill(underlines.filter { $0.rect.minX >= left - 1e-6 && $0.rect.maxX <= right + 1e-6 })
            cairo_tag_end(cr, attributes == nil ? "Span" : CAIRO_TAG_LINK)
            start = end
        }
    }

    /// Draws a group inside one `Link` element whose annotation covers the box of its text (a
    /// contents entry: title, leader and page number).
    private func drawLinkGroup(_ g: Group, to target: LinkTarget) throws {
        let lines = Frame(size: .zero, items: [.group(Group(offset: g.offset, items: g.items))]).textLines
        let left = lines.map(\.baseline.x).min() ?? 0, right = lines.map { $0.baseline.x + $0.width }.max() ?? 0
        let top = lines.map { $0.baseline.y - $0.ascent }.min() ?? 0, bottom = lines.map { $0.baseline.y + $0.descent }.max() ?? 0
        guard !lines.isEmpty, let attributes = linkAttributes(Rect(x: left, y: top, width: right - left, height: bottom - top), to: target) else {
            return try drawGroup(g, tagged: true, structure: nil)
        }
        cairo_tag_begin(context.handle, CAIRO_TAG_LINK, attributes)
        defer { cairo_tag_end(context.handle, CAIRO_TAG_LINK) }
        try drawGroup(g, tagged: true, structure: nil)
    }

    /// Adds a link rectangle over each linked run of the line, as tall as the line's box.
    private func addLinks(over shaped: ShapedLine, line: TextLine) {
        var seen = Set<Int>()
        for run in shaped.runs where seen.insert(run.span).inserted {
            guard let target = line.spans[run.span].link, let extent = shaped.extent(ofSpan: run.span) else { continue }
            let left = line.baseline.x + extent.start * shaped.scale
            let width = (extent.end - extent.start) * shaped.scale
            addLink(Rect(x: left, y: line.baseline.y - line.ascent, width: width, height: line.ascent + line.descent), to: target)
        }
    }

    /// Adds a link rectangle over the extent of each linked run of the line, whose layout is
    /// drawn `scale` times its own size.
    private func addLinks(over layout: OpaquePointer, scale: Double, at top: Point, line: TextLine) {
        let cr = context.handle
        let x0 = top.x, y0 = top.y
        let unit = scale / Double(PANGO_SCALE)
        for link in line.linkRuns {
            var a = PangoRectangle(), b = PangoRectangle()
            pango_layout_index_to_pos(layout, Int32(link.range.lowerBound), &a)
            pango_layout_index_to_pos(layout, Int32(max(link.range.upperBound - 1, link.range.lowerBound)), &b)
            let left = x0 + Double(a.x) * unit
            let right = x0 + Double(b.x + b.width) * unit
            let top = y0 + Double(a.y) * unit
            let height = Double(a.height) * unit
            addLink(Rect(x: left, y: top, width: right - left, height: height), to: link.target)
        }
    }

    /// A link's `rect` attribute for `r` in user space. Cairo 1.16 takes the rectangle in device
    /// space as it is, so a link inside a moved group (the sidebar's e-mail address) landed where
    /// the group's own origin would put it; the corners go through the current transformation.
    private func linkRect(_ r: Rect) -> String {
        var x0 = r.minX, y0 = r.minY, x1 = r.maxX, y1 = r.maxY
        cairo_user_to_device(context.handle, &x0, &y0)
        cairo_user_to_device(context.handle, &x1, &y1)
        return "rect=[\(min(x0, x1)) \(min(y0, y1)) \(abs(x1 - x0)) \(abs(y1 - y0))] "
    }

    /// A link over `r`. An address that is no web or mail address is not written: the spec
    /// reader refuses one, but a frame built by hand could carry a `javascript:` or `file:` action
    /// a PDF reader would run.
    /// Cairo makes its `Link` element hold nothing, so the structure is no longer whole.
    private func addLink(_ r: Rect, to target: LinkTarget) {
        guard let attributes = linkAttributes(r, to: target) else { return }
        structureLog?.emptyLink()
        cairo_tag_begin(context.handle, CAIRO_TAG_LINK, attributes)
        cairo_tag_end(context.handle, CAIRO_TAG_LINK)
    }

    /// The attributes of a link over `r`; nil for an address that is no web or mail address.
    private func linkAttributes(_ r: Rect, to target: LinkTarget) -> String? {
        switch target {
        case .uri(let uri):
            guard target.isWebOrMailAddress else { return nil }
            return linkRect(r) + "uri='\(uri.percentEncodedForPDF.cairoQuoted)'"
        case .destination(let name): return linkRect(r) + "dest='\(name.pdfDestinationName.cairoQuoted)'"
        }
    }

    /// Fills underline rules, each in its text's colour.
    private func fill(_ rules: [(rect: Rect, color: Color)]) {
        for rule in rules {
            setColor(rule.color)
            cairo_rectangle(context.handle, rule.rect.minX, rule.rect.minY, rule.rect.width, rule.rect.height)
            cairo_fill(context.handle)
        }
    }

    private func trace(_ path: Path) {
        let cr = context.handle
        cairo_new_path(cr)
        for e in path.elements {
            switch e {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .curve(let a, let b, let c): cairo_curve_to(cr, a.x, a.y, b.x, b.y, c.x, c.y)
            case .close: cairo_close_path(cr)
            }
        }
    }

    private func setColor(_ c: Color) {
        cairo_set_source_rgba(context.handle, c.red, c.green, c.blue, c.alpha)
    }
}

extension TextLine {
    /// Byte ranges (UTF-8, in the joined text) of runs that carry a link.
    var linkRuns: [(range: Range<Int>, target: LinkTarget)] {
        var out: [(Range<Int>, LinkTarget)] = []
        var start = 0
        for span in spans {
            let end = start + span.text.utf8.count
            if let link = span.link, end > start { out.append((start..<end, link)) }
            start = end
        }
        return out
    }
}

/// What a tagged PDF's structure holds that Cairo 1.16 cannot write or the marker cannot see:
/// the rows and columns each `TH` spans (Cairo takes no attributes on structure elements), and
/// whether the structure is one PDF/UA accepts as far as the drawing can tell.
final class StructureLog {
    /// The rows and columns each `TH` spans, in the order they were drawn.
    private(set) var headerSpans: [(rows: Int, columns: Int)] = []
    /// What was drawn that PDF/UA-1 refuses, in words: a link over no words of its own (an
    /// empty `Link`), a heading level skipped (PDF/UA 14-003), a document not opening with `H1`.
    private(set) var defects: [String] = []
    /// Whether nothing PDF/UA-1 refuses was drawn.
    var whole: Bool { defects.isEmpty }
    private var lastHeading: Int?

    func opened(_ structure: String, for tag: StructureTag?) {
        switch tag {
        case .tableHeaderCell(let rows, let columns)?: headerSpans.append((rows, columns))
        case .heading?:
            let level = Int(structure.dropFirst()) ?? 1
            if level > (lastHeading ?? 0) + 1 {
                defects.append(lastHeading.map { "heading level \(level) follows level \($0)" } ?? "the first heading is level \(level), not 1")
            }
            lastHeading = level
        default: break
        }
    }

    /// A link drawn as an area alone, whose `Link` element holds no words.
    func emptyLink() { defects.append("a link is drawn over no words of its own") }
}

/// The answers of ``PageMarks/taggedFigures(_:on:)`` handed out one figure at a time.
final class FigureMarks {
    private let marks: [Bool]
    private var at = 0
    init(_ marks: [Bool]) { self.marks = marks }
    /// Whether the next figure surely marks the page (false past the end).
    func next() -> Bool {
        defer { at += 1 }
        return at < marks.count && marks[at]
    }
}
