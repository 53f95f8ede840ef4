import Drawing

/// How a block of text is set: line pitch, alignment and breaking.
///
/// ```swift
/// let body = ParagraphStyle(lineHeight: 17, alignment: .justify)
/// ```
public struct ParagraphStyle: Equatable, Hashable, Sendable {
    /// Horizontal placement of each line within the measure.
    public enum Alignment: String, Equatable, Hashable, Sendable, CaseIterable { case left, center, right, justify }

    /// Distance from one baseline to the next, in points (Korean body text: 160–170 % of the size).
    public var lineHeight: Double
    public var alignment: Alignment
    /// Most lines to set; the last kept line ends with an ellipsis when text is cut. Nil for no limit.
    public var maxLines: Int?

    /// Creates a paragraph style.
    public init(lineHeight: Double, alignment: Alignment = .left, maxLines: Int? = nil) {
        self.lineHeight = lineHeight; self.alignment = alignment; self.maxLines = maxLines
    }
}

/// A paragraph set into lines: baselines relative to the block's top-left corner.
public struct TextBlock: Equatable, Hashable, Sendable {
    /// The lines, top to bottom.
    public var lines: [TextLine]
    /// Total height: line count × line height.
    public var height: Double
    /// Width of the widest line (natural widths, before justification).
    public var naturalWidth: Double
    /// True when `maxLines` cut the text short.
    public var truncated: Bool

    /// Creates a text block.
    public init(lines: [TextLine], height: Double, naturalWidth: Double, truncated: Bool = false) {
        self.lines = lines; self.height = height; self.naturalWidth = naturalWidth; self.truncated = truncated
    }

    /// The block's lines as frame items moved by `origin`.
    public func items(at origin: Point) -> [FrameItem] {
        lines.map { line in
            var moved = line
            moved.baseline = line.baseline.offsetBy(dx: origin.x, dy: origin.y)
            return .text(moved)
        }
    }
}
