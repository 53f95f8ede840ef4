/// How a path's outline is stroked.
///
/// ```swift
/// let grid = Stroke(color: Color(hex: "#e0e0e0")!, width: 0.5)
/// ```
public struct Stroke: Equatable, Hashable, Sendable {
    /// The line's end shape.
    public enum Cap: String, Equatable, Hashable, Sendable { case butt, round, square }
    /// How segments meet: a data line's sharp turns would grow miter spikes past the point they mark.
    public enum Join: String, Equatable, Hashable, Sendable { case miter, round, bevel }
    public var color: Color
    public var width: Double
    /// Dash lengths, on and off, in points; empty for a solid line.
    public var dash: [Double]
    public var cap: Cap
    public var join: Join
    /// Creates a stroke.
    public init(color: Color, width: Double, dash: [Double] = [], cap: Cap = .butt, join: Join = .miter) {
        self.color = color; self.width = width; self.dash = dash; self.cap = cap; self.join = join
    }
}
