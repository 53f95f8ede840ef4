import Drawing

/// What annotation text and leaders must keep clear of, and the marks a reader could take an
/// annotation to be about.
///
/// ```swift
/// var obstacles = AnnotationObstacles(rects: bars + labels, segments: [referenceLine], marks: otherBars)
/// if let placed = placer.place("중국의 약 9배", target: target, obstacles: obstacles, area: plot) {
///     obstacles.add(placed)
/// }
/// ```
public struct AnnotationObstacles: Equatable, Sendable {
    /// Boxes nothing may touch: marks, labels, earlier annotations.
    public var rects: [Rect]
    /// Lines nothing may cross: reference lines, zero lines, earlier leaders.
    public var segments: [Segment]
    /// Every other mark an annotation could be read as belonging to (bars, dots), the target
    /// excluded. Text nearer to one of these than to its target (with its attachments) always gets a leader.
    public var marks: [Rect]

    /// Creates an obstacle set.
    public init(rects: [Rect] = [], segments: [Segment] = [], marks: [Rect] = []) {
        self.rects = rects; self.segments = segments; self.marks = marks
    }

    /// Adds a placed annotation's text box and leader, so that later ones keep clear of both; the
    /// box grows by `margin`, so that two annotations never read as one paragraph.
    public mutating func add(_ placed: PlacedAnnotation, margin: Double = 4) {
        rects.append(placed.box.insetBy(dx: -margin, dy: -margin))
        segments += placed.leaderSegments
    }
}
