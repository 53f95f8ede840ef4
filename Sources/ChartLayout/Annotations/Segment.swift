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
