import ChartLayout
import Drawing

extension Paginator {
    /// Where the flow stands while elements are added: the page being filled, how far down it is,
    /// and whether anything is on it yet. A full page goes to `emit` when the flow moves on.
    struct Flow {
        let paginator: Paginator
        let emit: ([FrameItem]) -> Void
        private var page: [FrameItem] = []
        /// The index of the page being filled.
        private var pageIndex = 0
        private var y: Double
        /// At the top of a page, or of the flow: an element's space before is dropped.
        private var atTop = true
        /// Nothing placed on this page yet, so moving on would not help. The first page may already
        /// hold the title block (`firstPageTop` below the top), and then content can still move on.
        private var pageEmpty: Bool

        init(paginator: Paginator, firstPageTop: Double, emit: @escaping ([FrameItem]) -> Void) {
            self.paginator = paginator
            self.emit = emit
            y = firstPageTop
            pageEmpty = firstPageTop <= paginator.content.minY + 1e-6
        }

        private var content: Rect { paginator.content }
        /// The foot of the page being filled.
        private var maxY: Double { paginator.regionHeight.map { content.minY + $0(pageIndex) } ?? content.maxY }

        /// Places `element`, moving to a new page first when it cannot start on this one; `next` is
        /// what follows it, which a heading must keep on its page.
        mutating func add(_ element: FlowElement, before next: FlowElement?) {
            if case .pageBreak = element {
                if !pageEmpty { newPage() }
                return
            }
            let before = atTop ? 0 : element.spaceBefore
            // Keep-with-next: the heading plus the start of the next element must fit together.
            var needed = element.minimumStart(orphans: paginator.orphans)
            if element.keepWithNext, let next {
                // The heading's own space after counts: it lies between the heading and what follows.
                needed = paginator.totalHeight(element) + element.spaceAfter + next.spaceBefore + next.minimumStart(orphans: paginator.orphans)
            }
            if !pageEmpty && y + before + needed > maxY + 1e-6 { newPage() }
            // Asked again: at the top of a new page the space before is dropped.
            y += atTop ? 0 : element.spaceBefore

            switch element {
            case .pageBreak: break
            case .columns(let inner, let count, let gap, _, let after):
                addColumns(inner, count: count, gap: gap, spaceAfter: after)
            case .figure(let frame, _, let after, let tag, _, let leading):
                let origin = Point(x: content.minX, y: y)
                place(contentsOf: leading, at: origin)
                placeTagged(frame.items, at: origin, tag: tag)
                y += frame.size.height + after
                pageEmpty = false
            case .text(let lines, let lh, _, let after, _, let splittable, let tag, let leading):
                addText(lines, lineHeight: lh, splittable: splittable, tag: tag, leading: leading)
                y += after
            case .table(let table, _, let after, let tag, let leading):
                addTable(table, tag: tag, leading: leading)
                y += after
            }
            atTop = false
        }

        /// Hands on the last page.
        func finish() { emit(page) }

        private mutating func newPage() {
            emit(page)
            page = []; pageIndex += 1; y = content.minY; atTop = true; pageEmpty = true
        }

        /// Columns side by side, page after page, continuing below the last page's columns.
        private mutating func addColumns(_ inner: [FlowElement], count: Int, gap: Double, spaceAfter after: Double) {
            let placed = paginator.columnPages(inner, count: count, gap: gap, room: maxY - y)
            for (k, columnItems) in placed.pages.enumerated() {
                if k > 0 { newPage() }
                let top = k == 0 ? y : content.minY
                for item in columnItems { place(item.translated(by: Point(x: 0, y: top))) }
                pageEmpty = pageEmpty && columnItems.isEmpty
            }
            y = (placed.pages.count > 1 ? content.minY : y) + placed.lastHeight + after
            pageEmpty = false
        }

        /// Lines as many as fit, page after page, split as the orphan and widow rules allow.
        private mutating func addText(_ lines: [TextLine], lineHeight lh: Double, splittable: Bool, tag: StructureTag, leading: [FrameItem]) {
            let (orphans, widows) = (paginator.orphans, paginator.widows)
            var leadingLeft = leading
            var rest = lines[...]
            while !rest.isEmpty {
                let room = Int(((maxY - y) / lh + 1e-6).rounded(.down))
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
                // Destinations and link areas stand alone; a list marker belongs to its item's group.
                let origin = Point(x: content.minX, y: top)
                let standalone = leadingLeft.filter(\.isNavigation), inline = leadingLeft.filter { !$0.isNavigation }.map { $0.translated(by: origin) }
                place(contentsOf: standalone, at: origin)
                leadingLeft = []
                var placed: [FrameItem] = chunk.map { line in
                    var l = line
                    l.baseline = Point(x: origin.x + line.baseline.x, y: top + line.baseline.y)
                    return .text(l)
                }
                // A list item is its marker (Lbl) and its text (LBody), as PDF/UA reads a list.
                if case .listItem = tag {
                    placed = [.group(Group(items: placed, tag: .listBody))]
                    if !inline.isEmpty { placed.insert(.group(Group(items: inline, tag: .listLabel)), at: 0) }
                } else {
                    placed = inline + placed
                }
                placeContent(.group(Group(items: placed, tag: tag)))
                y += lh * Double(take)
                atTop = false; pageEmpty = false
                rest = rest.dropFirst(take)
                if !rest.isEmpty { newPage() }
            }
        }

        /// A table piece by piece: a long table's pieces are built only as their pages come.
        private mutating func addTable(_ table: TableLayoutResult, tag: StructureTag, leading: [FrameItem]) {
            var leadingLeft = leading
            // A copy: placing a piece changes the flow, which must not be held by the call.
            let paginator = self.paginator
            paginator.tablePieces(table, y: y, pageEmpty: pageEmpty, building: paginator.keepsItems) { frame, onNewPage in
                if onNewPage { newPage() }
                let origin = Point(x: content.minX, y: y)
                place(contentsOf: leadingLeft, at: origin)
                leadingLeft = []
                placeTagged(frame.items, at: origin, tag: tag)
                y += frame.size.height
                atTop = false; pageEmpty = false
            }
        }

        // Without items, a page still records its destinations and whether something came first
        // (an empty group stands for it), which is what the running header's section depends on.
        private mutating func place(_ item: FrameItem) {
            if paginator.keepsItems { page.append(item) } else if case .anchor = item { page.append(item) } else { placeContent(item) }
        }

        /// Content that is never a destination, built only when pages keep their items.
        private mutating func placeContent(_ item: @autoclosure () -> FrameItem) {
            if paginator.keepsItems { page.append(item()) } else if page.isEmpty { page.append(.group(Group(items: []))) }
        }

        /// A table's notes (its paragraphs) follow the Table element instead of sitting in it:
        /// PDF/UA lets a Table hold rows and a caption only. Other elements keep all they hold.
        private mutating func placeTagged(_ items: [FrameItem], at origin: Point, tag: StructureTag?) {
            guard tag == .table else { return placeContent(.group(Group(offset: origin, items: items, tag: tag))) }
            let isNote = { (item: FrameItem) -> Bool in if case .group(let g) = item { return g.tag == .paragraph } else { return false } }
            placeContent(.group(Group(offset: origin, items: items.filter { !isNote($0) }, tag: tag)))
            let notes = items.filter(isNote)
            if !notes.isEmpty { placeContent(.group(Group(offset: origin, items: notes))) }
        }

        /// Markers and anchors land in page coordinates, not inside a group: a named destination
        /// must not depend on how a renderer maps positions through transformations.
        private mutating func place(contentsOf items: [FrameItem], at origin: Point) {
            for item in items { place(item.translated(by: origin)) }
        }
    }
}
