import Drawing

/// Total-fit paragraph breaking (Knuth and Plass) for justified text.
///
/// Greedy breaking fills each line as far as it goes and leaves the next to cope: a long
/// unbreakable eojeol ("672억 달러(약 97조 5,000억 원)로") then forces the line before it to
/// stretch each space by up to 1 em. Total fit chooses all the breaks of a paragraph at once,
/// so that the sum of every line's demerits is least: a line's badness grows with the cube of
/// how far it must stretch against what it can (spaces to ``Justification/spaceStretch``, Hangul
/// syllables to ``Justification/letterStretch``), and a last line of one eojeol costs extra.
/// Lines are never set wider than the measure. Breaks stay keep-all: only between eojeols.
extension TextLayouter {
    /// Demerits per line, so fewer lines are preferred at equal fit (TeX's \linepenalty).
    static let linePenalty = 10.0
    /// Extra demerits for a last line holding a single eojeol.
    static let lonelyLastWord = 3_000.0
    /// Demerits for breaking where a house rule would rather not ("약" from its number): paid
    /// only to spare a line stretched about a third past its limits.
    static let softBreakPenalty = 50_000.0
    /// Adjustment ratios beyond this count as this, so a paragraph that cannot be set well is
    /// still set, as evenly as it can be.
    static let maxRatio = 10.0

    /// Extra demerits for two hyphenated lines in a row: twice TeX's \doublehyphendemerits, as
    /// dear as a line stretched about 1.2 times its limits, so a pair is set only to spare one.
    static let doubleHyphenDemerits = 20_000.0
    /// Extra demerits for hyphenating the line before the last (TeX's \finalhyphendemerits).
    static let finalHyphenDemerits = 5_000.0
    /// Extra demerits for a last line holding nothing but a hyphenated word's tail: as dear as a
    /// line stretched twice its limits, because an editor never lets a paragraph end on half a word.
    static let tailAloneDemerits = 1_000_000.0

    /// The lines of `units` broken for a justified measure `width`, or nil when total fit does
    /// not apply: a word wider than the measure (broken inside, greedily), or a measure that
    /// shaping disagrees with. With a `hyphenator`, English words may break at its points.
    ///
    /// Keep-all first, every house-rule group whole; when that leaves a line stretched past its
    /// limits (a word space over 0.6 em at the defaults), the paragraph is broken again with
    /// breaks between the syllables of its Hangul words allowed, at a cost, as klreq §4.4.2
    /// allows, and then, dearer still, "약" parted from its number; the better setting is kept.
    /// The ratio returned is the loosest line's: over 1, a line stretches past the limits.
    func totalFitLines(_ units: [Eojeol], width: Double, justification: Justification,
                       hyphenator: Hyphenator? = nil, hangs: Bool = false) -> (lines: [RawLine], worstRatio: Double)? {
        let strict = totalFit(units, width: width, justification: justification, hyphenator: hyphenator, hangs: hangs, relaxed: false)
        if let strict, strict.worstRatio <= 1 + 1e-9 { return strict }
        guard let relaxed = totalFit(units, width: width, justification: justification, hyphenator: hyphenator, hangs: hangs,
                                     relaxed: true) else { return strict }
        guard let strict else { return relaxed }
        return relaxed.worstRatio < strict.worstRatio ? relaxed : strict
    }

    /// One breaking of the paragraph, strict (keep-all) or `relaxed`, with its loosest line's ratio.
    func totalFit(_ units: [Eojeol], width: Double, justification: Justification, hyphenator: Hyphenator?, hangs: Bool = false,
                  relaxed: Bool) -> (lines: [RawLine], worstRatio: Double)? {
        guard !units.isEmpty else { return ([], 0) }
        let items = FitItem.items(units, hyphenator: hyphenator, relaxed: relaxed)
        let widths = items.map { measure(merge($0.pieces)) }   // merged: a glued unit's spaces shaped among its words
        guard widths.allSatisfy({ $0 <= width + 1e-9 }) else { return nil }
        var lines: [RawLine] = []
        var worst = 0.0
        var start = 0
        // Forced breaks (newlines) end a paragraph of their own.
        for end in items.indices where items[end].breakAfter || end == items.count - 1 {
            let segment = Array(items[start...end])
            guard let (breaks, ratio) = bestBreaks(segment, widths: Array(widths[start...end]), width: width, justification: justification,
                                                   softBreaks: relaxed, hangs: hangs) else { return nil }
            worst = max(worst, ratio)
            var from = 0
            for to in breaks {
                let last = to == segment.count - 1
                var line = RawLine(pieces: FitItem.line(segment[from...to], hyphenated: !last), forced: last)
                line.continuesWord = !last && segment[to].joint != .space
                if !last, segment[to + 1].softlyJoined {
                    line.breaksGroup = segment[to].pieces.map(\.text).joined() + " / " + segment[to + 1].pieces.map(\.text).joined()
                }
                lines.append(line)
                from = to + 1
            }
            start = end + 1
        }
        return (lines, worst)
    }

    /// The last index (into `items`) of each line, by least total demerits, and the largest
    /// adjustment ratio among those lines (1: stretched exactly to the limits).
    /// Without `softBreaks`, never before an item that is ``FitItem/softlyJoined``. With `hangs`,
    /// a bracket or quote at a line's edge takes no room in the measure (it hangs in the margin).
    private func bestBreaks(_ items: [FitItem], widths: [Double], width: Double, justification: Justification,
                            softBreaks: Bool, hangs: Bool) -> ([Int], Double)? {
        let n = items.count
        var joints = [Double](repeating: 0, count: n)       // the space after each item, on its line
        var hyphens = [Double](repeating: 0, count: n)      // the hyphen added when a line ends after it
        var inner = [Int](repeating: 0, count: n)           // spaces inside an item (a glued unit)
        var gaps = [Int](repeating: 0, count: n)            // Hangul syllable pairs inside an item
        var gapAfter = [Int](repeating: 0, count: n)        // 1 where an item meets the next between two syllables
        var em = [Double](repeating: 10, count: n)
        let edges = hangs ? items.map { self.hangs(of: $0.pieces) } : []
        let widestHang = edges.map(\.left).max() ?? 0
        for (i, item) in items.enumerated() {
            switch item.joint {
            case .space: if i + 1 < n { joints[i] = spaceWidthBetween(item.pieces, items[i + 1].pieces) }
            case .hyphen: if let style = item.pieces.last?.style { hyphens[i] = measurer.width(of: "-", font: style.font) }
            case .none: break
            }
            let text = item.pieces.map(\.text).joined()
            inner[i] = text.utf8.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
            gaps[i] = Self.hangulGaps(in: text)
            em[i] = item.pieces.map(\.style.font.size).max() ?? 10
            if item.joint != .space, i + 1 < n, let l = text.unicodeScalars.last,
               let r = items[i + 1].pieces.first?.text.unicodeScalars.first,
               Self.isHangulSyllable(l), Self.isHangulSyllable(r) { gapAfter[i] = 1 }
        }
        var best = [Double](repeating: .infinity, count: n + 1)
        var previous = [Int](repeating: -1, count: n + 1)
        var ratios = [Double](repeating: 0, count: n + 1)    // the ratio of the best line ending at each break
        best[0] = 0
        for b in 0..<n {
            var natural = 0.0, spaceCount = 0, gapCount = 0, size = 0.0
            let last = b == n - 1
            var a = b
            while a >= 0 {
                natural += widths[a] + (a < b ? joints[a] : 0)
                spaceCount += inner[a] + (a < b && items[a].joint == .space ? 1 : 0)
                gapCount += gaps[a] + (a < b ? gapAfter[a] : 0)
                size = max(size, em[a])
                let hungRight = hangs && (last || items[b].joint != .hyphen) ? edges[b].right : 0
                if natural - widestHang - hungRight > width + 1e-9 { break }
                let lineWidth = natural + (last ? 0 : hyphens[b]) - (hangs ? edges[a].left : 0) - hungRight
                if best[a] < .infinity, lineWidth <= width + 1e-9, softBreaks || last || !items[b + 1].softlyJoined {
                    var badness = 0.0, ratio = 0.0
                    if !last {
                        // How far the line stretches against what it can: 1 when spaces and syllables
                        // reach their limits together.
                        let stretch = (Double(spaceCount) * justification.spaceStretch + Double(gapCount) * justification.letterStretch) * size
                        ratio = stretch > 0 ? min((width - lineWidth) / stretch, Self.maxRatio) : (width - lineWidth > 1e-9 ? Self.maxRatio : 0)
                        badness = 100 * ratio * ratio * ratio
                    }
                    var demerits = (Self.linePenalty + badness) * (Self.linePenalty + badness)
                    if last, a == b, n > 1 { demerits += Self.lonelyLastWord }
                    if !last {
                        if items[b + 1].softlyJoined { demerits += Self.softBreakPenalty }
                        demerits += items[b].breakDemerits
                        if items[b].joint == .hyphen, a > 0, items[a - 1].joint == .hyphen { demerits += Self.doubleHyphenDemerits }
                    } else if a > 0, items[a - 1].joint == .hyphen {
                        demerits += a == b ? Self.tailAloneDemerits : Self.finalHyphenDemerits
                    }
                    if best[a] + demerits < best[b + 1] {
                        best[b + 1] = best[a] + demerits
                        previous[b + 1] = a
                        ratios[b + 1] = ratio
                    }
                }
                a -= 1
            }
        }
        guard best[n] < .infinity else { return nil }
        var breaks: [Int] = []
        var worst = 0.0
        var at = n
        while at > 0 {
            breaks.append(at - 1)
            worst = max(worst, ratios[at])
            at = previous[at]
            if at < 0 { return nil }
        }
        return (breaks.reversed(), worst)
    }

    /// Whether `scalar` is a precomposed Hangul syllable.
    static func isHangulSyllable(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }

    /// Pairs of neighbouring Hangul syllables in `text`: the places klreq lets a justified line
    /// spread (never inside Latin words or numbers, never next to punctuation).
    public static func hangulGaps(in text: String) -> Int {
        var count = 0
        var previousIsHangul = false
        for scalar in text.unicodeScalars {
            let hangul = isHangulSyllable(scalar)
            if hangul && previousIsHangul { count += 1 }
            previousIsHangul = hangul
        }
        return count
    }
}
