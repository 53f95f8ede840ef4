import Drawing

/// Writes a ``Frame`` as a standalone SVG that slide programs import without losing anything.
///
/// PowerPoint, Keynote, Google Slides and LibreOffice Impress drop or mangle `<symbol>`/`<use>`,
/// `<style>` blocks, classes and masks, which is what Cairo's SVG surface writes. This writer
/// uses only `svg`, `title`, `desc`, `g`, `path`, `rect`, `clipPath`, `text`, `tspan` and `a`,
/// with inline presentation attributes and no `style=`. Output depends only on the frame: clip
/// ids count from 1 in document order, numbers are fixed-point text (see ``SVGNumber``).
///
/// One writer writes one document.
///
/// ```swift
/// let bytes = try SVGWriter(engine: engine, textMode: .outlines).document(frame, title: "…", description: "…")
/// ```
final class SVGWriter {
    let engine: TextEngine
    let textMode: SVGTextMode
    /// Made on first use: text mode never needs it.
    private var outliner: GlyphOutliner?
    private var out = ""
    private var clipCount = 0

    /// Creates a writer whose text is shaped by `engine` and written as `textMode` says.
    init(engine: TextEngine, textMode: SVGTextMode) {
        self.engine = engine
        self.textMode = textMode
    }

    /// The whole SVG document for `frame`, UTF-8 encoded.
    func document(_ frame: Frame, title: String, description: String) throws -> [UInt8] {
        try RenderError.check(frame)
        out = ""
        clipCount = 0
        let w = number(frame.size.width), h = number(frame.size.height)
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        // role="img" makes the drawing one image to assistive technology, named by its title and
        // described by its desc. The ids come from their text, so two figures inlined in one
        // page do not share them and a rebuild writes the same bytes.
        let id = Self.elementID(title + "\u{0}" + description)
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)pt\" height=\"\(h)pt\" viewBox=\"0 0 \(w) \(h)\" version=\"1.1\" "
            + "role=\"img\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\">\n"
        out += "<title id=\"\(id)-title\">\(title.xmlEscaped)</title>\n"
        out += "<desc id=\"\(id)-desc\">\(description.xmlEscaped)</desc>\n"
        for item in frame.items { try write(item) }
        out += "</svg>\n"
        return Array(out.utf8)
    }

    /// A short id from `text` (FNV-1a, 32 bits, hex), starting with a letter as XML ids must.
    static func elementID(_ text: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(hash, radix: 16)
        return "f" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    private func write(_ item: FrameItem) throws {
        switch item {
        case .path(let p): writePath(p)
        case .text(let line):
            switch textMode {
            case .outlines: try writeOutlines(of: line)
            case .text: writeText(line)
            }
        case .group(let g): try writeGroup(g)
        case .link(let link):
            // An invisible but paintable rectangle, so viewers have something to click.
            guard let href = link.target.svgHref else { return }
            out += "<a href=\"\(href.xmlEscaped)\">"
            out += "<rect\(rectAttributes(link.rect)) fill=\"#ffffff\" fill-opacity=\"0\"/>"
            out += "</a>\n"
        case .anchor:
            break   // SVG has no named destinations that slide programs keep
        }
    }

    private func writeGroup(_ g: Group) throws {
        var attributes = ""
        if g.offset != .zero {
            attributes += " transform=\"translate(\(number(g.offset.x)) \(number(g.offset.y)))\""
        }
        if let clip = g.clip {
            clipCount += 1
            let id = "clip\(clipCount)"
            // Beside the group, not in <defs>: clipPathUnits default to the user space of the
            // element that refers to it, i.e. the group's own coordinates after its translate.
            out += "<clipPath id=\"\(id)\"><rect\(rectAttributes(clip))/></clipPath>\n"
            attributes += " clip-path=\"url(#\(id))\""
        }
        if case .figure(let alt) = g.tag {
            attributes += " role=\"img\" aria-label=\"\(alt.xmlEscaped)\""
        }
        // A group that moves, clips and says nothing would only add bytes.
        if attributes.isEmpty {
            for child in g.items { try write(child) }
            return
        }
        out += "<g\(attributes)>\n"
        for child in g.items { try write(child) }
        out += "</g>\n"
    }

    private func writePath(_ p: PathItem) {
        guard !p.path.isEmpty, p.fill != nil || p.stroke != nil else { return }
        var paint = ""
        if let fill = p.fill {
            paint += " fill=\"\(fill.hexString)\""
            if fill.alpha < 1 { paint += " fill-opacity=\"\(number(fill.alpha))\"" }
        } else {
            paint += " fill=\"none\""
        }
        if p.stroke == nil {
            paint += " stroke=\"none\""   // explicit: ImageMagick's renderer strokes in black otherwise
        }
        if let stroke = p.stroke {
            paint += " stroke=\"\(stroke.color.hexString)\" stroke-width=\"\(number(stroke.width))\""
            if stroke.color.alpha < 1 { paint += " stroke-opacity=\"\(number(stroke.color.alpha))\"" }
            if !stroke.dash.isEmpty {
                paint += " stroke-dasharray=\"\(stroke.dash.map(number).joined(separator: " "))\""
            }
            if stroke.cap != .butt { paint += " stroke-linecap=\"\(stroke.cap.rawValue)\"" }
            if stroke.join != .miter { paint += " stroke-linejoin=\"\(stroke.join.rawValue)\"" }
        }
        if let rect = p.path.axisAlignedRect {
            out += "<rect\(rectAttributes(rect))\(paint)/>\n"
            return
        }
        // Cairo mitres up to 10× the line width, SVG only up to 4×: say so where corners exist.
        if p.stroke != nil && p.path.hasJoins { paint += " stroke-miterlimit=\"10\"" }
        let d = SVGPathData.string(for: p.path, decimals: SVGNumber.geometryDecimals)
        guard !d.isEmpty else { return }
        out += "<path d=\"\(d)\"\(paint)/>\n"
    }

    private func writeOutlines(of line: TextLine) throws {
        if outliner == nil { outliner = try GlyphOutliner(engine: engine) }
        guard let outliner else { return }
        for outline in try outliner.outlines(of: line) {
            let d = SVGPathData.string(for: outline.path, decimals: SVGNumber.outlineDecimals)
            guard !d.isEmpty else { continue }
            var element = "<path d=\"\(d)\" fill=\"\(outline.color.hexString)\" stroke=\"none\""
            if outline.color.alpha < 1 { element += " fill-opacity=\"\(number(outline.color.alpha))\"" }
            element += "/>"
            if let href = outline.link?.svgHref {
                element = "<a href=\"\(href.xmlEscaped)\">" + element + "</a>"
            }
            out += element + "\n"
        }
    }

    /// `<text>` with one `<tspan>` per span. The `<text>` carries the first span's font and
    /// colour; a tspan repeats only what differs. A justified line keeps its natural width:
    /// `textLength` would stretch every gap between glyphs, not the spaces, and importers
    /// disagree about it.
    private func writeText(_ line: TextLine) {
        guard let first = line.spans.first else { return }
        let base = first.style
        out += "<text x=\"\(number(line.baseline.x))\" y=\"\(number(line.baseline.y))\"\(textAttributes(base, comparedWith: nil))"
        out += " stroke=\"none\" xml:space=\"preserve\">"
        for span in line.spans where !span.text.isEmpty {
            var tspan = "<tspan\(textAttributes(span.style, comparedWith: base))>\(span.text.xmlEscaped)</tspan>"
            if let href = span.link?.svgHref { tspan = "<a href=\"\(href.xmlEscaped)\">" + tspan + "</a>" }
            out += tspan
        }
        out += "</text>\n"
    }

    /// Font and colour attributes of `style`; with `base`, only those that differ from it.
    private func textAttributes(_ style: TextStyle, comparedWith base: TextStyle?) -> String {
        var a = ""
        if style.font.family != base?.font.family { a += " font-family=\"\(style.font.family.xmlEscaped)\"" }
        if style.font.size != base?.font.size { a += " font-size=\"\(number(style.font.size))\"" }
        if style.font.weight != (base?.font.weight ?? .regular) {
            a += " font-weight=\"\(style.font.weight == .bold ? "bold" : "normal")\""
        }
        if style.color.hexString != base?.color.hexString { a += " fill=\"\(style.color.hexString)\"" }
        if style.color.alpha != (base?.color.alpha ?? 1) { a += " fill-opacity=\"\(number(style.color.alpha))\"" }
        if style.underline != (base?.underline ?? false) { a += style.underline ? " text-decoration=\"underline\"" : " text-decoration=\"none\"" }
        return a
    }

    private func rectAttributes(_ r: Rect) -> String {
        " x=\"\(number(r.minX))\" y=\"\(number(r.minY))\" width=\"\(number(r.width))\" height=\"\(number(r.height))\""
    }

    private func number(_ v: Double) -> String { SVGNumber.format(v, decimals: SVGNumber.geometryDecimals) }
}

extension LinkTarget {
    /// The address an SVG `<a>` may point at: only `https:` and `mailto:` URIs. Internal
    /// destinations mean nothing outside the PDF, and other schemes are not worth the risk.
    var svgHref: String? {
        guard case .uri(let uri) = self else { return nil }
        let lower = uri.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("mailto:") ? uri : nil
    }
}

extension Path {
    /// The rectangle this path traces, when it is exactly `Path(rect:)` of a rectangle with positive size.
    ///
    /// Only that shape: it starts where `<rect>` starts and turns the same way, so dashes fall the same.
    var axisAlignedRect: Rect? {
        guard elements.count == 5, case .move(let a) = elements[0], case .line(let b) = elements[1],
              case .line(let c) = elements[2], case .line(let d) = elements[3], case .close = elements[4],
              a.y == b.y, b.x == c.x, c.y == d.y, d.x == a.x, b.x > a.x, c.y > b.y else { return nil }
        return Rect(x: a.x, y: a.y, width: b.x - a.x, height: c.y - b.y)
    }

    /// True when two segments meet somewhere, so the stroke's line join shows.
    var hasJoins: Bool {
        var run = 0
        for element in elements {
            switch element {
            case .move: run = 0
            case .line, .curve: run += 1; if run >= 2 { return true }
            case .close: if run >= 1 { return true }
            }
        }
        return false
    }
}
