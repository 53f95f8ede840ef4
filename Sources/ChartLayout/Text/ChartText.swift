import Drawing

/// Single text lines placed by an anchor point, with their boxes, for chart labels.
struct ChartText {
    let measurer: any TextMeasuring

    /// How a label hangs from its anchor point.
    enum Anchor { case start, middle, end }

    /// A one-line label whose baseline sits at `y`, anchored horizontally at `x`.
    func line(_ text: String, style: TextStyle, x: Double, baseline y: Double, anchor: Anchor = .start) -> TextLine {
        let w = measurer.width(of: text, font: style.font)
        let m = measurer.metrics(of: style.font)
        let left: Double
        switch anchor {
        case .start: left = x
        case .middle: left = x - w / 2
        case .end: left = x - w
        }
        return TextLine(spans: [TextSpan(text, style: style)], baseline: Point(x: left, y: y), width: w,
                        ascent: m.ascent, descent: m.descent)
    }

    /// The baseline that centres a line of `font` vertically on `y`.
    func centredBaseline(_ font: Font, on y: Double) -> Double {
        let m = measurer.metrics(of: font)
        return y + (m.ascent - m.descent) / 2
    }

    /// The line moved horizontally so its box lies within `minX...maxX` (when it is narrow enough).
    func clamped(_ line: TextLine, minX: Double, maxX: Double) -> TextLine {
        var l = line
        if l.bounds.maxX > maxX { l.baseline.x -= l.bounds.maxX - maxX }
        if l.bounds.minX < minX { l.baseline.x += minX - l.bounds.minX }
        return l
    }
}

/// Boxes already taken in a chart, so that later labels can avoid them.
struct OccupiedBoxes {
    private(set) var boxes: [Rect] = []
    mutating func add(_ r: Rect) { boxes.append(r) }
    func collides(_ r: Rect, margin: Double = 1) -> Bool {
        let grown = r.insetBy(dx: -margin, dy: -margin)
        return boxes.contains { $0.intersects(grown) }
    }
}
