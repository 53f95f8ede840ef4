import Drawing

/// Whether a page surely puts a mark on paper, as Cairo decides it.
///
/// Cairo 1.16 skips an operation that is clear (alpha 0), empty (no area, no glyphs, a zero
/// font size) or wholly off the page; a structure tag opened on a page where every operation was
/// skipped left the file's link annotations numbered wrongly (see ``PDFWriter``). So this answers
/// yes only when some item is certainly drawn: a wrong no merely opens the tag a page later.
enum PageMarks {
    /// Whether `items` surely mark a page of `size`.
    static func marks(_ items: [FrameItem], on size: Size) -> Bool {
        marks(items, offset: .zero, visible: Rect(x: 0, y: 0, width: size.width, height: size.height))
    }

    /// The figures of a tagged page in drawing order, each with its alt text and whether it
    /// surely marks the page. Cairo writes no structure element for a tag around nothing, and
    /// the alt texts are matched to Cairo's Figure elements by order: so only a figure that
    /// surely marks is tagged (``FrameRenderer``) and has its alt counted (``PDFWriter``), and
    /// one figure drawn off the page no longer costs every other figure its alt text.
    ///
    /// The walk is the renderer's: a group under an empty clip is skipped whole, nothing inside
    /// an artifact is tagged.
    static func taggedFigures(_ items: [FrameItem], on size: Size) -> [(alt: String, marks: Bool)] {
        var out: [(String, Bool)] = []
        collectFigures(items, offset: .zero, visible: Rect(x: 0, y: 0, width: size.width, height: size.height), into: &out)
        return out
    }

    private static func collectFigures(_ items: [FrameItem], offset: Point, visible: Rect, into out: inout [(String, Bool)]) {
        for case .group(let g) in items {
            guard g.tag != .artifact, let (inner, area) = enter(g, offset: offset, visible: visible) else { continue }
            if case .figure(let alt) = g.tag { out.append((alt, area.map { marks(g.items, offset: inner, visible: $0) } ?? false)) }
            collectFigures(g.items, offset: inner, visible: area ?? Rect(x: 0, y: 0, width: 0, height: 0), into: &out)
        }
    }

    /// The offset and visible area inside group `g`; nil when an empty clip hides it whole (the
    /// renderer skips it), a nil area when its clip lies off the visible area.
    private static func enter(_ g: Group, offset: Point, visible: Rect) -> (Point, Rect?)? {
        let inner = offset.offsetBy(dx: g.offset.x, dy: g.offset.y)
        guard let clip = g.clip else { return (inner, visible) }
        guard clip.width > 0 && clip.height > 0 else { return nil }
        let placed = clip.offsetBy(dx: inner.x, dy: inner.y)
        guard placed.intersects(visible) else { return (inner, nil) }
        return (inner, Rect(x: max(placed.minX, visible.minX), y: max(placed.minY, visible.minY),
                            width: min(placed.maxX, visible.maxX) - max(placed.minX, visible.minX),
                            height: min(placed.maxY, visible.maxY) - max(placed.minY, visible.minY)))
    }

    private static func marks(_ items: [FrameItem], offset: Point, visible: Rect) -> Bool {
        items.contains { item in
            switch item {
            case .path(let p): return marks(p, offset: offset, visible: visible)
            case .text(let line): return marks(line, offset: offset, visible: visible)
            case .group(let g):
                guard let (inner, area) = enter(g, offset: offset, visible: visible), let area else { return false }
                return marks(g.items, offset: inner, visible: area)
            case .link, .anchor: return false
            }
        }
    }

    private static func marks(_ p: PathItem, offset: Point, visible: Rect) -> Bool {
        guard let bounds = p.path.bounds?.offsetBy(dx: offset.x, dy: offset.y) else { return false }
        if let fill = p.fill, fill.alpha > 0, bounds.width > 0, bounds.height > 0, bounds.intersects(visible) { return true }
        if let stroke = p.stroke, stroke.color.alpha > 0, stroke.width > 0, bounds.width > 0 || bounds.height > 0 {
            return bounds.insetBy(dx: -stroke.width / 2, dy: -stroke.width / 2).intersects(visible)
        }
        return false
    }

    private static func marks(_ line: TextLine, offset: Point, visible: Rect) -> Bool {
        line.spans.contains { span in
            let size = span.style.font.size
            guard size > 0, span.style.color.alpha > 0, span.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
                return false
            }
            // Only the baseline is sure: the glyphs reach at least a little either side of it.
            let at = line.baseline.offsetBy(dx: offset.x, dy: offset.y)
            return visible.intersects(Rect(x: at.x, y: at.y - size / 2, width: size / 2, height: size / 2))
        }
    }
}
