import ChartLayout
import Drawing

/// Turns a ``Report`` into pages: title block, flowing blocks, running header and page numbers.
///
/// ```swift
/// let document = ReportLayout(report: report, measurer: measurer).document()
/// ```
public struct ReportLayout {
    public let report: Report
    public let measurer: any TextMeasuring

    /// Creates a layout for `report`, measuring text with `measurer`.
    public init(report: Report, measurer: any TextMeasuring) { self.report = report; self.measurer = measurer }

    private var theme: Theme { report.theme }
    private var content: Rect { report.page.contentRect }

    /// The paginated document; throws when a figure cannot fit a page.
    public func document() throws -> PagedDocument {
        let (titleItems, titleBottom) = titleBlock()
        let elements = try report.blocks.map(element(for:))
        for (block, element) in zip(report.blocks, elements) {
            if case .figure(let figure) = block, case .figure(let frame, _, _, _) = element, frame.size.height > content.height {
                throw LayoutError.figureTooTall(id: figure.id, height: frame.size.height, available: content.height)
            }
            if case .figure(let figure) = block, case .table(let t, _, _, _) = element {
                // The tallest header with one line of a row must fit an empty page, or no piece could be placed.
                let header = max(t.header.size.height, t.continuedHeader.size.height)
                let least = header + t.closingRule.size.height + (t.rows.map { 2 * $0.padding + $0.lineHeight }.max() ?? 0)
                if least > content.height {
                    throw LayoutError.tableHeaderTooTall(id: figure.id, height: header, available: content.height)
                }
            }
        }
        var bodies = Paginator(content: content).paginate(elements, firstPageTop: titleBottom)
        bodies[0].insert(contentsOf: titleItems, at: 0)
        let pages = bodies.enumerated().map { i, items in
            Page(frame: Frame(size: report.page.size, items: items + furniture(page: i + 1, of: bodies.count)),
                 label: String(i + 1))
        }
        return PagedDocument(pages: pages, metadata: report.metadata)
    }

    /// Each figure laid out on its own at the column width, for standalone SVG and PNG files.
    ///
    /// The frame gets a margin and a background so it can be dropped onto a slide as it is.
    /// A table is whole here: header, every row and its notes in one frame.
    public func standaloneFigures(margin: Double = 16) throws -> [(figure: Figure, frame: Frame)] {
        try report.figures.map { figure in
            (figure, FigureCanvas(margin: margin, background: theme.background).frame(try figureFrame(figure), alt: figure.alt))
        }
    }

    /// A figure laid out at the column width; throws when a table's columns cannot fit it.
    public func figureFrame(_ figure: Figure) throws -> Frame {
        switch figure.content {
        case .barChart(let chart): return BarChartLayout(theme: theme, measurer: measurer).layout(chart, width: content.width)
        case .smallMultiples(let sm): return SmallMultiplesLayout(theme: theme, measurer: measurer).layout(sm, width: content.width)
        case .table(let table): return try tableLayout(table, id: figure.id).frame()
        case .map(let map): return RegionalMapLayout(theme: theme, measurer: measurer).layout(map, width: content.width).frame
        }
    }

    /// A table laid out at the column width, its layout errors named after the figure.
    func tableLayout(_ table: ComparisonTable, id: String) throws -> TableLayoutResult {
        do {
            return try TableLayout(theme: theme, measurer: measurer).layout(table, width: content.width)
        } catch TableLayoutError.tooWide(let needed, let available, let size) {
            throw LayoutError.tableTooWide(id: id, needed: needed, available: available, fontSize: size)
        } catch TableLayoutError.noColumns {
            throw LayoutError.tableWithoutColumns(id: id)
        }
    }

    // MARK: - Blocks

    private func element(for block: Block) throws -> FlowElement {
        let layouter = TextLayouter(measurer: measurer)
        switch block {
        case .heading(let level, let inlines):
            let size = theme.headingSize(level: level)
            let lh = (size * 1.4).rounded()
            let block = layouter.layout(spans(inlines, size: size, weight: .bold), width: content.width,
                                        style: ParagraphStyle(lineHeight: lh))
            return .text(lines: block.lines, lineHeight: lh, spaceBefore: level == 1 ? 20 : 14, spaceAfter: 6,
                         keepWithNext: true, splittable: false, tag: .heading(level: level))
        case .paragraph(let inlines):
            let block = layouter.layout(spans(inlines, size: theme.bodySize, weight: .regular), width: content.width,
                                        style: ParagraphStyle(lineHeight: theme.bodyLineHeight, alignment: .justify))
            return .text(lines: block.lines, lineHeight: theme.bodyLineHeight, spaceBefore: 0,
                         spaceAfter: (theme.bodyLineHeight * 0.6).rounded(), keepWithNext: false, splittable: true, tag: .paragraph)
        case .figure(let figure):
            if case .table(let table) = figure.content {
                return .table(try tableLayout(table, id: figure.id), spaceBefore: 10, spaceAfter: 18, tag: .figure(alt: figure.alt))
            }
            return .figure(try figureFrame(figure), spaceBefore: 10, spaceAfter: 18, tag: .figure(alt: figure.alt))
        }
    }

    /// Inline runs to styled spans: strong is bold, emphasis is the accent colour (Hangul is never slanted).
    func spans(_ inlines: [Inline], size: Double, weight: Font.Weight) -> [TextSpan] {
        inlines.map { inline in
            var style = TextStyle(font: theme.font(size, weight), color: theme.text)
            switch inline.emphasis {
            case .none: break
            case .strong: style.font.weight = .bold
            case .emphasis: style.color = theme.accent
            }
            if inline.link != nil { style.color = theme.accent }
            return TextSpan(inline.text, style: style, link: inline.link.map { .uri($0) })
        }
    }

    // MARK: - Page furniture

    private func titleBlock() -> (items: [FrameItem], bottom: Double) {
        let layouter = TextLayouter(measurer: measurer)
        var items: [FrameItem] = []
        var y = content.minY
        let title = layouter.layout([TextSpan(report.metadata.title, style: TextStyle(font: theme.font(theme.titleSize, .bold), color: theme.text))],
                                    width: content.width, style: ParagraphStyle(lineHeight: (theme.titleSize * 1.3).rounded()))
        items.append(.group(Group(items: title.items(at: Point(x: content.minX, y: y)), tag: .heading(level: 1))))
        y += title.height + 4
        if let subtitle = report.subtitle, !subtitle.isEmpty {
            let size = theme.headingSize(level: 3)
            let sub = layouter.layout([TextSpan(subtitle, style: TextStyle(font: theme.font(size), color: theme.mutedText))],
                                      width: content.width, style: ParagraphStyle(lineHeight: (size * 1.5).rounded()))
            items.append(.group(Group(items: sub.items(at: Point(x: content.minX, y: y)), tag: .paragraph)))
            y += sub.height
        }
        let byline = [report.metadata.author, report.metadata.date.prefix(10).description].filter { !$0.isEmpty }.joined(separator: " · ")
        if !byline.isEmpty {
            let line = layouter.layout([TextSpan(byline, style: TextStyle(font: theme.font(theme.smallSize), color: theme.mutedText))],
                                       width: content.width, style: ParagraphStyle(lineHeight: (theme.smallSize * 1.6).rounded()))
            items.append(.group(Group(items: line.items(at: Point(x: content.minX, y: y + 2)), tag: .paragraph)))
            y += line.height + 2
        }
        y += 8
        items.append(.path(PathItem(Path(line: Point(x: content.minX, y: y), to: Point(x: content.maxX, y: y)),
                                    stroke: Stroke(color: theme.rule, width: 1))))
        return (items, y + 14)
    }

    /// Running header (report title) and "n / N" footer, outside the content frame and tagged as artifacts.
    private func furniture(page: Int, of total: Int) -> [FrameItem] {
        let font = theme.font(theme.smallSize)
        let style = TextStyle(font: font, color: theme.mutedText)
        let m = measurer.metrics(of: font)
        var items: [FrameItem] = []
        if page > 1 {
            let title = report.metadata.title
            let w = measurer.width(of: title, font: font)
            let baseline = content.minY - 18
            items.append(.text(TextLine(spans: [TextSpan(title, style: style)], baseline: Point(x: content.minX, y: baseline),
                                        width: w, ascent: m.ascent, descent: m.descent)))
            items.append(.path(PathItem(Path(line: Point(x: content.minX, y: baseline + 6), to: Point(x: content.maxX, y: baseline + 6)),
                                        stroke: Stroke(color: theme.grid, width: 0.5))))
        }
        let number = "\(page) / \(total)"
        let w = measurer.width(of: number, font: font)
        items.append(.text(TextLine(spans: [TextSpan(number, style: style)],
                                    baseline: Point(x: content.midX - w / 2, y: content.maxY + 28),
                                    width: w, ascent: m.ascent, descent: m.descent)))
        return [.group(Group(items: items, tag: .artifact))]
    }
}
