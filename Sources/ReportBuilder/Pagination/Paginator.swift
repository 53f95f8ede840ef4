import ChartLayout
import Drawing

/// Flows laid-out blocks down a column, page after page.
///
/// Rules: a heading never ends a page (it moves with the start of what follows); a paragraph
/// splits only between lines, leaving at least `orphans` lines at the foot of a page and
/// `widows` at the head of the next; a figure never splits and moves whole to the next page.
/// A table splits between rows: each continuation repeats the header with its "(continued)"
/// mark, a group label stays with the row after it, the footer stays with the last row, and a
/// row is cut between its lines only when it alone is taller than the space of an empty page.
struct Paginator {
    let content: Rect
    var orphans = 2
    var widows = 2
    /// The usable height of each page (by index) when pages differ, as columns of a multi-column
    /// run do; nil for the full content height on every page.
    var regionHeight: (@Sendable (Int) -> Double)? = nil

    /// Whether pages get their items; when false only named destinations are placed, which is
    /// all a pass that finds the page of every heading needs, and no table piece is built.
    var keepsItems = true

    /// Items per page, in page coordinates.
    func paginate(_ elements: [FlowElement], firstPageTop: Double) -> [[FrameItem]] {
        var pages: [[FrameItem]] = []
        paginate(elements, firstPageTop: firstPageTop) { pages.append($0) }
        return pages
    }

    /// Flows `elements` down the pages and hands each page's items to `emit` as soon as the flow
    /// moves past it, the last page when the flow ends; nothing is held after it is handed on.
    func paginate(_ elements: [FlowElement], firstPageTop: Double, emit: ([FrameItem]) -> Void) {
        withoutActuallyEscaping(emit) { emit in
            var flow = Flow(paginator: self, firstPageTop: firstPageTop, emit: emit)
            for (index, element) in elements.enumerated() {
                flow.add(element, before: index + 1 < elements.count ? elements[index + 1] : nil)
            }
            flow.finish()
        }
    }

    /// A run of column elements cut into pages of side-by-side columns: items per page relative to
    /// the top of the run on that page (x already in page coordinates), and the height the last
    /// page's columns use. The first page has `room` left; the last page's columns are balanced by
    /// searching the least height that still holds everything.
    func columnPages(_ elements: [FlowElement], count: Int, gap: Double, room: Double) -> (pages: [[FrameItem]], lastHeight: Double) {
        let n = max(1, count)
        let width = (content.width - gap * Double(n - 1)) / Double(n)
        let full = content.height
        func run(lastFrom: Int?, height: Double) -> [[FrameItem]] {
            var sub = Paginator(content: Rect(x: 0, y: 0, width: width, height: full), orphans: orphans, widows: widows)
            sub.regionHeight = { k in
                if let lastFrom, k >= lastFrom { return height }
                return k < n ? room : full
            }
            return sub.paginate(elements, firstPageTop: 0)
        }
        /// The lowest ink of a column's items, so a forced line on a too-short column counts as overflow.
        func bottom(_ items: [FrameItem]) -> Double {
            let f = Frame(size: .zero, items: items)
            return max(f.textLines.map(\.bounds.maxY).max() ?? 0, f.inkBounds?.maxY ?? 0)
        }
        let columns = run(lastFrom: nil, height: 0)
        let lastPage = (columns.count - 1) / n
        let lastFrom = lastPage * n
        let limit = lastPage == 0 ? room : full
        func fits(_ h: Double) -> Bool {
            let cols = run(lastFrom: lastFrom, height: h)
            return cols.count <= lastFrom + n && cols.dropFirst(lastFrom).allSatisfy { bottom($0) <= h + 1e-6 }
        }
        var lo = 0.0, hi = limit
        if fits(hi) {
            for _ in 0..<16 where hi - lo > 0.25 {
                let mid = (lo + hi) / 2
                if fits(mid) { hi = mid } else { lo = mid }
            }
        }
        let balanced = fits(hi) ? run(lastFrom: lastFrom, height: hi) : columns
        var pages: [[FrameItem]] = Array(repeating: [], count: (balanced.count + n - 1) / n)
        for (k, items) in balanced.enumerated() {
            let x = content.minX + Double(k % n) * (width + gap)
            pages[k / n] += items.map { $0.translated(by: Point(x: x, y: 0)) }
        }
        let used = balanced.dropFirst((pages.count - 1) * n).map(bottom).max() ?? 0
        return (pages, used)
    }

    /// The height of the whole element, as a heading kept with what follows needs it.
    func totalHeight(_ element: FlowElement) -> Double {
        switch element {
        case .text(let lines, let lh, _, _, _, _, _, _): return Double(lines.count) * lh
        case .figure(let f, _, _, _, _, _): return f.size.height
        case .pageBreak: return 0
        case .table(let t, _, _, _, _): return t.height(of: t.allRows, continued: false, final: true)
        case .columns(let inner, _, _, _, _): return inner.first.map(totalHeight) ?? 0
        }
    }

    /// A table cut into pieces from `y` on the current page, handed to `piece` in order with
    /// whether it starts a new page (every piece after the first does). Unless `building`, a
    /// piece is an empty frame of the piece's height.
    func tablePieces(_ t: TableLayoutResult, y start: Double, pageEmpty startEmpty: Bool, building: Bool = true,
                     _ piece: (_ frame: Frame, _ onNewPage: Bool) -> Void) {
        var y = start, pageEmpty = startEmpty, moveOn = false
        var slices = t.allRows
        var k = 0
        var continued = false
        var footerLeft = false
        while k < slices.count {
            let header = (continued ? t.continuedHeader : t.header).size.height
            let room = content.maxY - y
            var used = header + t.closingRule.size.height
            var take = 0
            while k + take < slices.count {
                let slice = slices[k + take]
                let h = t.rows.height(lines: slice.lines)
                let footer = k + take == slices.count - 1 ? t.footer.size.height : 0
                if used + h + footer > room + 1e-6 { break }
                used += h; take += 1
            }
            // Like a paragraph's orphans and widows: on a page that already holds something, a piece
            // leaves at least `orphans` rows here and `widows` for the next page, or the table moves on.
            if !pageEmpty, take > 0, k + take < slices.count {
                if slices.count - (k + take) < widows { take = slices.count - k - widows }
                if take < orphans { take = 0 }
            }
            // A group label never ends a piece while rows of its group follow.
            while take > 0, k + take < slices.count, t.rows.keepsWithNext(slices[k + take - 1].row) { take -= 1 }
            if take == 0 {
                if !pageEmpty { moveOn = true; y = content.minY; pageEmpty = true; continue }
                // Nothing fits on an empty page: cut the row between its lines (the last resort), or
                // place it whole when it fits without the footer.
                let slice = slices[k]
                let spare = room - header - t.closingRule.size.height - 2 * t.rows.padding
                let lines = max(1, Int((spare / t.rows.lineHeight + 1e-6).rounded(.down)))
                if lines < slice.lines.count {
                    let split = slice.lines.lowerBound + lines
                    slices[k] = RowSlice(row: slice.row, lines: split..<slice.lines.upperBound)
                    slices.insert(RowSlice(row: slice.row, lines: slice.lines.lowerBound..<split), at: k)
                }
                take = 1
            }
            let isLast = k + take == slices.count
            let here = Array(slices[k..<(k + take)])
            let fitsFooter = t.height(of: here, continued: continued, final: true) <= room + 1e-6
            let frame = building ? t.piece(here, continued: continued, final: isLast && fitsFooter)
                : Frame(size: Size(width: t.width, height: t.height(of: here, continued: continued, final: isLast && fitsFooter)))
            piece(frame, moveOn)
            k += take
            footerLeft = isLast && !fitsFooter
            moveOn = true; y = content.minY; pageEmpty = true; continued = true
        }
        if footerLeft { piece(t.footer, true) }
    }
}

extension FrameItem {
    /// Anchors and link areas: placed on their own, outside any tagged group.
    var isNavigation: Bool {
        switch self {
        case .anchor, .link: return true
        default: return false
        }
    }
}
