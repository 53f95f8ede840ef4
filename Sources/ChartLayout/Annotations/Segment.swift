import Drawing

/// A straight line between two points, for obstacles and leaders.
///
/// ```swift
/// let line = Segment(Point(x: 200, y: 30), Point(x: 200, y: 180))
/// ```
public struct Segment: Equatable, Hashable, Sendable {
    /// One end.
    public var a: Point
    /// The other end.
    public var b: Point
    /// Creates a segment from `a` to `b`.
    public init(_ a: Point, _ b: Point) { self.a = a; self.b = b }
    /// The length.
    public var length: Double { ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot() }
}

extension Segment {
    /// Whether an end of the segment lies within `distance` of `p`: the lines that run through a
    /// data point an annotation points at.
    public func touches(_ p: Point, within distance: Double) -> Bool {
        func near(_ q: Point) -> Bool { ((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)).squareRoot() <= distance }
        return near(a) || near(b)
    }
}
