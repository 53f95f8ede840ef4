/// A point in points (1/72 inch), y growing downwards as on a page.
///
/// ```swift
/// let p = Point(x: 72, y: 100)
/// ```
public struct Point: Equatable, Hashable, Sendable {
    public var x: Double
    public var y: Double
    /// Creates a point.
    public init(x: Double, y: Double) { self.x = x; self.y = y }
    /// The origin, (0, 0).
    public static let zero = Point(x: 0, y: 0)
    /// This point moved by `dx`, `dy`.
    public func offsetBy(dx: Double = 0, dy: Double = 0) -> Point { Point(x: x + dx, y: y + dy) }
}

/// A width and a height in points.
///
/// ```swift
/// let a4 = Size(width: 595.276, height: 841.89)
/// ```
public struct Size: Equatable, Hashable, Sendable {
    public var width: Double
    public var height: Double
    /// Creates a size.
    public init(width: Double, height: Double) { self.width = width; self.height = height }
    /// A zero size.
    public static let zero = Size(width: 0, height: 0)
}

/// An axis-aligned rectangle: origin at its top-left corner.
///
/// ```swift
/// let r = Rect(x: 0, y: 0, width: 100, height: 20)
/// r.intersects(Rect(x: 50, y: 10, width: 10, height: 10))  // true
/// ```
public struct Rect: Equatable, Hashable, Sendable {
    public var origin: Point
    public var size: Size
    /// Creates a rectangle from its top-left corner and size.
    public init(origin: Point, size: Size) { self.origin = origin; self.size = size }
    /// Creates a rectangle from its top-left corner and size.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.init(origin: Point(x: x, y: y), size: Size(width: width, height: height))
    }
    /// The left edge.
    public var minX: Double { origin.x }
    /// The top edge.
    public var minY: Double { origin.y }
    /// The right edge.
    public var maxX: Double { origin.x + size.width }
    /// The bottom edge.
    public var maxY: Double { origin.y + size.height }
    /// The width.
    public var width: Double { size.width }
    /// The height.
    public var height: Double { size.height }
    /// The horizontal centre.
    public var midX: Double { origin.x + size.width / 2 }
    /// The vertical centre.
    public var midY: Double { origin.y + size.height / 2 }

    /// True when the two rectangles share interior area (touching edges do not count).
    public func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }
    /// True when `other` lies inside this rectangle, within `tolerance` points.
    public func contains(_ other: Rect, tolerance: Double = 1e-6) -> Bool {
        other.minX >= minX - tolerance && other.maxX <= maxX + tolerance
            && other.minY >= minY - tolerance && other.maxY <= maxY + tolerance
    }
    /// The smallest rectangle holding both.
    public func union(_ other: Rect) -> Rect {
        let x0 = Swift.min(minX, other.minX), y0 = Swift.min(minY, other.minY)
        let x1 = Swift.max(maxX, other.maxX), y1 = Swift.max(maxY, other.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
    /// This rectangle shrunk by `dx` on the left and right and `dy` on the top and bottom.
    public func insetBy(dx: Double, dy: Double) -> Rect {
        Rect(x: minX + dx, y: minY + dy, width: width - 2 * dx, height: height - 2 * dy)
    }
    /// This rectangle moved by `dx`, `dy`.
    public func offsetBy(dx: Double, dy: Double) -> Rect {
        Rect(origin: origin.offsetBy(dx: dx, dy: dy), size: size)
    }
}
