/// One laid-out line of text: its runs, where its baseline starts, and its measured extent.
///
/// Layout breaks paragraphs into lines; the renderer draws each line exactly where it says,
/// so PDF, SVG and PNG can never break a paragraph differently.
///
/// ```swift
/// let line = TextLine(spans: [TextSpan("중국", style: s)], baseline: Point(x: 72, y: 100),
///                     width: 18.4, ascent: 8.8, descent: 2.2)
/// ```
public struct TextLine: Equatable, Hashable, Sendable {
    public var spans: [TextSpan]
    /// Start of the baseline (the left end of the line's first glyph).
    public var baseline: Point
    /// Natural advance width of the line.
    public var width: Double
    public var ascent: Double
    public var descent: Double
    /// When set, the renderer stretches the line's spaces so it is exactly this wide.
    public var justifiedWidth: Double?
    /// For a justified line, the most each space grows (points) before the rest of the width is
    /// spread between Hangul syllables, up to ``letterStretch`` a gap (klreq); nil: spaces only.
    public var spaceStretch: Double?
    /// The most added between two Hangul syllables of a justified line, in points.
    public var letterStretch: Double?
    /// Whether the line ends inside a word that the next line goes on with (an address broken at
    /// a slash, a word before its bracket, syllables of a long word): text read across the lines
    /// joins them without a space.
    public var continuesWord = false

    /// Creates a line.
    public init(spans: [TextSpan], baseline: Point, width: Double, ascent: Double, descent: Double,
                justifiedWidth: Double? = nil, spaceStretch: Double? = nil, letterStretch: Double? = nil) {
        self.spans = spans; self.baseline = baseline; self.width = width
        self.ascent = ascent; self.descent = descent; self.justifiedWidth = justifiedWidth
        self.spaceStretch = spaceStretch; self.letterStretch = letterStretch
    }

    /// How a justified line's `extra` width is shared (klreq): each of `spaces` word spaces grows
    /// first, up to ``spaceStretch``; then each of `gaps` places between two Hangul syllables, up
    /// to ``letterStretch``; past both limits the two grow together in proportion to them, so a
    /// loose line spreads its slack rather than opening one kind of gap. Without limits, or without
    /// syllable gaps, the spaces take it all.
    ///
    /// ```swift
    /// // 10 pt text, limits 3 pt and 0.5 pt: 12 pt over 2 spaces and 10 gaps
    /// line.justificationShares(extra: 12, spaces: 2, gaps: 10)   // (perSpace: 3.6, perGap: 0.6)
    /// ```
    public func justificationShares(extra: Double, spaces: Int, gaps: Int) -> (perSpace: Double, perGap: Double) {
        guard extra > 0 else { return (0, 0) }
        guard let s = spaceStretch, let c = letterStretch, gaps > 0, c > 0 else { return (spaces > 0 ? extra / Double(spaces) : 0, 0) }
        guard spaces > 0 else { return (0, extra / Double(gaps)) }
        let spaceRoom = Double(spaces) * s, room = spaceRoom + Double(gaps) * c
        if extra <= spaceRoom { return (extra / Double(spaces), 0) }
        if extra <= room { return (s, (extra - spaceRoom) / Double(gaps)) }
        let scale = extra / room
        return (s * scale, c * scale)
    }

    /// The line's text, all runs joined.
    public var text: String { spans.map(\.text).joined() }

    /// The box the line occupies: from ascent above to descent below the baseline.
    public var bounds: Rect {
        Rect(x: baseline.x, y: baseline.y - ascent, width: justifiedWidth ?? width, height: ascent + descent)
    }
}
