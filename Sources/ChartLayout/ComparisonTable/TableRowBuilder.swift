import Drawing

/// Lays out a table's body rows at fixed column geometry: wrapped text cells, right-aligned
/// numbers with their marks hanging in a reserved space, bars and delta markers.
struct TableRowBuilder {
    let layout: TableLayout
    let table: ComparisonTable
    let cells: CellTexts
    let geometry: TableLayout.Geometry
    let width: Double
    /// What each row of the layout is: a group's label, or a data row by its index in `cells`.
    private enum Kind { case label(String), data(Int) }
    private let kinds: [Kind]
    /// Each column's bar scale, when it draws bars.
    private let scales: [(lo: Double, hi: Double)?]

    init(layout: TableLayout, table: ComparisonTable, cells: CellTexts, geometry: TableLayout.Geometry, width: Double) {
        self.layout = layout; self.table = table; self.cells = cells; self.geometry = geometry; self.width = width
        var kinds: [Kind] = []
        kinds.reserveCapacity(cells.rows.count + table.groups.count)
        var index = 0
        for group in table.groups {
            if let label = group.label, !label.isEmpty { kinds.append(.label(label)) }
            for _ in group.rows {
                kinds.append(.data(index))
                index += 1
            }
        }
        self.kinds = kinds
        scales = table.columns.indices.map { c in Self.barScale(column: c, table: table, cells: cells) }
    }

    private var theme: Theme { layout.theme }
    private var m: TableLayout.Metrics { geometry.metrics }

    /// Rows in the layout, group labels included.
    var count: Int { kinds.count }

    /// Row `i` laid out.
    func row(_ i: Int) -> TableRowLayout {
        switch kinds[i] {
        case .label(let label): return labelRow(label)
        case .data(let r): return dataRow(r, scales: scales)
        }
    }

    /// A group's label across the whole width, kept with the first row under it.
    private func labelRow(_ label: String) -> TableRowLayout {
        let block = TextLayouter(measurer: layout.measurer).layout(
            [TextSpan(label, style: TextStyle(font: m.bold, color: theme.text))], width: width,
            style: ParagraphStyle(lineHeight: m.lineHeight))
        let lines = block.lines.enumerated().map { TableRowLayout.Line(index: $0.offset, line: $0.element) }
        return TableRowLayout(lineCount: Swift.max(1, lines.count), lineHeight: m.lineHeight, padding: m.padY,
                              keepsWithNext: true, background: nil, lines: lines, decorations: [])
    }

    private func dataRow(_ r: Int, scales: [(lo: Double, hi: Double)?]) -> TableRowLayout {
        let row = cells.rows[r]
        let source = cells.source[r]
        var lines: [TableRowLayout.Line] = []
        var decorations: [FrameItem] = []
        var lineCount = 1
        for (c, column) in table.columns.enumerated() {
            let bold = cells.isBold(row: r, column: c)
            let value = c < source.cells.count ? source.cells[c] : .missing
            let missing = value == .missing
            let color = missing ? theme.mutedText : (cells.highlighted[c][r] ? theme.accent : theme.text)
            let font = bold ? m.bold : m.regular
            let text = row.texts[c]
            let left = geometry.contentLeft(c), right = geometry.contentRight(c)
            if column.isNumeric {
                // Digits end at one x down the column; a mark hangs to the right of it.
                let numberRight = right - geometry.markReserve[c]
                let w = layout.measurer.width(of: text, font: font)
                let x: Double
                switch column.alignment {
                case .right: x = numberRight - w
                case .left: x = left + (column.miniBar ? m.barWidth + m.gap : 0) + (column.delta ? m.triangle + m.gap : 0)
                case .center: x = (left + numberRight - w) / 2
                }
                let baseline = layout.firstBaseline(font, lineHeight: m.lineHeight)
                lines.append(.init(index: 0, line: layout.line(text, font: font, color: color, x: x, baseline: baseline), column: c))
                if let mark = row.marks[c] {
                    lines.append(.init(index: 0, line: layout.line(mark, font: m.mark, color: theme.text,
                                                                   x: numberRight + m.size * 0.1, baseline: baseline - m.size * 0.3),
                                   column: c))
                }
                if let v = value.number {
                    if column.delta, v != 0 { decorations.append(triangle(up: v > 0, right: x - m.gap)) }
                    if column.miniBar, let scale = scales[c] { decorations.append(bar(v, scale: scale, left: left, emphasized: bold)) }
                }
            } else {
                let markW = row.marks[c].map { layout.measurer.width(of: $0, font: m.mark) + m.size * 0.15 } ?? 0
                let alignment: ParagraphStyle.Alignment = column.alignment == .left ? .left : column.alignment == .center ? .center : .right
                let block = TextLayouter(measurer: layout.measurer).layout(
                    [TextSpan(text, style: TextStyle(font: font, color: color))],
                    width: Swift.max(1, right - left - markW), style: ParagraphStyle(lineHeight: m.lineHeight, alignment: alignment))
                for (i, l) in block.lines.enumerated() {
                    var moved = l
                    moved.baseline.x += left
                    lines.append(.init(index: i, line: moved, column: c))
                }
                if let mark = row.marks[c], let last = block.lines.last {
                    lines.append(.init(index: block.lines.count - 1,
                                       line: layout.line(mark, font: m.mark, color: theme.text,
                                                         x: left + last.baseline.x + last.width + m.size * 0.1,
                                                         baseline: last.baseline.y - m.size * 0.3),
                                       column: c))
                }
                lineCount = Swift.max(lineCount, block.lines.count)
            }
        }
        let background: Color? = row.emphasized ? theme.tableEmphasis : (table.zebra && r % 2 == 1 ? theme.tableStripe : nil)
        return TableRowLayout(lineCount: lineCount, lineHeight: m.lineHeight, padding: m.padY, keepsWithNext: false,
                              background: background, lines: lines, decorations: decorations)
    }

    /// The column's value domain, spanning zero, when it draws bars.
    private static func barScale(column c: Int, table: ComparisonTable, cells: CellTexts) -> (lo: Double, hi: Double)? {
        guard table.columns[c].miniBar, let lo = cells.numbers[c].min(), let hi = cells.numbers[c].max() else { return nil }
        let l = Swift.min(0, lo), h = Swift.max(0, hi)
        return h > l ? (l, h) : nil
    }

    /// A bar from the column's zero to the value, on one scale for the column; height about half the line.
    private func bar(_ v: Double, scale: (lo: Double, hi: Double), left: Double, emphasized: Bool) -> FrameItem {
        func x(_ value: Double) -> Double { left + m.barWidth * (value - scale.lo) / (scale.hi - scale.lo) }
        let x0 = Swift.min(x(0), x(v)), x1 = Swift.max(x(0), x(v))
        let h = (m.lineHeight * 0.5).rounded(toPlaces: 2)
        return .path(PathItem(Path(rect: Rect(x: x0, y: (m.lineHeight - h) / 2, width: x1 - x0, height: h)),
                              fill: emphasized ? theme.accent : theme.mutedBar))
    }

    /// ▲ for a rise, ▼ for a fall, ending at `right`, centred on the line.
    private func triangle(up: Bool, right: Double) -> FrameItem {
        let s = m.triangle, cy = m.lineHeight / 2, h = s * 0.866
        var path = Path()
        if up {
            path.move(to: Point(x: right - s / 2, y: cy - h / 2)); path.line(to: Point(x: right, y: cy + h / 2))
            path.line(to: Point(x: right - s, y: cy + h / 2))
        } else {
            path.move(to: Point(x: right - s, y: cy - h / 2)); path.line(to: Point(x: right, y: cy - h / 2))
            path.line(to: Point(x: right - s / 2, y: cy + h / 2))
        }
        path.close()
        return .path(PathItem(path, fill: up ? theme.tableUp : theme.tableDown))
    }
}
