import Drawing

/// Lays a ``ComparisonTable`` out at a width: column widths from content, wrapped text cells,
/// right-aligned numbers, booktabs rules, in-cell bars and markers, notes and source.
///
/// Columns always fit the width: text wraps first (keep-all), then the text shrinks in
/// half-point steps down to the theme's minimum size; past that the layout throws
/// ``TableLayoutError/tooWide(needed:available:fontSize:)`` rather than draw past the margin.
///
/// ```swift
/// let laid = try TableLayout(theme: .standard, measurer: measurer).layout(table, width: 475)
/// let slide = laid.frame()
/// ```
public struct TableLayout {
    public let theme: Theme
    public let measurer: any TextMeasuring

    /// Creates a layout engine for one theme and measurer.
    public init(theme: Theme, measurer: any TextMeasuring) { self.theme = theme; self.measurer = measurer }

    /// Sizes and spacing at one text size.
    struct Metrics {
        let size: Double
        let lineHeight: Double
        let regular: Font, bold: Font, mark: Font
        /// Horizontal padding on each inner side of a cell; the outer sides of the first and last columns have none.
        var padX: Double { (size * 0.6).rounded(toPlaces: 2) }
        var padY: Double { (lineHeight * 0.18).rounded(toPlaces: 2) }
        var barWidth: Double { size * 4.5 }
        var gap: Double { size * 0.35 }
        var triangle: Double { size * 0.6 }
    }

    /// Header lines up to this many em are kept on one line.
    static let unbrokenHeaderEm = 7.0

    /// Rule weights: heavier top and bottom, light under the header, lighter under spanners.
    static let outerRule = 0.9, headerRule = 0.5, spannerRule = 0.45

    func metrics(size: Double) -> Metrics {
        Metrics(size: size, lineHeight: (theme.tableLineHeight * size / theme.tableSize).rounded(toPlaces: 2),
                regular: theme.font(size), bold: theme.font(size, .bold), mark: theme.font((size * 0.78).rounded(toPlaces: 2)))
    }

    /// The table laid out `width` points wide; throws when its columns cannot fit even at the smallest size.
    public func layout(_ table: ComparisonTable, width: Double) throws -> TableLayoutResult {
        guard !table.columns.isEmpty else { throw TableLayoutError.noColumns }
        let cells = CellTexts(table: table)
        var size = theme.tableSize
        while true {
            let m = metrics(size: size)
            let bounds = contentWidths(table, cells, m)
            if let widths = TableColumnWidths.solve(min: bounds.min, max: bounds.max, available: width,
                                                    fill: table.fillsWidth, text: table.columns.map { !$0.isNumeric }) {
                return build(table, cells, widths: widths, metrics: m, markReserve: bounds.markReserve)
            }
            if size <= theme.tableMinimumSize + 1e-9 {
                throw TableLayoutError.tooWide(needed: bounds.min.reduce(0, +), available: width, fontSize: size)
            }
            size = Swift.max(theme.tableMinimumSize, size - 0.5)
        }
    }

    // MARK: - Widths

    func padLeft(_ i: Int, _ m: Metrics) -> Double { i == 0 ? 0 : m.padX }
    func padRight(_ i: Int, count: Int, _ m: Metrics) -> Double { i == count - 1 ? 0 : m.padX }

    private func widestWord(_ text: String, _ font: Font) -> Double {
        text.split(separator: " ").map { measurer.width(of: String($0), font: font) }.max() ?? 0
    }

    func contentWidths(_ table: ComparisonTable, _ cells: CellTexts, _ m: Metrics) -> (min: [Double], max: [Double], markReserve: [Double]) {
        let n = table.columns.count
        var mins = [Double](repeating: 0, count: n), maxs = mins, reserve = mins
        for (i, column) in table.columns.enumerated() {
            var lo = 0.0, hi = 0.0, markW = 0.0
            for (r, row) in cells.rows.enumerated() {
                if let mark = row.marks[i] { markW = Swift.max(markW, measurer.width(of: mark, font: m.mark) + m.size * 0.15) }
                let font = cells.isBold(row: r, column: i) ? m.bold : m.regular
                let text = row.texts[i]
                let whole = measurer.width(of: text, font: font)
                hi = Swift.max(hi, whole)
                lo = Swift.max(lo, column.kind == .text ? widestWord(text, font) : whole)   // numbers and dates never wrap
            }
            if column.isNumeric {
                let extra = (column.delta ? m.triangle + m.gap : 0) + (column.miniBar ? m.barWidth + m.gap : 0)
                lo += extra; hi += extra
            }
            lo += markW; hi += markW
            reserve[i] = markW
            // The header wraps at spaces too; its mark rides on its last line.
            let headerMark = column.headerMark.map { measurer.width(of: $0, font: m.mark) + m.size * 0.15 } ?? 0
            // A numeric header ends where the digits end, left of the marks' reserve.
            let headerReserve = column.isNumeric ? markW : 0
            for (k, line) in column.header.enumerated() {
                let extra = (k == column.header.count - 1 ? headerMark : 0) + headerReserve
                // A short header line ("AI 기업") stays whole; only a long one wraps at its spaces.
                let whole = measurer.width(of: line, font: m.bold)
                lo = Swift.max(lo, (whole <= Self.unbrokenHeaderEm * m.size ? whole : widestWord(line, m.bold)) + extra)
                hi = Swift.max(hi, whole + extra)
            }
            if let unit = column.headerUnit {
                let u = "(\(unit))"
                lo = Swift.max(lo, measurer.width(of: u, font: m.regular) + headerReserve)
                hi = Swift.max(hi, measurer.width(of: u, font: m.regular) + headerReserve)
            }
            let pads = padLeft(i, m) + padRight(i, count: n, m)
            var minW = lo + pads, maxW = hi + pads
            // The column's own bounds; a number never wraps, so it keeps its width past a maximum.
            minW = Swift.max(minW, column.minWidth)
            if !column.isNumeric { minW = Swift.min(minW, Swift.max(column.maxWidth, pads + m.size)) }
            maxW = Swift.max(Swift.min(maxW, column.maxWidth), minW, column.minWidth)
            mins[i] = minW; maxs[i] = maxW
        }
        // A spanning label adds what its columns lack, shared equally.
        for group in table.headerGroups where !group.columns.isEmpty {
            let span = group.columns.clamped(to: 0..<n)
            guard !span.isEmpty else { continue }
            let pads = padLeft(span.lowerBound, m) + padRight(span.upperBound - 1, count: n, m)
            let needMin = widestWord(group.label, m.bold) + pads, needMax = measurer.width(of: group.label, font: m.bold) + pads
            let haveMin = span.reduce(0) { $0 + mins[$1] }
            if haveMin < needMin { for c in span { mins[c] += (needMin - haveMin) / Double(span.count) } }
            let haveMax = span.reduce(0) { $0 + Swift.max(maxs[$1], mins[$1]) }
            for c in span { maxs[c] = Swift.max(maxs[c], mins[c]) }
            if haveMax < needMax { for c in span { maxs[c] += (needMax - haveMax) / Double(span.count) } }
        }
        return (mins, maxs, reserve)
    }

    // MARK: - Building

    func build(_ table: ComparisonTable, _ cells: CellTexts, widths: [Double], metrics m: Metrics, markReserve: [Double]) -> TableLayoutResult {
        var xs: [Double] = []
        var x = 0.0
        for w in widths { xs.append(x); x += w }
        let width = x
        let geometry = Geometry(x: xs, widths: widths, markReserve: markReserve, metrics: m, count: widths.count)
        let header = headerFrame(table, title: table.title, subtitle: table.subtitle, geometry: geometry, width: width)
        let continuedTitle = table.title.isEmpty ? table.labels.continued : table.title + " " + table.labels.continued
        let continued = headerFrame(table, title: continuedTitle, subtitle: nil, geometry: geometry, width: width)
        let rows = TableRows(TableRowBuilder(layout: self, table: table, cells: cells, geometry: geometry, width: width),
                             lineHeight: m.lineHeight, padding: m.padY)
        var closing = Frame(size: Size(width: width, height: Self.outerRule))
        closing.append(rule(y: Self.outerRule / 2, from: 0, to: width, weight: Self.outerRule))
        return TableLayoutResult(width: width, columnWidths: widths, columnX: xs, fontSize: m.size, header: header,
                                 continuedHeader: continued, rows: rows, closingRule: closing,
                                 footer: footerFrame(table, width: width))
    }

    /// Where each column's content sits.
    struct Geometry {
        let x: [Double], widths: [Double], markReserve: [Double]
        let metrics: Metrics
        let count: Int
        func contentLeft(_ i: Int) -> Double { x[i] + (i == 0 ? 0 : metrics.padX) }
        func contentRight(_ i: Int) -> Double { x[i] + widths[i] - (i == count - 1 ? 0 : metrics.padX) }
        func contentWidth(_ i: Int) -> Double { Swift.max(1, contentRight(i) - contentLeft(i)) }
    }

    func rule(y: Double, from x0: Double, to x1: Double, weight: Double) -> FrameItem {
        .path(PathItem(Path(line: Point(x: x0, y: y), to: Point(x: x1, y: y)), stroke: Stroke(color: theme.rule, width: weight)))
    }

    /// A one-line text placed with its left end at `x` on `baseline`.
    func line(_ text: String, font: Font, color: Color, x: Double, baseline: Double) -> TextLine {
        let m = measurer.metrics(of: font)
        return TextLine(spans: [TextSpan(text, style: TextStyle(font: font, color: color))], baseline: Point(x: x, y: baseline),
                        width: measurer.width(of: text, font: font), ascent: m.ascent, descent: m.descent)
    }

    /// The baseline of a line of `font` centred in a line box `lineHeight` tall (half-leading, as TextLayouter).
    func firstBaseline(_ font: Font, lineHeight: Double) -> Double {
        let fm = measurer.metrics(of: font)
        return (lineHeight - (fm.ascent + fm.descent)) / 2 + fm.ascent
    }

    private func headerFrame(_ table: ComparisonTable, title: String, subtitle: String?, geometry g: Geometry, width: Double) -> Frame {
        let m = g.metrics
        let text = TextLayouter(measurer: measurer)
        var items: [FrameItem] = []
        var y = 0.0
        var titleItems: [FrameItem] = []
        if !title.isEmpty {
            let block = text.layout([TextSpan(title, style: TextStyle(font: theme.font(theme.chartTitleSize, .bold), color: theme.text))],
                                    width: width, style: ParagraphStyle(lineHeight: (theme.chartTitleSize * 1.35).rounded()))
            titleItems += block.items(at: Point(x: 0, y: y)); y += block.height
        }
        if let subtitle, !subtitle.isEmpty {
            let block = text.layout([TextSpan(subtitle, style: TextStyle(font: theme.font(theme.chartSubtitleSize), color: theme.mutedText))],
                                    width: width, style: ParagraphStyle(lineHeight: (theme.chartSubtitleSize * 1.5).rounded()))
            titleItems += block.items(at: Point(x: 0, y: y)); y += block.height
        }
        // The title and subtitle caption the table in tagged PDF; rules are decoration.
        if !titleItems.isEmpty { items.append(.group(Group(items: titleItems, tag: .caption))) }
        if y > 0 { y += 6 }
        items.append(rule(y: y + Self.outerRule / 2, from: 0, to: width, weight: Self.outerRule))
        y += Self.outerRule + m.padY

        // Spanning labels, centred over their columns, each with a short rule trimmed at both ends.
        let groups = table.headerGroups.filter { !$0.columns.clamped(to: 0..<g.count).isEmpty }
        var groupCells: [(column: Int, cell: FrameItem)] = []
        var spannerRules: [FrameItem] = []
        if !groups.isEmpty {
            var tallest = 0.0
            for group in groups {
                let span = group.columns.clamped(to: 0..<g.count)
                let left = g.contentLeft(span.lowerBound), right = g.contentRight(span.upperBound - 1)
                let block = text.layout([TextSpan(group.label, style: TextStyle(font: m.bold, color: theme.text))],
                                        width: Swift.max(1, right - left), style: ParagraphStyle(lineHeight: m.lineHeight, alignment: .center))
                groupCells.append((span.lowerBound, .group(Group(items: block.items(at: Point(x: left, y: y)),
                                                                 tag: .tableHeaderCell(columns: span.count)))))
                tallest = Swift.max(tallest, block.height)
            }
            for group in groups {
                let span = group.columns.clamped(to: 0..<g.count)
                let left = g.contentLeft(span.lowerBound), right = g.contentRight(span.upperBound - 1)
                spannerRules.append(rule(y: y + tallest + 1.5, from: left, to: right, weight: Self.spannerRule))
            }
            y += tallest + 1.5 + m.padY
        }

        // Column headers, bottom-aligned, each aligned like its column; a numeric header ends where its digits end.
        var cellsItems: [[FrameItem]] = []
        var heights: [Double] = []
        for (i, column) in table.columns.enumerated() {
            let right = g.contentRight(i) - (column.isNumeric ? g.markReserve[i] : 0)
            let left = g.contentLeft(i)
            let measure = Swift.max(1, right - left)
            let alignment: ParagraphStyle.Alignment = column.alignment == .left ? .left : column.alignment == .center ? .center : .right
            var cell: [FrameItem] = []
            var cy = 0.0
            let markW = column.headerMark.map { measurer.width(of: $0, font: m.mark) + m.size * 0.15 } ?? 0
            for (k, headerLine) in column.header.enumerated() {
                let last = k == column.header.count - 1
                let block = text.layout([TextSpan(headerLine, style: TextStyle(font: m.bold, color: theme.text))],
                                        width: Swift.max(1, measure - (last ? markW : 0)),
                                        style: ParagraphStyle(lineHeight: m.lineHeight, alignment: alignment))
                cell += block.items(at: Point(x: left, y: cy))
                if last, let mark = column.headerMark, let end = block.lines.last {
                    let baseline = cy + end.baseline.y - m.size * 0.3
                    cell.append(.text(line(mark, font: m.mark, color: theme.text, x: left + end.baseline.x + end.width + m.size * 0.1, baseline: baseline)))
                }
                cy += block.height
            }
            if let unit = column.headerUnit {
                let block = text.layout([TextSpan("(\(unit))", style: TextStyle(font: m.regular, color: theme.mutedText))],
                                        width: measure, style: ParagraphStyle(lineHeight: m.lineHeight, alignment: alignment))
                cell += block.items(at: Point(x: left, y: cy)); cy += block.height
            }
            cellsItems.append(cell); heights.append(cy)
        }
        let rowHeight = heights.max() ?? 0
        // One header cell (TH) per column. With groups, the structure has two header rows as
        // drawn: the first holds each group's label over its columns and, beside them, the
        // headers of the columns in no group, which span both rows; the second the headers of
        // the grouped columns. Screen readers then pair each group with its own columns.
        let grouped = Set(groups.flatMap { Array($0.columns.clamped(to: 0..<g.count)) })
        let headerCells = zip(cellsItems, heights).enumerated().map { i, cell -> FrameItem in
            .group(Group(items: cell.0.map { $0.translated(by: Point(x: 0, y: y + rowHeight - cell.1)) },
                         tag: .tableHeaderCell(rows: groups.isEmpty || grouped.contains(i) ? 1 : 2)))
        }
        if groups.isEmpty {
            items.append(.group(Group(items: headerCells, tag: .tableRow)))
        } else {
            let first = (groupCells + headerCells.indices.filter { !grouped.contains($0) }.map { ($0, headerCells[$0]) })
                .sorted { $0.column < $1.column }.map(\.cell)
            items.append(.group(Group(items: first + spannerRules, tag: .tableRow)))
            items.append(.group(Group(items: headerCells.indices.filter(grouped.contains).map { headerCells[$0] }, tag: .tableRow)))
        }
        y += rowHeight + m.padY
        items.append(rule(y: y + Self.headerRule / 2, from: 0, to: width, weight: Self.headerRule))
        y += Self.headerRule
        return Frame(size: Size(width: width, height: y), items: items)
    }

    private func footerFrame(_ table: ComparisonTable, width: Double) -> Frame {
        var lines: [String] = []
        for note in table.notes {
            if let mark = note.mark { lines.append("\(mark) \(note.text)") } else { lines.append("\(table.labels.note): \(note.text)") }
        }
        if let source = table.source, !source.isEmpty { lines.append("\(table.labels.source): \(source)") }
        guard !lines.isEmpty else { return Frame(size: Size(width: width, height: 0)) }
        let text = TextLayouter(measurer: measurer)
        var items: [FrameItem] = []
        var y = 5.0
        let lh = (theme.smallSize * 1.55).rounded()
        for l in lines {
            let block = text.layout([TextSpan(l, style: TextStyle(font: theme.font(theme.smallSize), color: theme.mutedText))],
                                    width: width, style: ParagraphStyle(lineHeight: lh))
            items += block.items(at: Point(x: 0, y: y)); y += block.height
        }
        return Frame(size: Size(width: width, height: y), items: items)
    }
}

extension Double {
    /// Rounded to `places` decimals, so layout numbers stay readable in tests and files.
    func rounded(toPlaces places: Int) -> Double {
        var f = 1.0
        for _ in 0..<places { f *= 10 }
        return (self * f).rounded() / f
    }
}
