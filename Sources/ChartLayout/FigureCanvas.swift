import Drawing

/// Puts a laid-out figure on a canvas of its own for standalone files: a margin around it and,
/// unless transparent, a background, so it can be dropped onto a slide as it is.
///
/// ```swift
/// let slide = FigureCanvas(margin: 24, background: .white).frame(chartFrame, alt: chart.altText)
/// ```
public struct FigureCanvas: Equatable, Sendable {
    public var margin: Double
    /// Nil for a transparent canvas.
    public var background: Color?

    /// Creates a canvas style.
    public init(margin: Double, background: Color?) { self.margin = margin; self.background = background }

    /// The size a figure of `content` size needs on this canvas.
    public func size(around content: Size) -> Size {
        Size(width: content.width + 2 * margin, height: content.height + 2 * margin)
    }

    /// The content size that fills a canvas of `size`.
    public func contentSize(in size: Size) -> Size {
        Size(width: max(1, size.width - 2 * margin), height: max(1, size.height - 2 * margin))
    }

    /// `figure` placed inside the margin, tagged as a figure with its alternative text.
    public func frame(_ figure: Frame, alt: String) -> Frame {
        var frame = Frame(size: size(around: figure.size))
        if let background {
            frame.append(.path(PathItem(Path(rect: Rect(origin: .zero, size: frame.size)), fill: background)))
        }
        frame.place(figure, at: Point(x: margin, y: margin), tag: .figure(alt: alt))
        return frame
    }
}
