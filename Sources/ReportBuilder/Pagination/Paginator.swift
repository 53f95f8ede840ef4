import Drawing

/// Flows laid-out blocks down a column, page after page.
///
/// Rules: a heading never ends a page (it moves with the start of what follows); a paragraph
/// splits only between lines, leaving at least `orphans` lines at the foot of a page and
/// `widows` at the head of the next; a figure never splits and moves whole to the next page.
struct Paginator {
    let content: Rect
    var orphans = 2
    var widows = 2

    /// Items per page, in page coordinates.
    func paginate(_ elements: [FlowElement], firstPageTop: Double) -> [[FrameItem]] {
        var pages: [[FrameItem]] = [[]]
        var y = firstPageTop
        var atTop = true
        // Nothing placed on this page yet, so moving on would not help. The first page may already
        // hold the title block (firstPageTop below the top), and then content can still move on.
        var pageEmpty = firstPageTop <= content.minY + 1e-6
        func newPage() {
            pages.append([]); y = content.minY; atTop = true; pageEmpty = true
        }
        func place(_ item: FrameItem) { pages[pages.count - 1].append(item) }

        for (index, element) in elements.enumerated() {
            let before = atTop ? 0 : element.spaceBefore
            // Keep-with-next: the heading plus the start of the next element must fit together.
            var needed = element.minimumStart(orphans: orphans)
            if element.keepWithNext, index + 1 < elements.count {
                needed = totalHeight(element) + elements[index + 1].spaceBefore + elements[index + 1].minimumStart(orphans: orphans)
            }
            if !pageEmpty && y + before + needed > content.maxY + 1e-6 { newPage() }
            y += atTop ? 0 : element.spaceBefore

            switch element {
            case .figure(let frame, _, let after, let tag):
                place(.group(Group(offset: Point(x: content.minX, y: y), items: frame.items, tag: tag)))
                y += frame.size.height + after
                pageEmpty = false
            case .text(let lines, let lh, _, let after, _, let splittable, let tag):
                var rest = lines[...]
                while !rest.isEmpty {
                    let room = Int(((content.maxY - y) / lh + 1e-6).rounded(.down))
                    var take = min(room, rest.count)
                    if take < rest.count {
                        if !splittable { take = pageEmpty ? take : 0 }
                        // Widows: leave at least `widows` lines for the next page.
                        else if rest.count - take < widows { take = rest.count - widows }
                        // Orphans: never leave fewer than `orphans` lines at the foot.
                        if take < orphans && !pageEmpty { take = 0 }
                        if take <= 0 && pageEmpty { take = max(1, min(room, rest.count)) }
                    }
                    if take <= 0 { newPage(); continue }
                    let chunk = rest.prefix(take)
                    let top = y - lh * Double(chunk.startIndex - lines.startIndex)
                    let moved = chunk.map { line -> FrameItem in
                        var l = line
                        l.baseline = Point(x: content.minX + line.baseline.x, y: top + line.baseline.y)
                        return .text(l)
                    }
                    place(.group(Group(items: moved, tag: tag)))
                    y += lh * Double(take)
                    atTop = false; pageEmpty = false
                    rest = rest.dropFirst(take)
                    if !rest.isEmpty { newPage() }
                }
                y += after
            }
            atTop = false
        }
        return pages
    }

    private func totalHeight(_ element: FlowElement) -> Double {
        switch element {
        case .text(let lines, let lh, _, _, _, _, _): return Double(lines.count) * lh
        case .figure(let f, _, _, _): return f.size.height
        }
    }
}
