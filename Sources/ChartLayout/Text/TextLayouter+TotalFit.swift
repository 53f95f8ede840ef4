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

    /// The lines of `units` broken for a justified measure `width`, or nil when total fit does
    /// not apply: a word wider than the measure (broken inside, greedily), or a measure that
    /// shaping disagrees with.
    func totalFitLines(_ units: [Eojeol], width: Double, justification: Justification) -> [RawLine]? {
        guard !units.isEmpty else { return [] }
        let widths = units.map { measure($0.pieces) }
        guard widths.allSatisfy({ $0 <= width + 1e-9 }) else { return nil }
        var lines: [RawLine] = []
        var start = 0
        // Forced breaks (newlines) end a paragraph of their own.
        for end in units.indices where units[end].breakAfter || end == units.count - 1 {
            let segment = Array(start...end)
            guard let breaks = bestBreaks(segment, units: units, widths: widths, width: width, justification: justification) else { return nil }
            var from = 0
            for to in breaks {
                var pieces: [TextSpan] = []
                for k in segment[from...to] {
                    if !pieces.isEmpty { pieces.append(Eojeol.space(between: pieces, units[k].pieces)) }
                    pieces += units[k].pieces
                }
                let last = to == segment.count - 1
                lines.append(RawLine(pieces: pieces, forced: last))
                from = to + 1
            }
            start = end + 1
        }
        return lines
    }

    /// The last index (into `segment`) of each line, by least total demerits.
    private func bestBreaks(_ segment: [Int], units: [Eojeol], widths: [Double], width: Double,
                            justification: Justification) -> [Int]? {
        let n = segment.count
        var spaces = [Double](repeating: 0, count: n)      // the space before each unit
        var inner = [Int](repeating: 0, count: n)           // spaces inside a glued unit
        var gaps = [Int](repeating: 0, count: n)            // Hangul syllable pairs inside a unit
        var em = [Double](repeating: 10, count: n)
        for (i, k) in segment.enumerated() {
            if i > 0 { spaces[i] = spaceWidthBetween(units[segment[i - 1]].pieces, units[k].pieces) }
            let text = units[k].text
            inner[i] = text.utf8.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
            gaps[i] = Self.hangulGaps(in: text)
            em[i] = units[k].pieces.map(\.style.font.size).max() ?? 10
        }
        var best = [Double](repeating: .infinity, count: n + 1)
        var previous = [Int](repeating: -1, count: n + 1)
        best[0] = 0
        for b in 0..<n {
            var natural = 0.0, spaceCount = 0, gapCount = 0, size = 0.0
            var a = b
            while a >= 0 {
                natural += widths[segment[a]] + (a < b ? spaces[a + 1] : 0)
                spaceCount += inner[a] + (a < b ? 1 : 0)
                gapCount += gaps[a]
                size = max(size, em[a])
                if natural > width + 1e-9 { break }
                if best[a] < .infinity {
                    let last = b == n - 1
                    var badness = 0.0
                    if !last {
                        // How far the line stretches against what it can: 1 when spaces and syllables
                        // reach their limits together.
                        let stretch = (Double(spaceCount) * justification.spaceStretch + Double(gapCount) * justification.letterStretch) * size
                        let ratio = stretch > 0 ? min((width - natural) / stretch, Self.maxRatio) : (width - natural > 1e-9 ? Self.maxRatio : 0)
                        badness = 100 * ratio * ratio * ratio
                    }
                    var demerits = (Self.linePenalty + badness) * (Self.linePenalty + badness)
                    if last, a == b, n > 1 { demerits += Self.lonelyLastWord }
                    if b + 1 < n, units[segment[b + 1]].softlyJoined { demerits += Self.softBreakPenalty }
                    if best[a] + demerits < best[b + 1] {
                        best[b + 1] = best[a] + demerits
                        previous[b + 1] = a
                    }
                }
                a -= 1
            }
        }
        guard best[n] < .infinity else { return nil }
        var breaks: [Int] = []
        var at = n
        while at > 0 {
            breaks.append(at - 1)
            at = previous[at]
            if at < 0 { return nil }
        }
        return breaks.reversed()
    }

    /// Pairs of neighbouring Hangul syllables in `text`: the places klreq lets a justified line
    /// spread (never inside Latin words or numbers, never next to punctuation).
    public static func hangulGaps(in text: String) -> Int {
        var count = 0
        var previousIsHangul = false
        for scalar in text.unicodeScalars {
            let hangul = (0xAC00...0xD7A3).contains(scalar.value)
            if hangul && previousIsHangul { count += 1 }
            previousIsHangul = hangul
        }
        return count
    }
}
