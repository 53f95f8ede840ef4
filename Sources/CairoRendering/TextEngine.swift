import CCairo
import CFontconfig
import CPangoCairo
import Drawing

/// One Pango font map and context over a ``FontSet``: the shaping state that measuring and
/// drawing share, so both see exactly the same glyph advances.
///
/// Pango objects are not thread-safe: make one engine per render task.
///
/// ```swift
/// let engine = try TextEngine(fonts: fonts)
/// let measurer = PangoTextMeasurer(engine: engine)
/// ```
public final class TextEngine {
    /// The fonts this engine shapes with.
    public let fonts: FontSet
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    private let scratch: OpaquePointer
    private var descriptions: [Font: OpaquePointer] = [:]
    /// The names shaping gives the faces it picks, by face (each held, so no address is reused).
    private var faceNames: [UnsafeMutablePointer<PangoFont>: String] = [:]
    /// Faces loaded for drawing by name, size and device transformation, with their Cairo fonts.
    private var facesByName: [String: (font: UnsafeMutablePointer<PangoFont>, scaled: OpaquePointer)] = [:]
    /// The faces shaping in this engine picked, by the same key: drawing what this engine shaped
    /// loads no face again. Only Pango objects: an engine that only shapes never calls Cairo.
    private var shapedFaces: [String: UnsafeMutablePointer<PangoFont>] = [:]
    /// OpenType features on every run: `palt` sets full-width brackets such as 「」 proportionally
    /// (half their em box) and leaves Hangul untouched, as Korean typesetting expects.
    static let features = "palt"
    /// Every line is shaped at this size and scaled to its own when drawn. Pango 1.50 and Cairo
    /// make a font, a fontconfig match on two new threads and a glyph metrics cache for every
    /// size asked for; with one size per face the bundled briefing builds a third faster. With
    /// hinting off, advances scale exactly, so a width measured here is the drawn width.
    static let referenceSize = 10.5

    /// Creates a font map over `fonts` with points as units (72 dpi) and no hinting,
    /// so that PDF, SVG and PNG at any scale break lines identically.
    public init(fonts: FontSet) throws {
        self.fonts = fonts
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            throw RenderError.fontconfig("pango could not create a FreeType font map")
        }
        fontMap = map
        pango_fc_font_map_set_config(OpaquePointer(map), fonts.config)
        guard let ctx = pango_font_map_create_context(map) else {
            g_object_unref(UnsafeMutableRawPointer(map))
            throw RenderError.fontconfig("pango could not create a context")
        }
        context = ctx
        pango_cairo_context_set_resolution(ctx, 72)
        if let options = cairo_font_options_create() {
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            pango_cairo_context_set_font_options(ctx, options)
            cairo_font_options_destroy(options)
        }
        pango_context_set_round_glyph_positions(ctx, 0)
        // Tag everything Korean: the font's `locl` then uses the wider Korean space, and
        // the result no longer depends on the machine's locale.
        pango_context_set_language(ctx, pango_language_from_string("ko"))
        guard let layout = pango_layout_new(ctx) else {
            g_object_unref(UnsafeMutableRawPointer(ctx))
            g_object_unref(UnsafeMutableRawPointer(map))
            throw RenderError.fontconfig("pango could not create a layout")
        }
        scratch = layout
    }

    deinit {
        for fd in descriptions.values { pango_font_description_free(fd) }
        for font in faceNames.keys { g_object_unref(UnsafeMutableRawPointer(font)) }
        for face in facesByName.values { g_object_unref(UnsafeMutableRawPointer(face.font)) }
        for font in shapedFaces.values { g_object_unref(UnsafeMutableRawPointer(font)) }
        g_object_unref(UnsafeMutableRawPointer(scratch))
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// A cached Pango description of `font`'s face at `size` points, owned by the engine.
    func description(of font: Font, size: Double) -> OpaquePointer {
        let key = Font(family: font.family, size: size, weight: font.weight)
        if let fd = descriptions[key] { return fd }
        let fd = allocatedByGLib(pango_font_description_new())
        pango_font_description_set_family(fd, font.family)
        pango_font_description_set_absolute_size(fd, size * Double(PANGO_SCALE))
        pango_font_description_set_weight(fd, font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        descriptions[key] = fd
        return fd
    }

    /// The name of the face `font` is (family, weight and style, as Pango describes them), as
    /// another engine over the same fonts loads it again; `size` is the size it was asked for.
    /// The size is left out of the name: under a scaled context Pango describes a face at its
    /// device size.
    func faceName(of font: UnsafeMutablePointer<PangoFont>?, size: Double) -> String {
        guard let font else { return "" }
        if let known = faceNames[font] { return known }
        let description = pango_font_describe(font)
        pango_font_description_unset_fields(description, PANGO_FONT_MASK_SIZE)
        let chars = pango_font_description_to_string(description)
        let name = chars.map { String(cString: $0) } ?? ""
        g_free(chars)
        pango_font_description_free(description)
        g_object_ref(UnsafeMutableRawPointer(font))
        faceNames[font] = name
        remember(font, named: name, size: size)
        return name
    }

    /// The Cairo font that draws the face named `name` (see ``faceName(of:)``) at `size` points
    /// under the transformation the context was last updated to, loaded once for each.
    func scaledFont(named name: String, size: Double) -> OpaquePointer? {
        let key = faceKey(name, size)
        if let known = facesByName[key] { return known.scaled }
        if let font = shapedFaces[key], let scaled = pango_cairo_font_get_scaled_font(OpaquePointer(font)) {
            g_object_ref(UnsafeMutableRawPointer(font))
            facesByName[key] = (font, scaled)
            return scaled
        }
        let description = pango_font_description_from_string(name)
        defer { pango_font_description_free(description) }
        pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
        guard let font = pango_font_map_load_font(fontMap, context, description),
              let scaled = pango_cairo_font_get_scaled_font(OpaquePointer(font)) else { return nil }
        facesByName[key] = (font, scaled)
        return scaled
    }

    /// A Cairo font is made for one device transformation: a PNG at 2× needs its own.
    private func faceKey(_ name: String, _ size: Double) -> String {
        let m = pango_context_get_matrix(context)?.pointee ?? PangoMatrix(xx: 1, xy: 0, yx: 0, yy: 1, x0: 0, y0: 0)
        return "\(name)|\(size)|\(m.xx) \(m.xy) \(m.yx) \(m.yy)"
    }

    /// Keeps `font`, which shaping here picked at `size` under the current transformation, for
    /// drawing.
    private func remember(_ font: UnsafeMutablePointer<PangoFont>, named name: String, size: Double) {
        let key = faceKey(name, size)
        guard shapedFaces[key] == nil else { return }
        g_object_ref(UnsafeMutableRawPointer(font))
        shapedFaces[key] = font
    }

    /// How much a line or font at `size` is scaled from the reference size.
    static func scale(for size: Double) -> Double {
        size.isFinite && size > 0 ? size / referenceSize : 1
    }

    /// The natural width of `text` in `font`, in points: the text itemized and shaped as a
    /// layout would, without a layout's line breaking and cursor positions, which cost as much
    /// again for the words a report measures by the thousand.
    func width(of text: String, font: Font) -> Double {
        // A NUL ends the text a layout draws (it is handed over as a C string): measure it alike.
        if text.utf8.contains(0) { return layoutWidth(of: text, font: font) }
        let length = Int32(text.utf8.count)
        guard length > 0 else { return 0 }
        let attrs = allocatedByGLib(pango_attr_list_new())
        insert(pango_attr_font_desc_new(description(of: font, size: Self.referenceSize)), 0, Int(length), attrs)
        insert(pango_attr_font_features_new(Self.features), 0, Int(length), attrs)
        defer { pango_attr_list_unref(attrs) }
        var units = 0
        text.withCString { chars in
            let items = pango_itemize(context, chars, 0, length, attrs, nil)
            defer { g_list_free_full(items) { pango_item_free($0?.assumingMemoryBound(to: PangoItem.self)) } }
            guard let glyphs = pango_glyph_string_new() else { return }
            defer { pango_glyph_string_free(glyphs) }
            var node = items
            while let n = node {
                if let item = n.pointee.data?.assumingMemoryBound(to: PangoItem.self) {
                    pango_shape_item(item, chars, length, nil, glyphs, PANGO_SHAPE_NONE)
                    units += Int(pango_glyph_string_get_width(glyphs))
                }
                node = n.pointee.next
            }
        }
        return Double(units) / Double(PANGO_SCALE) * Self.scale(for: font.size)
    }

    /// The same width through a whole layout: what ``width(of:font:)`` is checked against, and
    /// what measures text holding a NUL.
    func layoutWidth(of text: String, font: Font) -> Double {
        // A layout's extents take the font's metrics through its Cairo font: under the drawing lock.
        CairoDrawingLock.drawing { unlockedLayoutWidth(of: text, font: font) }
    }

    private func unlockedLayoutWidth(of text: String, font: Font) -> Double {
        let attrs = allocatedByGLib(pango_attr_list_new())
        insert(pango_attr_font_features_new(Self.features), 0, text.utf8.count, attrs)
        pango_layout_set_attributes(scratch, attrs)
        pango_attr_list_unref(attrs)
        pango_layout_set_font_description(scratch, description(of: font, size: Self.referenceSize))
        pango_layout_set_text(scratch, text, -1)
        var logical = PangoRectangle()
        pango_layout_get_extents(scratch, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE) * Self.scale(for: font.size)
    }

    /// Ascent and descent of `font` as Pango lays out a line of it.
    ///
    /// PangoCairo reads a font's metrics through its Cairo scaled font, which Cairo 1.16 shares
    /// between threads (see ``CairoDrawingLock``): measured under the drawing lock. Callers cache
    /// the result per font, so a build takes the lock a handful of times.
    func metrics(of font: Font) -> FontMetrics {
        CairoDrawingLock.drawing { unlockedMetrics(of: font) }
    }

    private func unlockedMetrics(of font: Font) -> FontMetrics {
        pango_layout_set_attributes(scratch, nil)
        pango_layout_set_font_description(scratch, description(of: font, size: Self.referenceSize))
        pango_layout_set_text(scratch, "가", -1)
        var logical = PangoRectangle()
        pango_layout_get_extents(scratch, nil, &logical)
        let k = Self.scale(for: font.size)
        let baseline = Double(pango_layout_get_baseline(scratch)) / Double(PANGO_SCALE) * k
        let height = Double(logical.height) / Double(PANGO_SCALE) * k
        return FontMetrics(ascent: baseline, descent: height - baseline)
    }

    /// A new layout holding one line of styled runs, shaped at the reference size: draw it scaled
    /// by `scale` (the first span's size over the reference size). The caller owns the layout.
    ///
    /// Throws when any glyph would be missing, so no PDF ever prints a box for a character.
    func makeLayout(for line: TextLine) throws -> (layout: OpaquePointer, scale: Double) {
        let text = line.text
        guard let attrs = pango_attr_list_new() else {
            throw RenderError.pango(operation: "laying out \"\(text)\"", missing: "attribute list")
        }
        guard let layout = pango_layout_new(context) else {
            pango_attr_list_unref(attrs)
            throw RenderError.fontconfig("pango could not create a layout")
        }
        let scale = Self.scale(for: line.spans.first?.style.font.size ?? Self.referenceSize)
        var start = 0
        for span in line.spans {
            let end = start + span.text.utf8.count
            // A span of another size than the first keeps its size relative to it.
            insert(pango_attr_font_desc_new(description(of: span.style.font, size: span.style.font.size / scale)), start, end, attrs)
            let c = span.style.color
            insert(pango_attr_foreground_new(channel(c.red), channel(c.green), channel(c.blue)), start, end, attrs)
            if span.style.underline { insert(pango_attr_underline_new(PANGO_UNDERLINE_SINGLE), start, end, attrs) }
            if c.alpha < 1 { insert(pango_attr_foreground_alpha_new(channel(c.alpha)), start, end, attrs) }
            start = end
        }
        // Layout already chose the line breaks; the renderer must never add one.
        insert(pango_attr_allow_breaks_new(0), 0, start, attrs)
        insert(pango_attr_font_features_new(Self.features), 0, start, attrs)
        if let first = line.spans.first {
            pango_layout_set_font_description(layout, description(of: first.style.font, size: first.style.font.size / scale))
        }
        pango_layout_set_text(layout, text, -1)
        pango_layout_set_attributes(layout, attrs)
        pango_attr_list_unref(attrs)
        if let target = line.justifiedWidth, target > line.width {
            let width = (target / scale * Double(PANGO_SCALE)).rounded()
            pango_layout_set_width(layout, width.isFinite ? Int32(max(0, min(width, Double(Int32.max)))) : -1)
            pango_layout_set_justify(layout, 1)
            pango_layout_set_justify_last_line(layout, 1)
        }
        let unknown = Int(pango_layout_get_unknown_glyphs_count(layout))
        if unknown > 0 {
            g_object_unref(UnsafeMutableRawPointer(layout))
            throw RenderError.missingGlyphs(text: text, count: unknown)
        }
        return (layout, scale)
    }

    func insert(_ attr: UnsafeMutablePointer<PangoAttribute>?, _ start: Int, _ end: Int, _ list: OpaquePointer) {
        guard let attr else { return }
        attr.pointee.start_index = UInt32(start)
        attr.pointee.end_index = UInt32(end)
        pango_attr_list_insert(list, attr)
    }

    private func channel(_ v: Double) -> UInt16 { UInt16((min(max(v, 0), 1) * 65535).rounded()) }
}

/// `object`, made by a GLib-based constructor that only allocates (`pango_attr_list_new`,
/// `pango_font_description_new`), for code that cannot throw: measuring sits behind the
/// non-throwing `TextMeasuring`. Code that can throw guards and throws instead.
///
/// ```swift
/// let attrs = allocatedByGLib(pango_attr_list_new())
/// ```
private func allocatedByGLib<Object>(_ object: Object?) -> Object {
    // The module's one force-unwrap, and a safe one: GLib's allocator aborts the process rather
    // than return NULL when memory runs out (g_slice_new, g_malloc), so these never return nil.
    object!
}
