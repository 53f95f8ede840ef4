import CCairo
import CHarfBuzz
import CPangoCairo
import Drawing

/// One line of text itemized and shaped at the reference size, as plain values ready to draw
/// without a `PangoLayout`: layout already chose the line breaks, and a layout per drawn line
/// spent as much time again finding break opportunities, line-breaking and laying out cursor
/// positions as the shaping itself.
///
/// Shaping is the layout's own (`pango_itemize` and `pango_shape_item` over the whole line, so
/// kerning and ligatures across colour changes stay as they are, and runs of another face are
/// lined up on the first run's baseline); runs are then cut where the colour or link changes, and
/// a justified line's extra width goes to its spaces in equal shares.
///
/// The values hold no Pango or Cairo object: a line shaped by one ``TextEngine`` on one thread
/// is drawn by another engine over the same fonts on another (see ``PageShaper``).
///
/// ```swift
/// if let shaped = try engine.shape(line) { engine.draw(shaped, on: cr) } // baseline origin, reference size
/// ```
public struct ShapedLine: Sendable {
    /// A run of glyphs of one face from one span.
    struct Run: Sendable {
        /// The face, as Pango describes it (family, weight), and its size in points at the
        /// reference size: the drawing engine loads it again.
        var face: String
        var size: Double
        /// Glyph ids, and where each sits relative to the start of the baseline, in points at the
        /// reference size (y grows downwards): Cairo's own glyph records, handed over as they are.
        var glyphs: [cairo_glyph_t]
        /// Text clusters in order: UTF-8 bytes and the glyphs drawing them, for text extraction.
        var clusters: [cairo_text_cluster_t]
        /// The run's text, as a byte range of the line's text.
        var bytes: Range<Int>
        /// Start and end of the run's advance along the baseline, in points at the reference size.
        var start: Double
        var end: Double
        /// The index of the span the run's text comes from.
        var span: Int
    }

    /// The runs, left to right.
    var runs: [Run]
    /// The line's UTF-8 bytes: the runs' clusters point into them.
    let text: [UInt8]
    /// How much the line is scaled from the reference size when drawn.
    let scale: Double

    /// The underlines of the line's underlined runs, in the line's frame coordinates with the
    /// colour of each; neighbouring runs of one style share one rule.
    func underlines(of line: TextLine) -> [(rect: Rect, color: Color)] {
        var out: [(rect: Rect, color: Color)] = []
        var previous: Int?
        for (i, run) in runs.enumerated() {
            let style = line.spans[run.span].style
            guard style.underline, run.end > run.start else { previous = nil; continue }
            let size = style.font.size
            let rect = Rect(x: line.baseline.x + run.start * scale, y: line.baseline.y + TextStyle.underlinePosition * size,
                            width: (run.end - run.start) * scale, height: TextStyle.underlineThickness * size)
            if let p = previous, p == i - 1, let last = out.last, last.color == style.color, line.spans[runs[p].span].link == line.spans[run.span].link,
               abs(last.rect.maxX - rect.minX) < 1e-6 {
                out[out.count - 1].rect = Rect(x: last.rect.minX, y: last.rect.minY, width: rect.maxX - last.rect.minX, height: last.rect.height)
            } else {
                out.append((rect, style.color))
            }
            previous = i
        }
        return out
    }

    /// Where the text of span `index` starts and ends along the baseline, in points at the
    /// reference size; nil for a span with no glyphs.
    func extent(ofSpan index: Int) -> (start: Double, end: Double)? {
        let mine = runs.filter { $0.span == index }
        guard let first = mine.first, let last = mine.last else { return nil }
        return (first.start, last.end)
    }
}

extension TextEngine {
    /// `line` shaped for drawing without a layout, or nil when it needs one: a line holding a
    /// NUL (a layout takes a C string), or right-to-left text (which a layout reorders).
    ///
    /// Throws when any glyph would be missing, as ``makeLayout(for:)`` does.
    public func shape(_ line: TextLine) throws -> ShapedLine? {
        guard !line.spans.isEmpty else { return nil }
        let text = line.text
        let length = text.utf8.count
        guard length > 0, !text.utf8.contains(0) else { return nil }
        let scale = Self.scale(for: line.spans.first?.style.font.size ?? Self.referenceSize)
        let operation = "shaping \"\(text)\""
        guard let attrs = pango_attr_list_new() else { throw RenderError.pango(operation: operation, missing: "attribute list") }
        defer { pango_attr_list_unref(attrs) }
        var starts: [Int] = []
        var start = 0
        for span in line.spans {
            let end = start + span.text.utf8.count
            // A span of another size than the first keeps its size relative to it.
            insert(pango_attr_font_desc_new(description(of: span.style.font, size: span.style.font.size / scale)), start, end, attrs)
            starts.append(start)
            start = end
        }
        insert(pango_attr_font_features_new(Self.features), 0, length, attrs)
        // Runs are cut where the colour or the link changes, at cluster boundaries, as a layout does.
        let cuts = line.spans.indices.dropFirst().filter {
            line.spans[$0].style.color != line.spans[$0 - 1].style.color || line.spans[$0].link != line.spans[$0 - 1].link
        }
        guard let marks = pango_attr_list_new() else { throw RenderError.pango(operation: operation, missing: "attribute list") }
        defer { pango_attr_list_unref(marks) }
        for (k, i) in cuts.enumerated() {
            insert(pango_attr_foreground_new(0, 0, 0), starts[i], k + 1 < cuts.count ? starts[cuts[k + 1]] : length, marks)
        }

        return try text.withCString { chars -> ShapedLine? in
            var shaped: [UnsafeMutablePointer<PangoGlyphItem>] = []
            // Every glyph item is freed here, whatever happens: the line keeps only values.
            defer { for run in shaped { pango_glyph_item_free(run) } }
            do {
                let items = pango_itemize(context, chars, 0, Int32(length), attrs, nil)
                defer { g_list_free_full(items) { pango_item_free($0?.assumingMemoryBound(to: PangoItem.self)) } }
                var node = items
                while let n = node {
                    node = n.pointee.next
                    guard let item = n.pointee.data?.assumingMemoryBound(to: PangoItem.self) else { continue }
                    guard let glyphs = pango_glyph_string_new() else { throw RenderError.pango(operation: operation, missing: "glyph string") }
                    defer { pango_glyph_string_free(glyphs) }
                    pango_shape_item(item, chars, Int32(length), nil, glyphs, PANGO_SHAPE_NONE)
                    var run = PangoGlyphItem(item: item, glyphs: glyphs, y_offset: 0, start_x_offset: 0, end_x_offset: 0)
                    // A copy Pango allocated, which Pango may cut and free; the items and glyphs go.
                    guard let copy = pango_glyph_item_copy(&run) else { throw RenderError.pango(operation: operation, missing: "glyph item") }
                    shaped.append(copy)
                }
            }
            var unknown = 0
            for run in shaped {
                let glyphs = run.pointee.glyphs.pointee
                for i in 0..<Int(glyphs.num_glyphs) where glyphs.glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0 { unknown += 1 }
            }
            if unknown > 0 { throw RenderError.missingGlyphs(text: text, count: unknown) }
            if shaped.contains(where: { $0.pointee.item.pointee.analysis.level % 2 == 1 }) { return nil }
            drawProportionalBrackets(shaped, text: chars)
            if let target = line.justifiedWidth, target > line.width {
                justify(shaped, text: chars, to: target / scale, spaceLimit: line.spaceStretch.map { $0 / scale * Double(PANGO_SCALE) },
                        letterLimit: line.letterStretch.map { $0 / scale * Double(PANGO_SCALE) })
            }
            if !cuts.isEmpty {
                shaped = shaped.flatMap { run -> [UnsafeMutablePointer<PangoGlyphItem>] in
                    let pieces = pango_glyph_item_apply_attrs(run, chars, marks)
                    defer { g_slist_free(pieces) }
                    var out: [UnsafeMutablePointer<PangoGlyphItem>] = []
                    var node = pieces
                    while let n = node {
                        node = n.pointee.next
                        if let piece = n.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self) { out.append(piece) }
                    }
                    return out
                }
            }
            let aligner = BaselineAligner(first: shaped.first?.pointee.item)
            var runs: [ShapedLine.Run] = []
            var x = 0
            for run in shaped {
                let offset = Int(run.pointee.item.pointee.offset)
                // Colour and link come from the run's cut, its size from the span its text is in.
                let span = cuts.last { starts[$0] <= offset } ?? 0
                let size = line.spans[starts.lastIndex { $0 <= offset } ?? 0].style.font.size / scale
                runs.append(values(of: run, text: chars, at: x, rise: aligner.rise(of: run.pointee.item), span: span, size: size))
                x += Int(pango_glyph_string_get_width(run.pointee.glyphs))
            }
            return ShapedLine(runs: runs, text: Array(text.utf8), scale: scale)
        }
    }

    /// The glyphs of `run` as values, starting `x` Pango units along the baseline and `rise` above it.
    private func values(of run: UnsafeMutablePointer<PangoGlyphItem>, text: UnsafePointer<CChar>, at x: Int, rise: Int,
                        span: Int, size: Double) -> ShapedLine.Run {
        let unit = Double(PANGO_SCALE)
        let glyphs = run.pointee.glyphs.pointee
        var drawn: [cairo_glyph_t] = []
        drawn.reserveCapacity(Int(glyphs.num_glyphs))
        var position = x
        for i in 0..<Int(glyphs.num_glyphs) {
            let info = glyphs.glyphs[i]
            // An empty glyph (a default-ignorable character) draws nothing, as a layout skips it.
            if info.glyph != PANGO_GLYPH_EMPTY {
                drawn.append(cairo_glyph_t(index: UInt(info.glyph), x: Double(position + Int(info.geometry.x_offset)) / unit,
                                           y: Double(Int(info.geometry.y_offset) - rise) / unit))
            }
            position += Int(info.geometry.width)
        }
        var clusters: [cairo_text_cluster_t] = []
        var iter = PangoGlyphItemIter()
        var more = pango_glyph_item_iter_init_start(&iter, run, text) != 0
        while more {
            var inCluster: Int32 = 0
            for i in iter.start_glyph..<iter.end_glyph where glyphs.glyphs[Int(i)].glyph != PANGO_GLYPH_EMPTY { inCluster += 1 }
            clusters.append(cairo_text_cluster_t(num_bytes: iter.end_index - iter.start_index, num_glyphs: inCluster))
            more = pango_glyph_item_iter_next_cluster(&iter) != 0
        }
        let item = run.pointee.item.pointee
        return ShapedLine.Run(face: faceName(of: item.analysis.font, size: size), size: size, glyphs: drawn, clusters: clusters,
                              bytes: Int(item.offset)..<Int(item.offset + item.length),
                              start: Double(x) / unit, end: Double(position) / unit, span: span)
    }

    /// Widens the spaces (U+0020) of `runs` in equal shares until the runs are `target` points
    /// wide at the reference size. With `spaceLimit` and `letterLimit` (Pango units), the extra
    /// width is shared between spaces and the places between neighbouring Hangul syllables as
    /// ``TextLine/justificationShares(extra:spaces:gaps:)`` says (klreq). Spaces at the end of the line (the one a tagged PDF
    /// adds, ``TextLine/withSeparatingSpace``) neither widen nor count in the width.
    private func justify(_ runs: [UnsafeMutablePointer<PangoGlyphItem>], text: UnsafePointer<CChar>, to target: Double,
                         spaceLimit: Double? = nil, letterLimit: Double? = nil) {
        var end = Int(strlen(text))
        while end > 0, text[end - 1] == 0x20 { end -= 1 }
        var natural = 0
        var spaces: [(glyphs: UnsafeMutablePointer<PangoGlyphString>, index: Int)] = []
        var gaps: [(glyphs: UnsafeMutablePointer<PangoGlyphString>, index: Int)] = []
        var previousHangul: (glyphs: UnsafeMutablePointer<PangoGlyphString>, index: Int)?
        for run in runs {
            var iter = PangoGlyphItemIter()
            var more = pango_glyph_item_iter_init_start(&iter, run, text) != 0
            while more {
                let at = Int(iter.start_index)
                if at < end {
                    for g in Int(iter.start_glyph)..<Int(iter.end_glyph) { natural += Int(run.pointee.glyphs.pointee.glyphs[g].geometry.width) }
                    if iter.end_index - iter.start_index == 1, text[at] == 0x20, iter.end_glyph > iter.start_glyph {
                        spaces.append((run.pointee.glyphs, Int(iter.start_glyph)))
                    }
                    let hangul = iter.end_glyph > iter.start_glyph && Self.isHangulSyllable(text, at: at)
                    if hangul, let before = previousHangul { gaps.append(before) }
                    previousHangul = hangul ? (run.pointee.glyphs, Int(iter.end_glyph) - 1) : nil
                }
                more = pango_glyph_item_iter_next_cluster(&iter) != 0
            }
        }
        let wanted = (target * Double(PANGO_SCALE)).rounded()
        guard wanted.isFinite, wanted < Double(Int32.max) else { return }
        let extra = Int(wanted) - natural
        guard extra > 0 else { return }
        // Shares as the layout reckoned them (TextLine.justificationShares), in Pango units.
        var limits = TextLine(spans: [], baseline: Point(x: 0, y: 0), width: 0, ascent: 0, descent: 0)
        limits.spaceStretch = spaceLimit; limits.letterStretch = letterLimit
        let shares = limits.justificationShares(extra: Double(extra), spaces: spaces.count, gaps: gaps.count)
        let letterPart = min(extra, Int((shares.perGap * Double(gaps.count)).rounded()))
        let spacePart = extra - letterPart
        func spread(_ amount: Int, over slots: [(glyphs: UnsafeMutablePointer<PangoGlyphString>, index: Int)]) {
            guard !slots.isEmpty, amount > 0 else { return }
            var added = 0
            for (k, slot) in slots.enumerated() {
                let share = amount * (k + 1) / slots.count - added
                slot.glyphs.pointee.glyphs[slot.index].geometry.width += Int32(share)
                added += share
            }
        }
        spread(spacePart, over: spaces)
        spread(letterPart, over: gaps)
    }

    /// Whether the UTF-8 text at `at` is a precomposed Hangul syllable (U+AC00–U+D7A3).
    private static func isHangulSyllable(_ text: UnsafePointer<CChar>, at: Int) -> Bool {
        let b0 = UInt32(UInt8(bitPattern: text[at]))
        guard b0 >= 0xEA, b0 <= 0xED else { return false }
        let b1 = UInt32(UInt8(bitPattern: text[at + 1])), b2 = UInt32(UInt8(bitPattern: text[at + 2]))
        let scalar = (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F)
        return (0xAC00...0xD7A3).contains(scalar)
    }

    /// Draws `shaped` with the start of its baseline at the user-space origin of `cr` (scale `cr`
    /// to the line's size first), each run in its span's colour, its text embedded for extraction;
    /// only the runs in `runs`, when given.
    func draw(_ shaped: ShapedLine, colours: [Color], on cr: OpaquePointer, runs: Range<Int>? = nil) {
        let runs = runs ?? shaped.runs.indices
        shaped.text.withUnsafeBufferPointer { text in
            // No bytes, no runs: a shaped line always has text, and an empty one has nothing to draw.
            guard let bytes = text.baseAddress else { return }
            bytes.withMemoryRebound(to: CChar.self, capacity: text.count) { chars in
                for run in shaped.runs[runs] where !run.glyphs.isEmpty {
                    guard let font = scaledFont(named: run.face, size: run.size) else { continue }
                    cairo_set_scaled_font(cr, font)
                    let c = colours[run.span]
                    // Pango hands colours over as 16-bit channels; drawing through a layout did the same.
                    cairo_set_source_rgba(cr, quantized(c.red), quantized(c.green), quantized(c.blue), quantized(c.alpha))
                    run.glyphs.withUnsafeBufferPointer { glyphs in
                        run.clusters.withUnsafeBufferPointer { clusters in
                            cairo_show_text_glyphs(cr, chars + run.bytes.lowerBound, Int32(run.bytes.count), glyphs.baseAddress,
                                                   Int32(glyphs.count), clusters.baseAddress, Int32(clusters.count),
                                                   cairo_text_cluster_flags_t(rawValue: 0))
                        }
                    }
                }
            }
        }
    }

    /// Adds the outlines of `run` to the current path of `cr`, placed as ``draw(_:colours:on:)`` draws them.
    func appendPath(of run: ShapedLine.Run, to cr: OpaquePointer) {
        guard !run.glyphs.isEmpty, let font = scaledFont(named: run.face, size: run.size) else { return }
        cairo_set_scaled_font(cr, font)
        run.glyphs.withUnsafeBufferPointer { cairo_glyph_path(cr, $0.baseAddress, Int32($0.count)) }
    }

    private func quantized(_ v: Double) -> Double { (min(max(v, 0), 1) * 65535).rounded() / 65535 }
}

/// Lines runs of different faces up on the baseline the line's first run uses, as a layout
/// does: the script of the first run picks the baseline (the ideographic em box for Hangul and
/// Han, the Roman baseline for Latin), and a run whose face puts that baseline elsewhere is
/// raised or lowered to meet it. Noto Sans CJK's bold sits 11 units off its regular this way.
private struct BaselineAligner {
    private var tag = HB_OT_LAYOUT_BASELINE_TAG_ROMAN
    private var reference: hb_position_t = 0

    init(first: UnsafeMutablePointer<PangoItem>?) {
        guard let first else { return }
        tag = hb_ot_layout_get_horizontal_baseline_tag_for_script(Self.script(of: first))
        reference = Self.baseline(of: first, tag: tag)
    }

    /// How far `item`'s glyphs are raised, in Pango units.
    func rise(of item: UnsafeMutablePointer<PangoItem>?) -> Int {
        guard let item, item.pointee.analysis.font != nil else { return 0 }
        return Int(reference - Self.baseline(of: item, tag: tag))
    }

    private static func script(of item: UnsafeMutablePointer<PangoItem>) -> hb_script_t {
        hb_script_t(rawValue: UInt32(g_unicode_script_to_iso15924(GUnicodeScript(rawValue: Int32(item.pointee.analysis.script)))))
    }

    private static func baseline(of item: UnsafeMutablePointer<PangoItem>, tag: hb_ot_layout_baseline_tag_t) -> hb_position_t {
        guard let font = item.pointee.analysis.font, let hb = pango_font_get_hb_font(font) else { return 0 }
        let language = hb_language_from_string(pango_language_to_string(item.pointee.analysis.language), -1)
        var scriptTags = [hb_tag_t](repeating: 0, count: Int(HB_OT_MAX_TAGS_PER_SCRIPT))
        var languageTags = [hb_tag_t](repeating: 0, count: Int(HB_OT_MAX_TAGS_PER_LANGUAGE))
        var scriptCount = UInt32(scriptTags.count), languageCount = UInt32(languageTags.count)
        hb_ot_tags_from_script_and_language(script(of: item), language, &scriptCount, &scriptTags, &languageCount, &languageTags)
        var position: hb_position_t = 0
        hb_ot_layout_get_baseline_with_fallback(hb, tag, HB_DIRECTION_LTR, scriptCount > 0 ? scriptTags[Int(scriptCount) - 1] : 0,
                                                languageCount > 0 ? languageTags[Int(languageCount) - 1] : 0, &position)
        return position
    }
}
