import CCairo
import CHarfBuzz
import CPangoCairo
import Drawing

/// One line of text itemized and shaped at the reference size, ready to draw without a
/// `PangoLayout`: layout already chose the line breaks, and a layout per drawn line spent as much
/// time again finding break opportunities, line-breaking and laying out cursor positions as the
/// shaping itself (a third of a long report's drawing time).
///
/// Shaping is the layout's own (`pango_itemize` and `pango_shape_item` over the whole line, so
/// kerning and ligatures across colour changes stay as they are); runs are then cut where the
/// colour changes, and a justified line's extra width goes to its spaces in equal shares.
///
/// ```swift
/// if let shaped = try engine.shape(line) { shaped.draw(on: cr) } // baseline origin, reference size
/// ```
final class ShapedLine {
    /// A run of glyphs from one span, at `x` Pango units from the start of the baseline and
    /// `rise` above it.
    struct Run {
        var glyphs: PangoGlyphItem
        var x: Int
        var rise: Int
        /// The index of the span the run's text comes from.
        var span: Int
    }
    /// The runs left to right; the line owns their items and glyph strings.
    private(set) var runs: [Run] = []
    /// The line's UTF-8 bytes with a final NUL: the runs' clusters point into them.
    private let text: ContiguousArray<CChar>
    /// The spans' colours, by span index.
    private let colours: [Color]
    /// How much the line is scaled from the reference size when drawn.
    let scale: Double

    fileprivate init(text: ContiguousArray<CChar>, colours: [Color], scale: Double) {
        self.text = text
        self.colours = colours
        self.scale = scale
    }

    deinit {
        for run in runs {
            pango_item_free(run.glyphs.item)
            pango_glyph_string_free(run.glyphs.glyphs)
        }
    }

    /// Takes over `glyphs`' item and glyph string, placed after the runs already there.
    fileprivate func append(_ glyphs: PangoGlyphItem, span: Int, rise: Int) {
        let x = runs.last.map { $0.x + Int(pango_glyph_string_get_width($0.glyphs.glyphs)) } ?? 0
        runs.append(Run(glyphs: glyphs, x: x, rise: rise, span: span))
    }

    /// The glyphs of the line, its text embedded for extraction, with the start of its baseline
    /// at the user-space origin of `cr` (scale `cr` to the line's size first).
    func draw(on cr: OpaquePointer) {
        text.withUnsafeBufferPointer { chars in
            for run in runs {
                let c = colours[run.span]
                // Pango hands colours over as 16-bit channels; drawing through a layout did the same.
                cairo_set_source_rgba(cr, quantized(c.red), quantized(c.green), quantized(c.blue), quantized(c.alpha))
                cairo_move_to(cr, Double(run.x) / Double(PANGO_SCALE), -Double(run.rise) / Double(PANGO_SCALE))
                var glyphs = run.glyphs
                pango_cairo_show_glyph_item(cr, chars.baseAddress, &glyphs)
            }
        }
    }

    /// Adds `run`'s glyph outlines to the current path of `cr`, placed as ``draw(on:)`` draws them.
    func appendPath(of run: Run, to cr: OpaquePointer) {
        cairo_move_to(cr, Double(run.x) / Double(PANGO_SCALE), -Double(run.rise) / Double(PANGO_SCALE))
        pango_cairo_glyph_string_path(cr, run.glyphs.item.pointee.analysis.font, run.glyphs.glyphs)
    }

    /// Where the text of span `index` starts and ends along the baseline, in points at the
    /// reference size; nil for a span with no glyphs.
    func extent(ofSpan index: Int) -> (start: Double, end: Double)? {
        let mine = runs.filter { $0.span == index }
        guard let first = mine.first, let last = mine.last else { return nil }
        let end = last.x + Int(pango_glyph_string_get_width(last.glyphs.glyphs))
        return (Double(first.x) / Double(PANGO_SCALE), Double(end) / Double(PANGO_SCALE))
    }

    private func quantized(_ v: Double) -> Double { (min(max(v, 0), 1) * 65535).rounded() / 65535 }
}

extension TextEngine {
    /// `line` shaped for drawing without a layout, or nil when it needs one: a line holding a
    /// NUL (a layout takes a C string), or right-to-left text (which a layout reorders).
    ///
    /// Throws when any glyph would be missing, as ``makeLayout(for:)`` does.
    func shape(_ line: TextLine) throws -> ShapedLine? {
        guard !line.spans.isEmpty else { return nil }
        var bytes = ContiguousArray(line.text.utf8CString)
        let length = bytes.count - 1
        guard length > 0, !bytes[..<length].contains(0) else { return nil }
        let scale = Self.scale(for: line.spans.first?.style.font.size ?? Self.referenceSize)
        let attrs = pango_attr_list_new()!
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

        var shaped: [PangoGlyphItem] = []
        var rightToLeft = false
        var unknown = 0
        bytes.withUnsafeMutableBufferPointer { buffer in
            let chars = buffer.baseAddress!
            let items = pango_itemize(context, chars, 0, Int32(length), attrs, nil)
            // Each item is taken over by its run; only the list itself is freed here.
            defer { g_list_free(items) }
            var node = items
            while let n = node {
                node = n.pointee.next
                guard let item = n.pointee.data?.assumingMemoryBound(to: PangoItem.self) else { continue }
                let glyphs = pango_glyph_string_new()!
                pango_shape_item(item, chars, Int32(length), nil, glyphs, PANGO_SHAPE_NONE)
                shaped.append(PangoGlyphItem(item: item, glyphs: glyphs, y_offset: 0, start_x_offset: 0, end_x_offset: 0))
                if item.pointee.analysis.level % 2 == 1 { rightToLeft = true }
                for i in 0..<Int(glyphs.pointee.num_glyphs) where glyphs.pointee.glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0 {
                    unknown += 1
                }
            }
        }
        func release() {
            for run in shaped { pango_item_free(run.item); pango_glyph_string_free(run.glyphs) }
        }
        if unknown > 0 {
            release()
            throw RenderError.missingGlyphs(text: line.text, count: unknown)
        }
        if rightToLeft { release(); return nil }

        if let target = line.justifiedWidth, target > line.width {
            bytes.withUnsafeBufferPointer { justify(&shaped, text: $0.baseAddress!, to: target / scale) }
        }
        let result = ShapedLine(text: bytes, colours: line.spans.map(\.style.color), scale: scale)
        // Runs are cut where the colour or the link changes, at cluster boundaries, as a layout does.
        let cuts = line.spans.indices.dropFirst().filter {
            line.spans[$0].style.color != line.spans[$0 - 1].style.color || line.spans[$0].link != line.spans[$0 - 1].link
        }
        let spanAt = { (offset: Int) in cuts.last { starts[$0] <= offset } ?? 0 }
        let baseline = BaselineAligner(first: shaped.first?.item)
        guard !cuts.isEmpty else {
            for run in shaped { result.append(run, span: 0, rise: baseline.rise(of: run.item)) }
            return result
        }
        let marks = pango_attr_list_new()!
        defer { pango_attr_list_unref(marks) }
        for (k, i) in cuts.enumerated() {
            insert(pango_attr_foreground_new(0, 0, 0), starts[i], k + 1 < cuts.count ? starts[cuts[k + 1]] : length, marks)
        }
        for var run in shaped {
            // The cutting frees what it is given, so it is given a copy made by Pango.
            let heap = pango_glyph_item_copy(&run)!
            pango_item_free(run.item)
            pango_glyph_string_free(run.glyphs)
            let pieces = bytes.withUnsafeBufferPointer { pango_glyph_item_apply_attrs(heap, $0.baseAddress!, marks) }
            var node = pieces
            while let n = node {
                node = n.pointee.next
                guard let piece = n.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self) else { continue }
                result.append(piece.pointee, span: spanAt(Int(piece.pointee.item.pointee.offset)),
                              rise: baseline.rise(of: piece.pointee.item))
                // The line now owns the piece's item and glyphs; free only the piece itself.
                piece.pointee.item = nil
                piece.pointee.glyphs = nil
                pango_glyph_item_free(piece)
            }
            g_slist_free(pieces)
        }
        return result
    }

    /// Widens the spaces (U+0020) of `runs` in equal shares until the runs are `target` points
    /// wide at the reference size.
    private func justify(_ runs: inout [PangoGlyphItem], text: UnsafePointer<CChar>, to target: Double) {
        let natural = runs.reduce(0) { $0 + Int(pango_glyph_string_get_width($1.glyphs)) }
        let wanted = (target * Double(PANGO_SCALE)).rounded()
        guard wanted.isFinite, wanted < Double(Int32.max) else { return }
        let extra = Int(wanted) - natural
        guard extra > 0 else { return }
        var spaces: [(glyphs: UnsafeMutablePointer<PangoGlyphString>, index: Int)] = []
        for i in runs.indices {
            var iter = PangoGlyphItemIter()
            var more = pango_glyph_item_iter_init_start(&iter, &runs[i], text) != 0
            while more {
                if iter.end_index - iter.start_index == 1, text[Int(iter.start_index)] == 0x20, iter.end_glyph > iter.start_glyph {
                    spaces.append((runs[i].glyphs, Int(iter.start_glyph)))
                }
                more = pango_glyph_item_iter_next_cluster(&iter) != 0
            }
        }
        guard !spaces.isEmpty else { return }
        var added = 0
        for (k, space) in spaces.enumerated() {
            let share = extra * (k + 1) / spaces.count - added
            space.glyphs.pointee.glyphs[space.index].geometry.width += Int32(share)
            added += share
        }
    }
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
        let script = hb_script_t(rawValue: UInt32(g_unicode_script_to_iso15924(GUnicodeScript(rawValue: Int32(first.pointee.analysis.script)))))
        tag = hb_ot_layout_get_horizontal_baseline_tag_for_script(script)
        reference = Self.baseline(of: first, tag: tag)
    }

    /// How far `item`'s glyphs are raised, in Pango units.
    func rise(of item: UnsafeMutablePointer<PangoItem>?) -> Int {
        guard let item, item.pointee.analysis.font != nil else { return 0 }
        return Int(reference - Self.baseline(of: item, tag: tag))
    }

    private static func baseline(of item: UnsafeMutablePointer<PangoItem>, tag: hb_ot_layout_baseline_tag_t) -> hb_position_t {
        guard let font = item.pointee.analysis.font, let hb = pango_font_get_hb_font(font) else { return 0 }
        let script = hb_script_t(rawValue: UInt32(g_unicode_script_to_iso15924(GUnicodeScript(rawValue: Int32(item.pointee.analysis.script)))))
        let language = hb_language_from_string(pango_language_to_string(item.pointee.analysis.language), -1)
        var scriptTags = [hb_tag_t](repeating: 0, count: Int(HB_OT_MAX_TAGS_PER_SCRIPT))
        var languageTags = [hb_tag_t](repeating: 0, count: Int(HB_OT_MAX_TAGS_PER_LANGUAGE))
        var scriptCount = UInt32(scriptTags.count), languageCount = UInt32(languageTags.count)
        hb_ot_tags_from_script_and_language(script, language, &scriptCount, &scriptTags, &languageCount, &languageTags)
        var position: hb_position_t = 0
        hb_ot_layout_get_baseline_with_fallback(hb, tag, HB_DIRECTION_LTR, scriptCount > 0 ? scriptTags[Int(scriptCount) - 1] : 0,
                                                languageCount > 0 ? languageTags[Int(languageCount) - 1] : 0, &position)
        return position
    }
}
