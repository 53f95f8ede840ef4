import ChartLayout
import Drawing

/// Blocks laid out at the column width, ready for the paginator.
extension ReportLayout {
    /// Space between paragraphs and after most blocks.
    var paragraphGap: Double { (theme.bodyLineHeight * 0.6).rounded() }

    /// Body text is justified only on a measure of at least ``minJustifiedSyllables`` Hangul
    /// syllables; narrower columns are set ragged, because keep-all breaking leaves too few
    /// spaces there to absorb the slack without loose lines.
    /// A paragraph's own `alignment`, when it gives one, overrides the theme's; a justified one
    /// is still set ragged on a measure too narrow to justify.
    func bodyAlignment(_ alignment: ParagraphStyle.Alignment? = nil) -> ParagraphStyle.Alignment {
        guard alignment ?? (theme.justifiesBody ? .justify : .left) == .justify else { return alignment ?? .left }
        let measure = measurer.width(of: String(repeating: "가", count: Self.minJustifiedSyllables), font: theme.font(theme.bodySize))
        return content.width >= measure ? .justify : .left
    }

    /// How a body paragraph is set, with its own `alignment` if it has one.
    func bodyStyle(_ alignment: ParagraphStyle.Alignment? = nil) -> ParagraphStyle {
        ParagraphStyle(lineHeight: theme.bodyLineHeight, alignment: bodyAlignment(alignment), justification: theme.justification,
                       hyphenator: theme.hyphenator, hangsPunctuation: theme.hangsPunctuation)
    }

    /// A body paragraph set at the column width.
    func paragraphBlock(_ inlines: [Inline], alignment: ParagraphStyle.Alignment?) -> TextBlock {
        TextLayouter(measurer: measurer).layout(spans(inlines, size: theme.bodySize, weight: .regular), width: content.width,
                                                style: bodyStyle(alignment))
    }

    /// A body paragraph's lines as a flow element.
    func paragraphElement(_ block: TextBlock) -> FlowElement {
        .text(lines: block.lines, lineHeight: theme.bodyLineHeight, spaceBefore: 0,
              spaceAfter: paragraphGap, keepWithNext: false, splittable: true, tag: .paragraph)
    }

    /// The narrowest measure, in Hangul syllables, that body text is justified on.
    static let minJustifiedSyllables = 30

    /// `ordinal` is the block's index in ``Block/flattened(_:)`` order; it moves past the block
    /// and everything it holds.
    func elements(for block: Block, ordinal: inout Int, plan: DocumentPlan, pageNumbers: [String: Int]) throws -> [FlowElement] {
        let index = ordinal
        ordinal += 1
        let layouter = TextLayouter(measurer: measurer)
        switch block {
        case .heading(let level, let inlines):
            let size = theme.headingSize(level: level)
            let lh = (size * 1.4).rounded()
            let block = layouter.layout(spans(inlines, size: size, weight: .bold), width: content.width,
                                        style: ParagraphStyle(lineHeight: lh))
            let anchor = plan.anchor(forBlock: index).map { [FrameItem.anchor(Anchor(name: $0, position: .zero))] } ?? []
            return [.text(lines: block.lines, lineHeight: lh, spaceBefore: level == 1 ? 20 : 14, spaceAfter: 6,
                          keepWithNext: true, splittable: false, tag: .heading(level: level), leading: anchor)]
        case .paragraph(let inlines, let alignment):
            return [paragraphElement(paragraphBlock(inlines, alignment: alignment))]
        case .figure(let figure):
            return try figureElements(figure, number: plan.figureNumbers[figure.id] ?? 0)
        case .list(let list):
            return listElements(list)
        case .quote(let inlines):
            return [.figure(quoteFrame(inlines), spaceBefore: 4, spaceAfter: paragraphGap + 4, tag: .blockQuote)]
        case .keyFigures(let figures):
            return [.figure(keyFiguresFrame(figures), spaceBefore: 8, spaceAfter: 18, tag: .division)]
        case .sidebar(let sidebar):
            let frame = sidebarFrame(sidebar)
            if frame.size.height > content.height {
                throw LayoutError.figureTooTall(id: sidebar.title ?? "sidebar", height: frame.size.height, available: content.height)
            }
            return [.figure(frame, spaceBefore: 10, spaceAfter: 18, tag: .division)]
        case .rule:
            var frame = Frame(size: Size(width: content.width, height: 1))
            frame.append(.path(PathItem(Path(line: Point(x: 0, y: 0.5), to: Point(x: content.width, y: 0.5)),
                                        stroke: Stroke(color: theme.grid, width: 1))))
            return [.figure(frame, spaceBefore: 8, spaceAfter: 16, tag: .artifact)]
        case .pageBreak:
            return [.pageBreak]
        case .tableOfContents(let title, let depth):
            return tableOfContents(title: title, depth: depth, plan: plan, pageNumbers: pageNumbers)
        case .columns(let count, let blocks):
            return try columnElements(count: count, blocks: blocks, ordinal: &ordinal, plan: plan, pageNumbers: pageNumbers)
        }
    }

    /// Gap between columns.
    var columnGap: Double { 18 }

    /// Runs of blocks laid out at the column width, each one `.columns` element; a figure, table,
    /// page break or TOC ends a run and spans the full width.
    func columnElements(count: Int, blocks: [Block], ordinal: inout Int, plan: DocumentPlan,
                        pageNumbers: [String: Int]) throws -> [FlowElement] {
        let n = max(1, count)
        let width = (content.width - columnGap * Double(n - 1)) / Double(n)
        // The same layout on a page whose content is one column wide.
        var narrow = report
        narrow.page.margins.right += content.width - width
        let column = ReportLayout(report: narrow, measurer: measurer)
        var out: [FlowElement] = []
        var run: [FlowElement] = []
        func closeRun() {
            guard !run.isEmpty else { return }
            out.append(.columns(run, count: n, gap: columnGap, spaceBefore: out.isEmpty ? 4 : 10, spaceAfter: paragraphGap))
            run = []
        }
        for block in blocks {
            switch block {
            case .figure, .pageBreak, .tableOfContents, .columns:
                closeRun()
                out += try elements(for: block, ordinal: &ordinal, plan: plan, pageNumbers: pageNumbers)
            default:
                run += try column.elements(for: block, ordinal: &ordinal, plan: plan, pageNumbers: pageNumbers)
            }
        }
        closeRun()
        return out
    }

    /// Inline runs to styled spans: strong is bold, emphasis is the accent colour (Hangul is never
    /// slanted), and a link is the accent colour underlined, so the two are never confused.
    func spans(_ inlines: [Inline], size: Double, weight: Font.Weight, color: Color? = nil) -> [TextSpan] {
        inlines.map { inline in
            var style = TextStyle(font: theme.font(size, weight), color: color ?? theme.text)
            switch inline.emphasis {
            case .none: break
            case .strong: style.font.weight = .bold
            case .emphasis: style.color = theme.accent
            }
            if inline.link != nil { style.color = theme.accent; style.underline = true }
            return TextSpan(inline.text, style: style, link: inline.link)
        }
    }

    // MARK: - Figures and captions

    /// "그림 1" / "Figure 1" or "표 1" / "Table 1".
    func figureLabel(_ figure: Figure, number: Int) -> String {
        Figure.label(number: number, isTable: figure.isTable, korean: report.isKorean)
    }

    /// The caption line: the number in bold, then the caption text from the spec.
    func captionBlock(_ figure: Figure, number: Int) -> TextBlock {
        let size = theme.chartSubtitleSize + 0.5
        var runs = [TextSpan(figureLabel(figure, number: number), style: TextStyle(font: theme.font(size, .bold), color: theme.text))]
        if let caption = figure.caption, !caption.isEmpty {
            runs.append(TextSpan(". " + caption, style: TextStyle(font: theme.font(size), color: theme.text)))
        }
        return TextLayouter(measurer: measurer).layout(runs, width: content.width, style: ParagraphStyle(lineHeight: (size * 1.6).rounded()))
    }

    /// A chart with its caption below it; a table with its caption above, kept on the table's first page.
    func figureElements(_ figure: Figure, number: Int) throws -> [FlowElement] {
        let anchor = [FrameItem.anchor(Anchor(name: DocumentPlan.figureAnchor(figure.id), position: .zero))]
        let caption = captionBlock(figure, number: number)
        if case .table(let table) = figure.content {
            var t = try tableLayout(table, id: figure.id)
            // The caption heads the first piece only: it is part of the first header, so it can never
            // be left alone at the foot of a page.
            // The numbered line and the table's own title and subtitle make one caption (a table has one).
            let below = Point(x: 0, y: caption.height + 4)
            var rest = t.header.items
            var captionItems = caption.items(at: .zero)
            if let i = rest.firstIndex(where: { if case .group(let g) = $0 { return g.tag == .caption } else { return false } }),
               case .group(let titles) = rest[i] {
                captionItems += titles.items.map { $0.translated(by: below.offsetBy(dx: titles.offset.x, dy: titles.offset.y)) }
                rest.remove(at: i)
            }
            var header = Frame(size: Size(width: t.header.size.width, height: caption.height + 4 + t.header.size.height))
            header.append(.group(Group(items: captionItems, tag: .caption)))
            header.place(Frame(size: t.header.size, items: rest), at: below)
            t.header = header
            // The tallest header with one line of a row must fit an empty page, or no piece could be placed.
            let tallest = max(t.header.size.height, t.continuedHeader.size.height)
            let least = tallest + t.closingRule.size.height + (t.rows.isEmpty ? 0 : 2 * t.rows.padding + t.rows.lineHeight)
            if least > content.height {
                throw LayoutError.tableHeaderTooTall(id: figure.id, height: tallest, available: content.height)
            }
            // A table is read as a table (TR, TH, TD), not as a picture with alt text.
            return [.table(t, spaceBefore: 10, spaceAfter: 18, tag: .table, leading: anchor)]
        }
        let chart = try figureFrame(figure)
        var frame = Frame(size: Size(width: content.width, height: chart.size.height + 6 + caption.height))
        // The Figure and its Caption are siblings in a Div: Cairo 1.16 marks no content of an
        // element that holds another, so a Caption inside the Figure left the chart itself
        // outside every element (PDF/UA: a Figure marks what it draws).
        frame.append(.group(Group(items: chart.items, tag: .figure(alt: figure.alt))))
        frame.append(.group(Group(items: caption.items(at: Point(x: 0, y: chart.size.height + 6)), tag: .caption)))
        if frame.size.height > content.height {
            throw LayoutError.figureTooTall(id: figure.id, height: frame.size.height, available: content.height)
        }
        return [.figure(frame, spaceBefore: 10, spaceAfter: 18, tag: .division, leading: anchor)]
    }

    // MARK: - Lists

    /// Each item is its own element so long lists split between items and lines; wrapped lines
    /// hang at the x of the item text, and the marker sits in the column before it.
    func listElements(_ list: ListBlock, depth: Int = 0, indent: Double = 0) -> [FlowElement] {
        let layouter = TextLayouter(measurer: measurer)
        let font = theme.font(theme.bodySize)
        let markers = list.items.indices.map {
            list.ordered ? ListMarker.ordered(index: $0, depth: depth, korean: report.isKorean) : ListMarker.bullet(depth: depth)
        }
        let markerColumn = (markers.map { measurer.width(of: $0, font: font) }.max() ?? 0) + theme.bodySize * 0.5
        let textX = indent + markerColumn
        let lh = theme.bodyLineHeight
        var out: [FlowElement] = []
        for (i, item) in list.items.enumerated() {
            let block = layouter.layout(spans(item.text, size: theme.bodySize, weight: .regular), width: content.width - textX,
                                        style: ParagraphStyle(lineHeight: lh))
            let lines = block.lines.map { line -> TextLine in var l = line; l.baseline.x += textX; return l }
            var markerItems: [FrameItem] = []
            if let first = block.lines.first {
                let m = measurer.metrics(of: font)
                let w = measurer.width(of: markers[i], font: font)
                // Numbers end at the same x (right-aligned in the marker column); bullets start at the indent.
                let x = list.ordered ? textX - theme.bodySize * 0.5 - w : indent
                markerItems.append(.text(TextLine(spans: [TextSpan(markers[i], style: TextStyle(font: font, color: theme.text))],
                                                  baseline: Point(x: x, y: first.baseline.y), width: w, ascent: m.ascent, descent: m.descent)))
            }
            out.append(.text(lines: lines, lineHeight: lh, spaceBefore: i == 0 && depth == 0 ? 0 : 3, spaceAfter: 0,
                             keepWithNext: false, splittable: true, tag: .listItem(depth: depth), leading: markerItems))
            if let children = item.children {
                out += listElements(children, depth: depth + 1, indent: textX)
            }
        }
        if depth == 0, case .text(let lines, let lh, let before, _, let keep, let split, let tag, let leading) = out.last {
            out[out.count - 1] = .text(lines: lines, lineHeight: lh, spaceBefore: before, spaceAfter: paragraphGap,
                                       keepWithNext: keep, splittable: split, tag: tag, leading: leading)
        }
        return out
    }

    // MARK: - Quotes, key figures, sidebars

    /// A quotation indented behind an accent bar.
    func quoteFrame(_ inlines: [Inline]) -> Frame {
        let inset = 16.0
        let block = TextLayouter(measurer: measurer).layout(spans(inlines, size: theme.bodySize, weight: .regular, color: theme.mutedText),
                                                          width: content.width - inset, style: ParagraphStyle(lineHeight: theme.bodyLineHeight))
        var frame = Frame(size: Size(width: content.width, height: block.height))
        frame.append(.group(Group(items: [.path(PathItem(Path(rect: Rect(x: 0, y: 2, width: 3, height: block.height - 4)), fill: theme.accent))],
                                  tag: .artifact)))
        frame.append(.group(Group(items: block.items(at: Point(x: inset, y: 0)), tag: .paragraph)))
        return frame
    }

    /// Key figures side by side in equal columns, each under an accent rule: the value big and bold, the label small.
    func keyFiguresFrame(_ figures: [KeyFigure]) -> Frame {
        guard !figures.isEmpty else { return Frame(size: Size(width: content.width, height: 0)) }
        let layouter = TextLayouter(measurer: measurer)
        let gap = 12.0
        let n = Double(figures.count)
        let cell = (content.width - gap * (n - 1)) / n
        let valueSize = 17.0
        let cells = figures.map { f -> (TextBlock, TextBlock) in
            let value = layouter.layout([TextSpan(f.value, style: TextStyle(font: theme.font(valueSize, .bold), color: theme.accent))],
                                        width: cell, style: ParagraphStyle(lineHeight: (valueSize * 1.35).rounded()))
            let label = layouter.layout([TextSpan(f.label, style: TextStyle(font: theme.font(theme.smallSize), color: theme.mutedText))],
                                        width: cell, style: ParagraphStyle(lineHeight: (theme.smallSize * 1.6).rounded()))
            return (value, label)
        }
        let valueHeight = cells.map(\.0.height).max() ?? 0
        let labelHeight = cells.map(\.1.height).max() ?? 0
        var frame = Frame(size: Size(width: content.width, height: 8 + valueHeight + 2 + labelHeight))
        for (i, (value, label)) in cells.enumerated() {
            let x = Double(i) * (cell + gap)
            frame.append(.group(Group(items: [.path(PathItem(Path(line: Point(x: x, y: 1), to: Point(x: x + cell, y: 1)),
                                                            stroke: Stroke(color: theme.accent, width: 2)))], tag: .artifact)))
            frame.append(.group(Group(items: value.items(at: Point(x: x, y: 8)) + label.items(at: Point(x: x, y: 8 + valueHeight + 2)),
                                      tag: .paragraph)))
        }
        return frame
    }

    /// A tinted, bordered box with a bold title and paragraphs; links stay clickable.
    func sidebarFrame(_ sidebar: Sidebar) -> Frame {
        let layouter = TextLayouter(measurer: measurer)
        let pad = 14.0
        let width = content.width - 2 * pad
        let size = theme.bodySize - 1
        let lh = (size * 1.6).rounded()
        var items: [FrameItem] = []
        var y = pad
        if let title = sidebar.title, !title.isEmpty {
            let block = layouter.layout([TextSpan(title, style: TextStyle(font: theme.font(size + 1, .bold), color: theme.text))],
                                        width: width, style: ParagraphStyle(lineHeight: ((size + 1) * 1.5).rounded()))
            items.append(.group(Group(items: block.items(at: Point(x: pad, y: y)), tag: .paragraph)))
            y += block.height + 4
        }
        for (i, paragraph) in sidebar.paragraphs.enumerated() {
            let block = layouter.layout(spans(paragraph, size: size, weight: .regular), width: width, style: ParagraphStyle(lineHeight: lh))
            items.append(.group(Group(items: block.items(at: Point(x: pad, y: y)), tag: .paragraph)))
            y += block.height + (i == sidebar.paragraphs.count - 1 ? 0 : 5)
        }
        let height = y + pad
        let box = FrameItem.group(Group(items: [.path(PathItem(Path(rect: Rect(x: 0.5, y: 0.5, width: content.width - 1, height: height - 1)),
                                                              fill: theme.tableStripe, stroke: Stroke(color: theme.grid, width: 1))),
                                                .path(PathItem(Path(rect: Rect(x: 0, y: 0, width: 3, height: height)), fill: theme.accent))],
                                        tag: .artifact))
        return Frame(size: Size(width: content.width, height: height), items: [box] + items)
    }
}
