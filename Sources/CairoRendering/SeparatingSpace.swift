import Drawing

extension TextLine {
    /// The line with a space after its last word, as a tagged PDF draws it.
    ///
    /// Text read through the structure (a screen reader, an extractor following the tags) joins
    /// an element's lines as they are drawn, so the last word of one line ran into the first of
    /// the next ("함께미국과") and a key figure into its label. The space ends the last span, in
    /// its run, so Cairo draws it with the glyphs before it (a call of nothing but a space draws
    /// nothing and is dropped); after a link it is a span of its own, so it widens no link.
    /// Nothing is added after whitespace, or after an ideograph, kana or CJK punctuation, which
    /// Chinese and Japanese text joins without a space, nor after a hyphen at a line's end (a
    /// word hyphenated there, or broken after its own hyphen), which poppler and screen readers
    /// join to the next line's first word, nor where the line ends inside a word
    /// (``TextLine/continuesWord``: an address, a word before its bracket). Justification leaves trailing spaces
    /// alone, so the line is set exactly as without it.
    var withSeparatingSpace: TextLine {
        guard !continuesWord, let index = spans.lastIndex(where: { !$0.text.isEmpty }), let scalar = spans[index].text.unicodeScalars.last,
              !scalar.properties.isWhitespace, scalar != "-", !Self.joinsWithoutSpace(scalar) else { return self }
        var line = self
        if spans[index].link == nil, !spans[index].style.underline {
            line.spans[index].text += " "
        } else {
            var style = spans[index].style
            style.underline = false
            line.spans.append(TextSpan(" ", style: style))
        }
        return line
    }

    /// Han, kana, CJK symbols and punctuation, and fullwidth forms.
    static func joinsWithoutSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFF65, 0x20000...0x3FFFF: return true
        default: return false
        }
    }
}
