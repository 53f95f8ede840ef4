import Drawing

/// A laid-out table in pieces the report builder can split between rows: the header block
/// (first and continued), each row, the closing rule and the footer.
///
/// Coordinates inside each piece start at its own top-left corner; ``piece(_:continued:final:)``
/// stacks them into one frame.
///
/// ```swift
/// let laid = try TableLayout(theme: .standard, measurer: m).layout(table, width: 475)
/// let page1 = laid.piece(laid.allRows, continued: false, final: false)
/// ```
public struct TableLayoutResult {
    /// Total width: the sum of the column widths.
    public var width: Double
    /// Column widths and left edges, in points.
    public var columnWidths: [Double]
    public var columnX: [Double]
    /// The text size used; below the theme's table size only when the columns needed it.
    public var fontSize: Double
    /// Title, top rule, spanners, column headers and header rule.
    public var header: Frame
    /// The same with the title marked as continued, for the following pages.
    public var continuedHeader: Frame
    /// Rows in order (group label rows included), each laid out when asked for.
    public var rows: TableRows
    /// The bottom rule that closes every piece.
    public var closingRule: Frame
    /// Notes and source, under the last piece only; zero height when there are none.
    public var footer: Frame

    /// Every row, whole.
    public var allRows: [RowSlice] { rows.indices.map { RowSlice(row: $0, lines: 0..<rows.lineCount(of: $0)) } }

    /// The height of a piece holding `slices`.
    public func height(of slices: [RowSlice], continued: Bool, final: Bool) -> Double {
        (continued ? continuedHeader : header).size.height + slices.reduce(0) { $0 + rows.height(lines: $1.lines) }
            + closingRule.size.height + (final ? footer.size.height : 0)
    }

    /// One piece of the table: a header, the given rows (or parts of rows), the closing rule and, when final, the footer.
    public func piece(_ slices: [RowSlice], continued: Bool, final: Bool) -> Frame {
        var frame = Frame(size: Size(width: width, height: 0))
        var y = 0.0
        let top = continued ? continuedHeader : header
        frame.place(top, at: Point(x: 0, y: y)); y += top.size.height
        for slice in slices {
            let row = rows[slice.row].frame(lines: slice.lines, width: width)
            frame.place(row, at: Point(x: 0, y: y), tag: .tableRow); y += row.size.height
        }
        frame.place(closingRule, at: Point(x: 0, y: y), tag: .artifact); y += closingRule.size.height
        if final && footer.size.height > 0 { frame.place(footer, at: Point(x: 0, y: y), tag: .paragraph); y += footer.size.height }
        frame.size.height = y
        return frame
    }

    /// The whole table in one frame (a standalone figure, a slide).
    public func frame() -> Frame { piece(allRows, continued: false, final: true) }
}

/// A table's rows, laid out when a piece asks for them: only each row's line count is kept,
/// so a table of 200,000 rows holds a few megabytes, not the 1.9 KB of text lines and bars of
/// every row (386 MB), and its pages are cut as they come. A row laid out again is the same
/// row: the layout is a function of the table, its cells and the column geometry.
public struct TableRows: RandomAccessCollection {
    private let builder: TableRowBuilder
    /// Text lines each row's tallest cell needs.
    private let lineCounts: [Int]
    /// The rows that stay with the next (group labels).
    private let keepers: Set<Int>
    /// The line pitch every row shares.
    public let lineHeight: Double
    /// Space above and below every row's lines.
    public let padding: Double
    /// The characters the rows draw in each font.
    public let fontUsage: FontUsage

    /// Lays every row out once, keeping what pagination needs and the characters drawn.
    init(_ builder: TableRowBuilder, lineHeight: Double, padding: Double) {
        self.builder = builder
        self.lineHeight = lineHeight
        self.padding = padding
        var counts: [Int] = []
        counts.reserveCapacity(builder.count)
        var keepers: Set<Int> = []
        var usage = FontUsage()
        for i in 0..<builder.count {
            let row = builder.row(i)
            counts.append(row.lineCount)
            if row.keepsWithNext { keepers.insert(i) }
            for line in row.lines { usage.add(line.line) }
        }
        lineCounts = counts
        self.keepers = keepers
        fontUsage = usage
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { lineCounts.count }

    /// Row `i`, laid out now.
    public subscript(i: Int) -> TableRowLayout { builder.row(i) }

    /// Text lines row `i` needs.
    public func lineCount(of i: Int) -> Int { lineCounts[i] }

    /// Whether row `i` stays with the next (a group's label).
    public func keepsWithNext(_ i: Int) -> Bool { keepers.contains(i) }

    /// Height of `lines` of a row.
    public func height(lines: Range<Int>) -> Double { 2 * padding + Double(lines.count) * lineHeight }
}

/// Which lines of a row a piece holds; a whole row unless the row alone is taller than a page.
public struct RowSlice: Equatable, Hashable, Sendable {
    public var row: Int
    public var lines: Range<Int>
    /// Creates a slice.
    public init(row: Int, lines: Range<Int>) { self.row = row; self.lines = lines }
}

/// One laid-out row: its cell lines on a shared line pitch, so it can be cut between lines.
public struct TableRowLayout: Equatable, Sendable {
    /// A cell line with the index of the text line it sits on.
    public struct Line: Equatable, Sendable {
        public var index: Int
        /// Baseline relative to the top of the row's first line (padding excluded).
        public var line: TextLine
        /// The column whose cell the line belongs to, so each cell can be tagged on its own.
        public var column: Int = 0
    }
    /// Text lines the tallest cell needs.
    public var lineCount: Int
    public var lineHeight: Double
    /// Space above and below the lines.
    public var padding: Double
    /// A group label row stays with the row after it.
    public var keepsWithNext: Bool
    /// Stripe or emphasis tint behind the row.
    public var background: Color?
    public var lines: [Line]
    /// Bars and delta markers, relative to the first line's top; drawn with the first line.
    public var decorations: [FrameItem]

    /// Height of the whole row.
    public var height: Double { height(lines: 0..<lineCount) }

    /// Height of a slice of the row's lines.
    public func height(lines range: Range<Int>) -> Double { 2 * padding + Double(range.count) * lineHeight }

    /// The row's lines in `range` as a frame `width` wide.
    public func frame(lines range: Range<Int>, width: Double) -> Frame {
        var frame = Frame(size: Size(width: width, height: height(lines: range)))
        if let background {
            frame.append(.group(Group(items: [.path(PathItem(Path(rect: Rect(x: 0, y: 0, width: width, height: frame.size.height)), fill: background))],
                                      tag: .artifact)))
        }
        let shift = padding - Double(range.lowerBound) * lineHeight
        if range.contains(0), !decorations.isEmpty {
            frame.append(.group(Group(offset: Point(x: 0, y: padding), items: decorations, tag: .artifact)))
        }
        // One tagged group per cell (a data cell, TD), in column order.
        var cells: [Int: [FrameItem]] = [:]
        for l in lines where range.contains(l.index) {
            var moved = l.line
            moved.baseline.y += shift
            cells[l.column, default: []].append(.text(moved))
        }
        for column in cells.keys.sorted() {
            frame.append(.group(Group(items: cells[column] ?? [], tag: .tableCell)))
        }
        return frame
    }
}
