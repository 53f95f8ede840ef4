/// A vector outline: straight and cubic segments in points.
///
/// ```swift
/// var p = Path()
/// p.move(to: Point(x: 0, y: 0)); p.line(to: Point(x: 10, y: 0))
/// let bar = Path(rect: Rect(x: 0, y: 0, width: 120, height: 14))
/// ```
public struct Path: Equatable, Hashable, Sendable {
    /// One step of a path.
    public enum Element: Equatable, Hashable, Sendable {
        case move(Point)
        case line(Point)
        case curve(Point, Point, Point)
        case close
    }

    /// The steps, in drawing order.
    public private(set) var elements: [Element] = []

    /// An empty path.
    public init() {}

    /// A closed rectangle.
    public init(rect: Rect) {
        move(to: rect.origin)
        line(to: Point(x: rect.maxX, y: rect.minY))
        line(to: Point(x: rect.maxX, y: rect.maxY))
        line(to: Point(x: rect.minX, y: rect.maxY))
        close()
    }

    /// A straight segment from `a` to `b`.
    public init(line a: Point, to b: Point) {
        move(to: a); line(to: b)
    }

    /// Starts a new subpath at `p`.
    public mutating func move(to p: Point) { elements.append(.move(p)) }
    /// Adds a straight segment to `p`.
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    /// Adds a cubic Bézier segment.
    public mutating func curve(to p: Point, control1: Point, control2: Point) {
        elements.append(.curve(control1, control2, p))
    }
    /// Closes the current subpath.
    public mutating func close() { elements.append(.close) }

    /// True when the path has no segments.
    public var isEmpty: Bool { elements.isEmpty }

    /// The box around every point of the path, control points included (a safe over-estimate); nil when empty.
    public var bounds: Rect? {
        var x0 = Double.infinity, y0 = Double.infinity, x1 = -Double.infinity, y1 = -Double.infinity
        func add(_ p: Point) { x0 = min(x0, p.x); y0 = min(y0, p.y); x1 = max(x1, p.x); y1 = max(y1, p.y) }
        for e in elements {
            switch e {
            case .move(let p), .line(let p): add(p)
            case .curve(let a, let b, let c): add(a); add(b); add(c)
            case .close: break
            }
        }
        return x0.isFinite ? Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0) : nil
    }
}
