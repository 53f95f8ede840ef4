import Drawing

/// Shapes the text of pages with an engine of its own, so that one thread shapes the next page
/// while another draws this one: shaping was a quarter of the drawing thread's time.
///
/// Make the shaper over the fonts the drawing engine uses (glyph ids are a face's own), and hand
/// each page's ``ShapedPage`` to ``PDFWriter/add(_:shaped:)`` with the page. Neither engine is ever
/// used from two threads: the shaper's on the shaping thread, the renderer's on the drawing one.
///
/// ```swift
/// let shaper = try PageShaper(fonts: renderer.engine.fonts)   // on the shaping thread
/// let shaped = try shaper.shape(page.frame)
/// try pdf.add(page, shaped: shaped)                           // on the drawing thread
/// ```
public final class PageShaper {
    private let engine: TextEngine

    /// Creates a shaper with a font map of its own over `fonts`.
    public init(fonts: FontSet) throws {
        engine = try TextEngine(fonts: fonts)
    }

    /// Every line of `frame` shaped, in the order a renderer draws them. Throws when a glyph is
    /// missing, as drawing would.
    public func shape(_ frame: Frame) throws -> ShapedPage {
        var lines: [ShapedLine?] = []
        func walk(_ items: [FrameItem]) throws {
            for item in items {
                switch item {
                case .text(let line) where !line.spans.isEmpty: lines.append(try engine.shape(line.withSeparatingSpace))
                case .group(let g): try walk(g.items)
                default: break
                }
            }
        }
        try walk(frame.items)
        return ShapedPage(lines: lines)
    }
}

/// The lines of one page shaped ahead of drawing, in drawing order; nil for a line a layout
/// draws (right-to-left text).
public struct ShapedPage: Sendable {
    let lines: [ShapedLine?]
}

/// Hands a page's pre-shaped lines to a renderer one at a time, in drawing order.
final class ShapedLineCursor {
    private let lines: [ShapedLine?]
    private var next = 0

    init(_ page: ShapedPage) { lines = page.lines }

    /// The next line's shaping if it is `line`'s; nil when the page ran out or does not match
    /// (then the renderer shapes the line itself), `.some(nil)` when a layout must draw it.
    func take(for line: TextLine) -> ShapedLine?? {
        guard next < lines.count else { return nil }
        let shaped = lines[next]
        next += 1
        if let shaped, !shaped.text.elementsEqual(line.spans.lazy.map(\.text.utf8).joined()) { return nil }
        return .some(shaped)
    }
}
