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

    /// Creates a line.
    public init(spans: [TextSpan], baseline: Point, width: Double, ascent: Double, descent: Double,
                justifiedWidth: Double? = nil) {
        self.spans = spans; self.baseline = baseline; self.width = width
        self.ascent = ascent; self.descent = descent; self.justifiedWidth = justifiedWidth
    }

    /// The line's text, all runs joined.
    public var text: String { spans.map(\.text).joined() }

    /// The box the line occupies: from ascent above to descent below the baseline.
    public var bounds: Rect {
        Rect(x: baseline.x, y: baseline.y - ascent, width: justifiedWidth ?? width, height: ascent + descent)
    }
}
