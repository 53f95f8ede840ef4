import Drawing
import ReportBuilder

/// How a bound cross-reference travels from the binder to the text's runs: its words between
/// private-use marks with the destination it links to, so inline markup around it (`**…**`)
/// still applies, and then a run of its own linked to the figure.
///
/// Texts that take no markup (titles, captions, notes) keep only the words: a figure's own
/// text is drawn in the figure and its SVG, where a link has nowhere to go.
///
/// ```swift
/// let text = "자세한 값은 " + FigureReference.marked("그림 2", anchor: "fig-a") + "에 있다"
/// FigureReference.plain(text)        // "자세한 값은 그림 2에 있다"
/// FigureReference.linked([Inline(text)])
/// // [Inline("자세한 값은 "), Inline("그림 2", target: .destination("fig-a")), Inline("에 있다")]
/// ```
enum FigureReference {
    /// Opens a reference; the destination's name follows, up to ``labelStart``.
    static let start: Character = "\u{E000}"
    /// Separates the destination's name from the words.
    static let labelStart: Character = "\u{E001}"
    /// Closes a reference.
    static let end: Character = "\u{E002}"

    /// `label`, marked as linking to the named destination `anchor`.
    static func marked(_ label: String, anchor: String) -> String {
        String(start) + anchor + String(labelStart) + label + String(end)
    }

    /// Whether `text` holds a marked reference.
    static func isMarked(_ text: String) -> Bool { text.unicodeScalars.contains("\u{E000}") }

    /// The words alone, marks and destinations removed.
    static func plain(_ text: String) -> String {
        guard isMarked(text) else { return text }
        var out = ""
        var inName = false
        for c in text {
            switch c {
            case start: inName = true
            case labelStart: inName = false
            case end: break
            default: if !inName { out.append(c) }
            }
        }
        return out
    }

    /// The runs with every marked reference made a run of its own, linked to its destination and
    /// keeping the emphasis of the run it was in.
    static func linked(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines {
            guard isMarked(inline.text) else { out.append(inline); continue }
            var words = ""
            var name = ""
            var state = 0   // 0: words, 1: a destination's name, 2: a reference's words
            func flush(_ target: LinkTarget?) {
                if !words.isEmpty { out.append(Inline(words, emphasis: inline.emphasis, target: target)) }
                words = ""
            }
            for c in inline.text {
                switch (c, state) {
                case (start, _): flush(inline.link); name = ""; state = 1
                case (labelStart, 1): state = 2
                case (end, 2): flush(.destination(name)); state = 0
                case (_, 1): name.append(c)
                default: words.append(c)
                }
            }
            flush(state == 2 ? .destination(name) : inline.link)
        }
        return out
    }
}
