import Drawing

/// An annotation as placed: its text block, where it stands, and its leader line (if any).
///
/// ```swift
/// items += placed.items(style: style)
/// ```
public struct PlacedAnnotation: Equatable, Sendable {
    /// The text, wrapped, with lines relative to `origin`.
    public var block: TextBlock
    /// The top-left corner of the block.
    public var origin: Point
    /// The box around the set lines (their ascent to descent, their widths).
    public var box: Rect
    /// The leader's points, text end first: two for a straight leader, three for one with an
    /// elbow; empty when the text sits directly against its target's end on the target's band.
    public var leader: [Point]

    /// Creates a placed annotation.
    public init(block: TextBlock, origin: Point, box: Rect, leader: [Point]) {
        self.block = block; self.origin = origin; self.box = box; self.leader = leader
    }

    /// The leader as segments.
    public var leaderSegments: [Segment] {
        leader.count < 2 ? [] : (1..<leader.count).map { Segment(leader[$0 - 1], leader[$0]) }
    }

    /// The text lines and the leader as frame items.
    public func items(style: AnnotationStyle) -> [FrameItem] {
        var items = block.items(at: origin)
        if leader.count >= 2 {
            var path = Path()
            path.move(to: leader[0])
            leader.dropFirst().forEach { path.line(to: $0) }
            items.append(.path(PathItem(path, stroke: Stroke(color: style.leaderColor, width: style.leaderWidth))))
        }
        return items
    }
}
