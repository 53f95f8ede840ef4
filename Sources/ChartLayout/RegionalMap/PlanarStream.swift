import Drawing

/// The one small protocol projected geometry flows through: rings as moves, lines and
/// closes. A stream can build a ``Path``, measure bounds or measure area.
///
/// ```swift
/// var bounds = BoundsStream()
/// projection.stream(feature, into: &bounds)
/// ```
public protocol PlanarStream {
    mutating func move(to p: Point)
    mutating func line(to p: Point)
    mutating func closeRing()
}

extension PlanarStream {
    /// Streams rings (each closed implicitly).
    public mutating func rings(_ rings: [[Point]]) {
        for ring in rings where !ring.isEmpty {
            move(to: ring[0])
            for p in ring.dropFirst() { line(to: p) }
            closeRing()
        }
    }
}

/// Builds a ``Path`` from streamed rings.
public struct PathStream: PlanarStream {
    public private(set) var path = Path()
    /// Creates an empty path stream.
    public init() {}
    public mutating func move(to p: Point) { path.move(to: p) }
    public mutating func line(to p: Point) { path.line(to: p) }
    public mutating func closeRing() { path.close() }
}

/// Measures the box around streamed points.
public struct BoundsStream: PlanarStream {
    var x0 = Double.infinity, y0 = Double.infinity, x1 = -Double.infinity, y1 = -Double.infinity
    /// Creates an empty measurer.
    public init() {}
    public mutating func move(to p: Point) { add(p) }
    public mutating func line(to p: Point) { add(p) }
    public mutating func closeRing() {}
    mutating func add(_ p: Point) { x0 = min(x0, p.x); y0 = min(y0, p.y); x1 = max(x1, p.x); y1 = max(y1, p.y) }
    /// The bounds, or nil when nothing was streamed.
    public var rect: Rect? { x0.isFinite ? Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0) : nil }
}

/// Measures the signed area of streamed rings (shoelace; positive for clockwise rings on a
/// y-down page), so holes wound the other way subtract.
public struct AreaStream: PlanarStream {
    public private(set) var area = 0.0
    var first: Point?, last: Point?
    /// Creates a zero measurer.
    public init() {}
    public mutating func move(to p: Point) { first = p; last = p }
    public mutating func line(to p: Point) {
        if let l = last { area += (l.x * p.y - p.x * l.y) / 2 }
        last = p
    }
    public mutating func closeRing() {
        if let f = first { line(to: f) }
        first = nil; last = nil
    }
}
