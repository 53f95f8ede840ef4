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

    private static func marks(_ items: [FrameItem], offset: Point, visible: Rect) -> Bool {
        items.contains { item in
            switch item {
            case .path(let p): return marks(p, offset: offset, visible: visible)
            case .text(let line): return marks(line, offset: offset, visible: visible)
            case .group(let g):
                let inner = offset.offsetBy(dx: g.offset.x, dy: g.offset.y)
                var area = visible
                if let clip = g.clip {
                    let placed = clip.offsetBy(dx: inner.x, dy: inner.y)
                    guard placed.intersects(visible) else { return false }
                    area = Rect(x: max(placed.minX, visible.minX), y: max(placed.minY, visible.minY),
                                width: min(placed.maxX, visible.maxX) - max(placed.minX, visible.minX),
                                height: min(placed.maxY, visible.maxY) - max(placed.minY, visible.minY))
                }
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
