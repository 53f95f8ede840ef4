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
