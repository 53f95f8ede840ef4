import ChartLayout
import Drawing

/// Turns a ``Report`` into pages: cover or title block, flowing blocks, table of contents,
/// bookmarks, running header and page numbers.
///
/// Pagination runs twice: the first pass finds the page of every heading, the second fills the
/// table of contents with those numbers. The TOC's height never depends on its numbers (they sit
/// in a fixed-width column), so the second pass cannot move anything; a third pass would only
/// run if it did.
///
/// ```swift
/// let document = try ReportLayout(report: report, measurer: measurer).document()
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

    /// The paginated document; throws when a figure cannot fit a page.
    public func document() throws -> PagedDocument {
        let plan = DocumentPlan(blocks: report.blocks)
        let title = report.cover ? nil : titleBlock()
        var elements: [FlowElement] = []
        var tocSlots: [(range: Range<Int>, title: String, depth: Int)] = []
        var ordinal = 0
        for block in report.blocks {
            let made = try self.elements(for: block, ordinal: &ordinal, plan: plan, pageNumbers: [:])
            if case .tableOfContents(let title, let depth) = block {
                tocSlots.append((elements.count..<(elements.count + made.count), title, depth))
            }
            elements += made
        }
        let paginator = Paginator(content: content)
        var numbers: [String: Int] = [:]
        var bodies: [[FrameItem]] = []
        for _ in 0..<3 {
            for slot in tocSlots {
                elements.replaceSubrange(slot.range, with: tableOfContents(title: slot.title, depth: slot.depth, plan: plan, pageNumbers: numbers))
            }
            bodies = paginator.paginate(elements, firstPageTop: title?.bottom ?? content.minY)
            let found = Self.anchorPages(bodies).mapValues { $0 + 1 }
            if found == numbers || tocSlots.isEmpty { numbers = found; break }
            numbers = found
        }
        if let title { bodies[0].insert(contentsOf: title.items, at: 0) }

        let sections = currentSections(bodies, plan: plan)
        var pages: [Page] = []
        if report.cover { pages.append(Page(frame: Frame(size: report.page.size, items: coverPage()), label: "i")) }
        for (i, items) in bodies.enumerated() {
            let furniture = furniture(page: i + 1, of: bodies.count, section: sections[i], showHeader: report.cover || i > 0)
            pages.append(Page(frame: Frame(size: report.page.size, items: items + furniture), label: String(i + 1)))
        }
        let offset = report.cover ? 1 : 0
        let outline = Self.outline(plan.headings.compactMap { h in numbers[h.anchor].map { (h, $0 - 1 + offset) } })
        return PagedDocument(pages: pages, metadata: report.metadata, outline: outline)
    }

    /// Zero-based body page of every named destination placed on the pages.
    static func anchorPages(_ pages: [[FrameItem]]) -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, items) in pages.enumerated() {
            for item in items { if case .anchor(let a) = item, out[a.name] == nil { out[a.name] = i } }
        }
        return out
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

    /// The section a reader is in at the top of each body page, for the running header: the last
    /// level-1 heading on an earlier page, or the one the page opens with; on a page before any
    /// section, the first one it holds.
    func currentSections(_ bodies: [[FrameItem]], plan: DocumentPlan) -> [String?] {
        let titles = Dictionary(plan.headings.filter { $0.level == 1 }.map { ($0.anchor, $0.title) }, uniquingKeysWith: { a, _ in a })
        var carried: String? = nil
        var out: [String?] = []
        for items in bodies {
            let here = items.compactMap { item -> String? in
                if case .anchor(let a) = item { return titles[a.name] }
                return nil
            }
            // A page opens with a section when its first item is that heading's anchor.
            var opens: String? = nil
            if case .anchor(let a)? = items.first { opens = titles[a.name] }
            out.append(opens ?? carried ?? here.first)
            if let last = here.last { carried = last }
        }
        return out
    }

    /// Each figure laid out on its own at the column width, for standalone SVG and PNG files.
    ///
    /// The frame gets a margin and a background so it can be dropped onto a slide as it is.
    /// A table is whole here: header, every row and its notes in one frame.
    /// Tables longer than ``maxStandaloneTableRows`` are left out: no slide shows them, and one
    /// SVG of ten thousand rows would hold the whole table in memory at once.
    public func standaloneFigures(margin: Double = 16) throws -> [(figure: Figure, frame: Frame)] {
        try report.figures.filter { !Self.tooLongForStandalone($0) }.map { figure in
            (figure, FigureCanvas(margin: margin, background: theme.background).frame(try figureFrame(figure), alt: figure.alt))
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

    /// The map labels `figure` left out for want of a free place (none for other figures).
    public func droppedLabels(of figure: Figure) throws -> [String] {
        // Only a map drops labels; laying out anything else here would build a long table's
        // whole frame just to learn that it has nothing to report.
        guard case .map = figure.content else { return [] }
        return try laidOut(figure).droppedLabels
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
            return .init(figure: figure, frame: BarChartLayout(theme: theme, measurer: measurer).layout(chart, width: content.width))
        case .smallMultiples(let sm):
            return .init(figure: figure, frame: SmallMultiplesLayout(theme: theme, measurer: measurer).layout(sm, width: content.width))
        case .table(let table):
            return .init(figure: figure, frame: try tableLayout(table, id: figure.id).frame())
        case .map(let map):
            var mapLayout = RegionalMapLayout(theme: theme, measurer: measurer)
            mapLayout.simplifications = simplifications
            let result = mapLayout.layout(map, width: content.width)
            return .init(figure: figure, frame: result.frame, droppedLabels: result.droppedLabels)
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
}

/// Figures already laid out, by figure id, for one ReportLayout.
final class FrameMemo {
    struct Entry {
        var figure: Figure
        var frame: Frame
        var droppedLabels: [String] = []
    }
    var entries: [String: Entry] = [:]
}
