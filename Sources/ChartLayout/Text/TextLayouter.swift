import Drawing

/// Breaks styled text into lines the way Korean typesetting does, and places them.
///
/// Keep-all: lines break only at spaces between eojeols, never between the syllables of a
/// word. Only a word wider than the whole measure is broken inside, between grapheme
/// clusters, and never inside a run of digits when another break exists.
///
/// ```swift
/// let layouter = TextLayouter(measurer: measurer)
/// let block = layouter.layout([TextSpan("2023년 미국의 AI 민간 투자액은…", style: body)],
///                             width: 250, style: ParagraphStyle(lineHeight: 17))
/// ```
public struct TextLayouter {
    /// Where widths come from.
    public let measurer: any TextMeasuring

    /// Creates a layouter measuring through `measurer`.
    public init(measurer: any TextMeasuring) { self.measurer = measurer }

    /// Sets `spans` into lines no wider than `width` (nil: only forced breaks).
    public func layout(_ spans: [TextSpan], width: Double?, style: ParagraphStyle) -> TextBlock {
        // Lines past the first `maxLines` are dropped, and one more only says the text was cut:
        // the running header sets a long section title once per page and keeps its first line.
        let lineLimit = style.maxLines.flatMap { $0 > 0 ? $0 + 1 : nil }
        // A justified paragraph is broken as a whole (total fit); other text fills lines greedily,
        // and so does a paragraph whose shaped lines come out wider than the sums total fit used.
        var rawLines: [RawLine] = []
        var measured: [Double]?
        var alignment = style.alignment
        if style.alignment == .justify, lineLimit == nil, let width {
            let softUnits = EojeolSplitter.split(spans, softBreaks: true)
            guard !softUnits.isEmpty else { return TextBlock(lines: [], height: 0, naturalWidth: 0) }
            // Shaped lines can come out a little wider than the sums of their pieces (kerning across
            // a hyphenation point): then the paragraph is broken once more, for a measure that much narrower.
            var measure = width
            for _ in 0..<2 where measured == nil {
                guard let (fitted, worst) = totalFitLines(softUnits, width: measure, justification: style.justification,
                                                          hyphenator: style.hyphenator, hangs: style.hangsPunctuation) else { break }
                let widths = fitted.map { self.measure(merge($0.pieces)) }
                // How far each line runs past the measure, its hanging marks aside.
                let over = zip(fitted, widths).map { line, w in w - (style.hangsPunctuation ? hangs(of: line.pieces).left + hangs(of: line.pieces).right : 0) - width }
                if let most = over.max(), most > 1e-9 { measure -= most; continue }
                // A paragraph that cannot be justified within the limits, however it is broken, is
                // set ragged-right, whole (one loose line would open rivers the eye goes to first),
                // and broken as any ragged paragraph is: no group parted, no word broken inside.
                if worst > Self.maxJustifiedRatio + 1e-9 { alignment = .left; break }
                rawLines = fitted; measured = widths
            }
        }
        if measured == nil {
            let units = EojeolSplitter.split(spans)
            guard !units.isEmpty else { return TextBlock(lines: [], height: 0, naturalWidth: 0) }
            rawLines = breakLines(units, width: width, lineLimit: lineLimit)
            // Broken greedily (a word wider than the measure), a justified paragraph is still
            // justified whole or not at all.
            if alignment == .justify, let width,
               rawLines.indices.contains(where: { exceedsLimits(rawLines[$0], last: $0 == rawLines.count - 1, width: width, style: style) }) {
                alignment = .left
            }
        }
        var truncated = false
        if let maxLines = style.maxLines, maxLines > 0, rawLines.count > maxLines {
            rawLines = Array(rawLines.prefix(maxLines))
            rawLines[maxLines - 1] = ellipsize(rawLines[maxLines - 1], width: width)
            rawLines[maxLines - 1].forced = true
            truncated = true
        }
        let font = spans.first?.style.font ?? Font(family: "", size: 10)
        let metrics = measurer.metrics(of: font)
        // Half-leading: the glyph box sits centred in the line pitch, as CSS does.
        let firstBaseline = (style.lineHeight - (metrics.ascent + metrics.descent)) / 2 + metrics.ascent
        var lines: [TextLine] = []
        var natural = 0.0
        for (i, raw) in rawLines.enumerated() {
            let merged = merge(raw.pieces)
            let w = measured?[i] ?? merged.reduce(0) { $0 + measurer.width(of: $1.text, font: $1.style.font) }
            natural = max(natural, w)
            let x: Double
            var justified: Double? = nil
            var spaceStretch: Double? = nil, letterStretch: Double? = nil
            // Marks hanging into the margins, for text set from the left edge.
            let hung = style.hangsPunctuation && (alignment == .left || alignment == .justify) ? hangs(of: merged) : (left: 0, right: 0)
            switch alignment {
            case .left: x = -hung.left
            case .center: x = width.map { ($0 - w) / 2 } ?? 0
            case .right: x = width.map { $0 - w } ?? 0
            case .justify:
                x = -hung.left
                // Spaces grow to their limit, then Hangul syllables to theirs (klreq); the paragraph
                // was set ragged above if any line would have to grow past them. A last line, and
                // a line without a space, keep their natural width.
                let isLast = i == rawLines.count - 1 || raw.forced
                if let width, !isLast, w < width + hung.left + hung.right, merged.contains(where: { $0.text.utf8.contains(0x20) }) {
                    let size = lineSize(merged)
                    justified = width + hung.left + hung.right
                    spaceStretch = style.justification.spaceStretch * size
                    letterStretch = style.justification.letterStretch * size
                }
            }
            let lineFont = merged.first?.style.font ?? font
            let m = measurer.metrics(of: lineFont)
            lines.append(TextLine(spans: merged,
                                  baseline: Point(x: x, y: firstBaseline + Double(i) * style.lineHeight),
                                  width: w, ascent: m.ascent, descent: m.descent, justifiedWidth: justified,
                                  spaceStretch: spaceStretch, letterStretch: letterStretch))
            lines[lines.count - 1].continuesWord = raw.continuesWord
        }
        return TextBlock(lines: lines, height: Double(lines.count) * style.lineHeight,
                         naturalWidth: natural, truncated: truncated, brokenGroups: rawLines.compactMap(\.breaksGroup))
    }

    /// The loosest line total fit may justify, as its adjustment ratio (1: spaces and syllables
    /// stretched to the theme's limits); past it the paragraph is set ragged-right.
    public static let maxJustifiedRatio = 1.0

    private func lineSize(_ spans: [TextSpan]) -> Double { spans.map(\.style.font.size).max() ?? 10 }

    /// Whether justifying `raw` (not the `last` line) to `width` would grow its spaces or syllable
    /// gaps past the limits of `style`.
    private func exceedsLimits(_ raw: RawLine, last: Bool, width: Double, style: ParagraphStyle) -> Bool {
        guard !last, !raw.forced else { return false }
        let merged = merge(raw.pieces)
        let text = merged.map(\.text).joined()
        let spaces = text.utf8.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
        let w = measure(merged)
        let hung = style.hangsPunctuation ? hangs(of: merged) : (left: 0, right: 0)
        let width = width + hung.left + hung.right
        guard spaces > 0, w < width else { return false }
        let size = lineSize(merged)
        var probe = TextLine(spans: [], baseline: Point(x: 0, y: 0), width: w, ascent: 0, descent: 0)
        probe.spaceStretch = style.justification.spaceStretch * size
        probe.letterStretch = style.justification.letterStretch * size
        let shares = probe.justificationShares(extra: width - w, spaces: spaces, gaps: Self.hangulGaps(in: text))
        return shares.perSpace > probe.spaceStretch! + 1e-9 || shares.perGap > probe.letterStretch! + 1e-9
    }

    /// The natural width of the text on one line.
    public func naturalWidth(of spans: [TextSpan]) -> Double {
        spans.reduce(0) { $0 + measurer.width(of: $1.text, font: $1.style.font) }
    }

    // MARK: - Breaking

    struct RawLine {
        var pieces: [TextSpan]
        var forced: Bool
        /// The group a house rule keeps together that this line's end breaks ("(약 / 97조 5,000억 원)로").
        var breaksGroup: String? = nil
        /// The line ends inside a word, which the next line goes on with.
        var continuesWord = false
    }

    func measure(_ unit: [TextSpan]) -> Double {
        unit.reduce(0) { $0 + measurer.width(of: $1.text, font: $1.style.font) }
    }

    /// The width a space takes between two words as shaped in a line. A lone space is not
    /// enough: Noto Sans CJK's Korean `locl` widens a space only where it sits in Hangul.
    func spaceWidthBetween(_ left: [TextSpan], _ right: [TextSpan]) -> Double { spaceWidth(after: left, before: right) }

    private func spaceWidth(after left: [TextSpan], before right: [TextSpan]) -> Double {
        guard let lastSpan = left.last, let l = lastSpan.text.last, let r = right.first?.text.first else { return 0 }
        return measurer.spaceWidth(after: l, before: r, font: lastSpan.style.font)
    }

    /// Sets `units` into lines greedily, stopping once `lineLimit` lines are set (nil: all of
    /// them); the lines set are the same either way, as a line never depends on what follows it.
    func breakLines(_ units: [Eojeol], width: Double?, lineLimit: Int? = nil) -> [RawLine] {
        var lines: [RawLine] = []
        var current: [TextSpan] = []
        var currentWidth = 0.0
        func finish(forced: Bool) {
            lines.append(RawLine(pieces: current, forced: forced))
            current = []; currentWidth = 0
        }
        var queue = units[...]
        while let unit = queue.popFirst() {
            if let lineLimit, lines.count >= lineLimit { return lines }
            let w = measure(merge(unit.pieces))   // merged: a glued unit's spaces shaped among its words
            // A glued unit wider than the measure breaks first between an amount's groups.
            if let limit = width, w > limit + 1e-9, unit.pieces.contains(where: { $0.text.contains(" ") }) {
                var parts = EojeolSplitter.split(unit.pieces, relaxed: true)
                if parts.count > 1 {
                    parts[parts.count - 1].breakAfter = unit.breakAfter
                    queue = (parts + queue)[...]
                    continue
                }
            }
            let space = current.isEmpty ? 0 : spaceWidth(after: current, before: unit.pieces)
            if let limit = width, !current.isEmpty {
                let estimate = currentWidth + space + w
                // Sums of word widths can differ slightly from the shaped line; check near-full lines exactly.
                let nearFull = estimate > limit - 0.5 * (unit.pieces.first?.style.font.size ?? 0)
                func shapedTooWide() -> Bool {
                    let candidate = current + [TextSpan(" ", style: current[current.count - 1].style)] + unit.pieces
                    return measure(merge(candidate)) > limit + 1e-9
                }
                if estimate > limit + 1e-9 || (nearFull && shapedTooWide()) {
                    finish(forced: false)
                }
            }
            if let limit = width, current.isEmpty, w > limit + 1e-9 {
                // Wider than the whole measure: the one case where a word breaks inside. The word
                // is taken apart into characters once; each line is searched from where the last
                // one ended, without copying the rest of the word.
                let word = LongWord(unit.pieces)
                var start = 0
                while true {
                    guard let (headEnd, tailStart) = breakPoint(in: word, from: start, width: limit) else {
                        // The rest fits: as given when that is the whole word.
                        current = start == 0 ? unit.pieces : word.spans(start..<word.count)
                        currentWidth = measure(current)
                        break
                    }
                    current = word.spans(start..<headEnd); currentWidth = measure(current)
                    if tailStart >= word.count { break }
                    finish(forced: false)
                    if let lineLimit, lines.count >= lineLimit { return lines }
                    start = tailStart
                }
            } else {
                if !current.isEmpty {
                    currentWidth += spaceWidth(after: current, before: unit.pieces)
                    current.append(Eojeol.space(between: current, unit.pieces))
                }
                current.append(contentsOf: unit.pieces)
                currentWidth += w
            }
            if unit.breakAfter { finish(forced: true) }
        }
        if !current.isEmpty { finish(forced: true) }
        return lines
    }

    /// The line cut so that it and an ellipsis fit `width`.
    private func ellipsize(_ line: RawLine, width limit: Double?) -> RawLine {
        guard let style = line.pieces.last?.style else { return line }
        let ellipsis = TextSpan("…", style: style)
        var pieces = line.pieces
        let room = (limit ?? .infinity) - measurer.width(of: "…", font: style.font)
        while !pieces.isEmpty && measure(pieces) > room {
            var last = pieces.removeLast()
            if last.text.count > 1 { last.text.removeLast(); pieces.append(last) }
        }
        while let last = pieces.last, last.text.hasSuffix(" ") {
            pieces[pieces.count - 1].text.removeLast()
            if pieces[pieces.count - 1].text.isEmpty { pieces.removeLast() }
        }
        return RawLine(pieces: pieces + [ellipsis], forced: true)
    }

    /// Neighbouring pieces with the same style and link become one run (one shaping run when drawn).
    func merge(_ pieces: [TextSpan]) -> [TextSpan] {
        var out: [TextSpan] = []
        for p in pieces where !p.text.isEmpty {
            if let last = out.last, last.style == p.style, last.link == p.link {
                out[out.count - 1].text += p.text
            } else {
                out.append(p)
            }
        }
        return out
    }
}
