import ChartLayout
import Drawing

/// Turns a ``Report`` into pages: cover or title block, flowing blocks, table of contents,
/// bookmarks, running header and page numbers.
///
/// Pagination runs twice before any page is built: the first pass finds the page of every
/// heading, the second fills the table of contents with those numbers. The TOC's height never
/// depends on its numbers (they sit in a fixed-width column), so the second pass cannot move
/// anything; a third pass would only run if it did. These passes place no items, so they cost a
/// fraction of building the pages, which a last pass does one page at a time.
///
/// ```swift
/// let pages = try ReportLayout(report: report, measurer: measurer).pages()
/// try pages.forEach { page in try pdf.add(page) }
/// ```
public struct ReportLayout {
    public let report: Report
    public let measurer: any TextMeasuring
    /// Figures laid out once and reused: pagination runs twice for the table of contents, and
    /// the standalone files need the same frames again (a map's simplification is not cheap).
    private let figureFrames = FrameMemo()
    /// Maps of the same regions at the same size simplify their borders once.
    private let simplifications = SimplificationMemo()

    /// Creates a layout for `report`, measuring text with `measurer`.
    public init(report: Report, measurer: any TextMeasuring) { self.report = report; self.measurer = measurer }

    var theme: Theme { report.theme }
    var content: Rect { report.page.contentRect }

    /// The paginated document with every page in memory; throws when a figure cannot fit a page.
    /// A long report is better drawn through ``pages()``, which hands out one page at a time.
    public func document() throws -> PagedDocument {
        let paged = try pages()
        var pages: [Page] = []
        try paged.forEach { pages.append($0) }
        return PagedDocument(pages: pages, metadata: paged.metadata, outline: paged.outline)
    }

    /// The report laid out and paginated, its pages still to be built one at a time; throws when
    /// a figure cannot fit a page.
    ///
    /// The flow is paginated without building pages until the page of every heading is known
    /// (see the type's notes on the table of contents); ``DocumentPages/forEach(_:)`` then builds
    /// each page in a last pass and lets it go once it is handed on.
    ///
    /// `prelaid` may hand over a body paragraph (by block index) already broken into lines by
    /// someone else, such as a second thread working through ``paragraphJobs``; nil lays it
    /// out here. Either way the lines are the same.
    public func pages(prelaid: (Int) -> TextBlock? = { _ in nil }) throws -> DocumentPages {
        let plan = DocumentPlan(blocks: report.blocks)
        let title = report.cover ? nil : titleBlock()
        var elements: [FlowElement] = []
        var tocSlots: [(range: Range<Int>, title: String, depth: Int)] = []
        var ordinal = 0
        var brokenGroups: [String] = []
        for (index, block) in report.blocks.enumerated() {
            let made: [FlowElement]
            if case .paragraph(let inlines, let alignment) = block {
                let laid = prelaid(index) ?? paragraphBlock(inlines, alignment: alignment)
                made = [paragraphElement(laid)]
                brokenGroups += laid.brokenGroups
                ordinal += 1
            } else {
                made = try self.elements(for: block, ordinal: &ordinal, plan: plan, pageNumbers: [:])
            }
            if case .tableOfContents(let title, let depth) = block {
                tocSlots.append((elements.count..<(elements.count + made.count), title, depth))
            }
            elements += made
        }
        var measuring = Paginator(content: content)
        measuring.keepsItems = false
        var numbers: [String: Int] = [:]
        var sections: [String?] = []
        for _ in 0..<3 {
            for slot in tocSlots {
                elements.replaceSubrange(slot.range, with: tableOfContents(title: slot.title, depth: slot.depth, plan: plan, pageNumbers: numbers))
            }
            var found: [String: Int] = [:]
            var tracker = SectionTracker(plan: plan)
            sections = []
            measuring.paginate(elements, firstPageTop: title?.bottom ?? content.minY) { items in
                for case .anchor(let a) in items where found[a.name] == nil { found[a.name] = sections.count + 1 }
                sections.append(tracker.next(sections.isEmpty ? (title?.items ?? []) + items : items))
            }
            if found == numbers || tocSlots.isEmpty { numbers = found; break }
            numbers = found
        }
        let offset = report.cover ? 1 : 0
        let outline = Self.outline(plan.headings.compactMap { h in numbers[h.anchor].map { (h, $0 - 1 + offset) } })
        return DocumentPages(layout: self, elements: elements, title: title, sections: sections, outline: outline,
                             brokenGroups: brokenGroups)
    }

    /// The report's body paragraphs, each with its block index, styled text, width and style:
    /// what laying one out needs, for work done ahead of ``pages(prelaid:)``.
    public var paragraphJobs: [ParagraphJob] {
        report.blocks.enumerated().compactMap { index, block -> ParagraphJob? in
            guard case .paragraph(let inlines, let alignment) = block else { return nil }
            return ParagraphJob(index: index, spans: spans(inlines, size: theme.bodySize, weight: .regular),
                                width: content.width, style: bodyStyle(alignment))
        }
    }

    /// Bookmarks nested by heading level: an H2 goes under the H1 before it, an H3 under the H2.
    static func outline(_ headings: [(DocumentPlan.Heading, Int)]) -> [OutlineEntry] {
        func build(_ slice: ArraySlice<(DocumentPlan.Heading, Int)>) -> [OutlineEntry] {
            var out: [OutlineEntry] = []
            var rest = slice
            while let (first, page) = rest.first {
                rest = rest.dropFirst()
                let children = rest.prefix { $0.0.level > first.level }
                rest = rest.dropFirst(children.count)
                out.append(OutlineEntry(title: first.title, destination: first.anchor, page: page, children: build(children)))
            }
            return out
        }
        return build(headings[...])
    }

    /// Each figure laid out on its own at the column width, for standalone SVG and PNG files.
    ///
    /// The frame gets a margin and a background so it can be dropped onto a slide as it is.
    /// A table is whole here: header, every row and its notes in one frame.
    /// Tables longer than ``maxStandaloneTableRows`` are left out: no slide shows them, and one
    /// SVG of ten thousand rows would hold the whole table in memory at once.
    public func standaloneFigures(margin: Double = 16) throws -> [(figure: Figure, frame: Frame)] {
        var out: [(figure: Figure, frame: Frame)] = []
        try forEachStandaloneFigure(margin: margin) { out.append(($0, $1)) }
        return out
    }

    /// The same frames as ``standaloneFigures(margin:)``, handed to `body` one at a time and not
    /// kept (unless this layout already holds them): a process that only writes the figure files
    /// never holds every map of a long report at once. A figure `include` turns down is not laid out.
    public func forEachStandaloneFigure(margin: Double = 16, where include: (Figure) -> Bool = { _ in true },
                                        _ body: (Figure, Frame) throws -> Void) throws {
        for figure in report.figures where !Self.tooLongForStandalone(figure) && include(figure) {
            let known = figureFrames.entries[figure.id].flatMap { $0.figure == figure ? $0.frame : nil }
            let frame = try known ?? freshLayout(figure).frame
            try body(figure, FigureCanvas(margin: margin, background: theme.background).frame(frame, alt: figure.alt))
        }
    }

    /// The most rows a table may have to get standalone SVG and PNG files.
    public static let maxStandaloneTableRows = 500

    /// True for a table whose standalone files are not written (the PDF still has every row).
    public static func tooLongForStandalone(_ figure: Figure) -> Bool {
        if case .table(let table) = figure.content { return table.rows.count > maxStandaloneTableRows }
        return false
    }

    /// A figure laid out at the column width; throws when a table's columns cannot fit it.
    public func figureFrame(_ figure: Figure) throws -> Frame {
        // Ids are unique in a loaded report, but a Report built in code may reuse one: compare the figure too.
        try laidOut(figure).frame
    }

    /// What laying out `figure` left out or moved for want of room: map and chart labels with no
    /// free place, annotations kept as notes, shortened labels (none for tables).
    public func notices(of figure: Figure) throws -> [LayoutNotice] {
        // A table reports nothing; laying one out here would build a long table's whole frame
        // just to learn that.
        if case .table = figure.content { return [] }
        return try laidOut(figure).notices
    }

    private func laidOut(_ figure: Figure) throws -> FrameMemo.Entry {
        if let known = figureFrames.entries[figure.id], known.figure == figure { return known }
        let entry = try freshLayout(figure)
        figureFrames.entries[figure.id] = entry
        return entry
    }

    private func freshLayout(_ figure: Figure) throws -> FrameMemo.Entry {
        switch figure.content {
        case .barChart(let chart):
            return .init(figure: figure, BarChartLayout(theme: theme, measurer: measurer).laidOut(chart, width: content.width))
        case .smallMultiples(let sm):
            return .init(figure: figure, SmallMultiplesLayout(theme: theme, measurer: measurer).laidOut(sm, width: content.width))
        case .lineChart(let chart):
            return .init(figure: figure, LineChartLayout(theme: theme, measurer: measurer).laidOut(chart, width: content.width))
        case .dotPlot(let chart):
            return .init(figure: figure, DotPlotLayout(theme: theme, measurer: measurer).laidOut(chart, width: content.width))
        case .slopeChart(let chart):
            return .init(figure: figure, SlopeChartLayout(theme: theme, measurer: measurer).laidOut(chart, width: content.width))
        case .table(let table):
            return .init(figure: figure, frame: try tableLayout(table, id: figure.id).frame())
        case .map(let map):
            var mapLayout = RegionalMapLayout(theme: theme, measurer: measurer)
            mapLayout.simplifications = simplifications
            let result = mapLayout.layout(map, width: content.width)
            return .init(figure: figure, frame: result.frame, notices: result.droppedLabels.map { LayoutNotice(.droppedLabel, $0) })
        }
    }

    /// A table laid out at the column width, its layout errors named after the figure. Laid out
    /// once: the flow and the standalone file both ask for it.
    func tableLayout(_ table: ComparisonTable, id: String) throws -> TableLayoutResult {
        if let known = figureFrames.tables[id], known.table == table { return known.layout }
        do {
            let laid = try TableLayout(theme: theme, measurer: measurer).layout(table, width: content.width)
            figureFrames.tables[id] = (table, laid)
            return laid
        } catch TableLayoutError.tooWide(let needed, let available, let size) {
            throw LayoutError.tableTooWide(id: id, needed: needed, available: available, fontSize: size)
        } catch TableLayoutError.noColumns {
            throw LayoutError.tableWithoutColumns(id: id)
        }
    }
}

/// Figures already laid out, by figure id, for one ReportLayout.
final class FrameMemo {
    struct Entry {
        var figure: Figure
        var frame: Frame
        var notices: [LayoutNotice] = []

        init(figure: Figure, frame: Frame, notices: [LayoutNotice] = []) { self.figure = figure; self.frame = frame; self.notices = notices }
        init(figure: Figure, _ laidOut: LaidOutFigure) { self.init(figure: figure, frame: laidOut.frame, notices: laidOut.notices) }
    }
    var entries: [String: Entry] = [:]
    /// Tables as laid out for the flow, whose pieces the standalone file stacks again.
    var tables: [String: (table: ComparisonTable, layout: TableLayoutResult)] = [:]
}
