import CHarfBuzz
import CPangoCairo

extension TextEngine {
    /// Corner brackets set proportionally (`palt`) drawn as the halfwidth forms the font has for
    /// them, at the same place and advance, so that readers of the PDF keep the spaces around them.
    ///
    /// `palt` moves a full-width 「 half an em to the left of its pen position and gives it half
    /// an em of advance, but a PDF reader boxes each glyph with its advance in the font, a full
    /// em: the box of 「 then covers the space before it, and the box of 」 the comma and space
    /// after it, and poppler and MuPDF drop those spaces ("(HAI),「AI 인덱스」,그리고"). The
    /// halfwidth forms ｢ ｣ of Noto Sans CJK are the same drawings with half an em of advance of
    /// their own, so their boxes are where their ink is; the text they stand for stays 「 」, as
    /// the clusters map each glyph to the characters it came from (the PDF's ToUnicode).
    ///
    /// Other brackets (『』〈〉《》【】〔〕（）) have no halfwidth forms in Unicode and keep `palt`.
    /// A document's subset fonts keep the halfwidth forms wherever the brackets are drawn
    /// (``halfwidthForms``).
    func drawProportionalBrackets(_ runs: [UnsafeMutablePointer<PangoGlyphItem>], text: UnsafePointer<CChar>) {
        for run in runs {
            guard let font = run.pointee.item.pointee.analysis.font, let hb = pango_font_get_hb_font(font),
                  let glyphs = run.pointee.glyphs else { continue }
            let offset = Int(run.pointee.item.pointee.offset)
            for i in 0..<Int(glyphs.pointee.num_glyphs) {
                let at = offset + Int(glyphs.pointee.log_clusters[i])
                // 「 is E3 80 8C and 」 E3 80 8D in UTF-8.
                guard UInt8(bitPattern: text[at]) == 0xE3, UInt8(bitPattern: text[at + 1]) == 0x80 else { continue }
                let third = UInt8(bitPattern: text[at + 2])
                guard third == 0x8C || third == 0x8D else { continue }
                var halfwidth: hb_codepoint_t = 0
                guard hb_font_get_nominal_glyph(hb, third == 0x8C ? 0xFF62 : 0xFF63, &halfwidth) != 0 else { continue }
                // Only where palt moved the bracket left (it does both): a full-width one stays as shaped.
                guard glyphs.pointee.glyphs[i].geometry.x_offset < 0 else { continue }
                // The ink stays exactly where palt put it: the offset makes up the difference in the
                // two drawings' left bearings (Pango's HarfBuzz font is scaled in Pango units).
                var was = hb_glyph_extents_t(), now = hb_glyph_extents_t()
                guard hb_font_get_glyph_extents(hb, hb_codepoint_t(glyphs.pointee.glyphs[i].glyph), &was) != 0,
                      hb_font_get_glyph_extents(hb, halfwidth, &now) != 0 else { continue }
                glyphs.pointee.glyphs[i].glyph = PangoGlyph(halfwidth)
                glyphs.pointee.glyphs[i].geometry.x_offset += was.x_bearing - now.x_bearing
            }
        }
    }

    /// The halfwidth form drawn for each corner bracket: a face subset for a document keeps it
    /// beside the bracket, so the substitution above finds it.
    static let halfwidthForms: [Unicode.Scalar: Unicode.Scalar] = ["\u{300C}": "\u{FF62}", "\u{300D}": "\u{FF63}"]
}
