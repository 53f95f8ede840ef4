/// The characters a document draws in each font: what a renderer needs to know before the
/// first page, to cut its fonts down, when pages are drawn one at a time and never all held.
///
/// ```swift
/// var usage = FontUsage()
/// usage.add(frame)
/// usage.add(TextSpan("1 / 12", style: footer))
/// ```
public struct FontUsage: Equatable, Sendable {
    /// The characters drawn in each font.
    public private(set) var scalars: [Font: Set<Unicode.Scalar>] = [:]

    /// An empty usage.
    public init() {}

    /// The characters `frames` draw.
    public init(_ frames: [Frame]) {
        for frame in frames { add(frame) }
    }

    /// Adds the characters of one span.
    public mutating func add(_ span: TextSpan) {
        scalars[span.style.font, default: []].formUnion(span.text.unicodeScalars)
    }

    /// Adds every span of a line.
    public mutating func add(_ line: TextLine) {
        for span in line.spans { add(span) }
    }

    /// Adds every text line in `items`, groups included.
    public mutating func add(_ items: [FrameItem]) {
        for item in items {
            switch item {
            case .text(let line): add(line)
            case .group(let g): add(g.items)
            case .path, .link, .anchor: break
            }
        }
    }

    /// Adds every text line of a frame.
    public mutating func add(_ frame: Frame) { add(frame.items) }

    /// Adds everything another usage holds.
    public mutating func add(_ other: FontUsage) {
        for (font, set) in other.scalars { scalars[font, default: []].formUnion(set) }
    }

    /// Whether every character of `other` is here in the same font.
    public func covers(_ other: FontUsage) -> Bool {
        other.scalars.allSatisfy { font, set in set.isSubset(of: scalars[font] ?? []) }
    }
}
