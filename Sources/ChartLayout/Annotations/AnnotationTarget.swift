import Drawing

/// What an annotation points at: a mark's rectangle (a bar, a span of a time axis) or a point
/// (a line's vertex, a dot), and which way its value end faces.
///
/// Text set directly against the `end`, centred on the target's own band, reads as belonging
/// to it and needs no leader; anywhere else a leader line is drawn to the target.
///
/// ```swift
/// let bar = AnnotationTarget(rect: Rect(x: 80, y: 40, width: 300, height: 18), end: .right,
///                            attachments: [valueLabelBox])
/// let dot = AnnotationTarget.point(Point(x: 120, y: 64))
/// ```
public struct AnnotationTarget: Equatable, Sendable {
    /// A side of a rectangle.
    public enum Side: String, Equatable, Sendable, CaseIterable { case left, right, top, bottom }

    /// The mark itself; a point is a rectangle of no size. Leaders stop short of it.
    public var rect: Rect
    /// The side the mark's value end faces (a positive horizontal bar: `.right`; a column: `.top`);
    /// nil for a point or a span, which have no end: text then only goes beside them with a leader
    /// unless set against their right side.
    public var end: Side?
    /// Boxes that belong to the mark and sit beyond its end, such as its value label: text set
    /// after them on the mark's band still reads as the mark's.
    public var attachments: [Rect]

    /// Creates a target.
    public init(rect: Rect, end: Side? = nil, attachments: [Rect] = []) {
        self.rect = rect; self.end = end; self.attachments = attachments
    }

    /// A point target, such as a vertex of a line chart.
    public static func point(_ p: Point) -> AnnotationTarget { AnnotationTarget(rect: Rect(x: p.x, y: p.y, width: 0, height: 0)) }

    /// A span along an axis (a period on a time axis, a range of values), as the rectangle it covers.
    public static func span(_ rect: Rect) -> AnnotationTarget { AnnotationTarget(rect: rect) }

    /// The mark with its attachments: what the text must be nearer to than to any other mark.
    public var extent: Rect { attachments.reduce(rect) { $0.union($1) } }
}

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
    /// Every other mark an annotation could be read as belonging to (bars, with their value labels),
    /// the target excluded. Text nearer to one of these than to its target always gets a leader.
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

/// A straight line between two points, for obstacles and leaders.
///
/// ```swift
/// let line = Segment(Point(x: 200, y: 30), Point(x: 200, y: 180))
/// ```
public struct Segment: Equatable, Hashable, Sendable {
    public var a: Point
    public var b: Point
    /// Creates a segment from `a` to `b`.
    public init(_ a: Point, _ b: Point) { self.a = a; self.b = b }
    /// The length.
    public var length: Double { ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot() }
}
