import ChartLayout
import Drawing
import Testing
import TestSupport

@Suite("Table layout")
struct TableLayoutTests {
    static var layout: TableLayout { TableLayout(theme: .standard, measurer: FixedAdvanceMeasurer()) }

    static let llm = ComparisonTable(
        title: "중국의 주요 거대언어모델", subtitle: "개발사 발표",
        columns: [TableColumn(header: ["모델"]), TableColumn(header: ["개발사"]),
                  TableColumn(header: ["전체"], kind: .number(.korean(multiplier: 1e9)), headerUnit: "개", miniBar: true,
                              highlight: .maximum),
                  TableColumn(header: ["토큰당 활성"], kind: .number(.korean(multiplier: 1e9)), headerUnit: "개"),
                  TableColumn(header: ["공개"], kind: .date),
                  TableColumn(header: ["비고"])],
        headerGroups: [HeaderGroup(label: "매개변수", columns: 2..<4)],
        groups: [RowGroup(rows: [
            TableRow(cells: [.text("DeepSeek-V3"), .text("딥시크"), .number(671), .number(37), .date(TableDate(year: 2024, month: 12)),
                             .text("공개 당시 가장 큰 오픈소스 LLM, 약 2개월 동안 558만 달러로 학습")]),
            TableRow(cells: [.text("훈위안"), .text("텐센트"), .number(100), .missing, .missing, .text("위챗 운영사의 자체 LLM")],
                     marks: [2: "1)"]),
            TableRow(cells: [.text("Llama 2"), .text("메타"), .number(70), .number(70), .missing, .text("비교 기준")], emphasized: true),
        ])],
        notes: [TableNote(mark: "1)", text: "1,000억 개 이상으로만 공개")], source: "각 개발사 발표")

    /// Every text line of a frame, in frame coordinates.
    static func texts(_ frame: Frame) -> [TextLine] {
        func walk(_ items: [FrameItem], _ dx: Double, _ dy: Double) -> [TextLine] {
            items.flatMap { item -> [TextLine] in
                switch item {
                case .text(var l): l.baseline.x += dx; l.baseline.y += dy; return [l]
                case .group(let g): return walk(g.items, dx + g.offset.x, dy + g.offset.y)
                default: return []
                }
            }
        }
        return walk(frame.items, 0, 0)
    }

    /// Horizontal rules of a frame as (y, x0, x1, width); vertical lines are counted separately.
    static func strokes(_ frame: Frame) -> [(from: Point, to: Point, width: Double)] {
        func walk(_ items: [FrameItem], _ dx: Double, _ dy: Double) -> [(Point, Point, Double)] {
            items.flatMap { item -> [(Point, Point, Double)] in
                switch item {
                case .path(let p):
                    guard let stroke = p.stroke, case .move(let a) = p.path.elements.first, p.path.elements.count == 2,
                          case .line(let b) = p.path.elements[1] else { return [] }
                    return [(Point(x: a.x + dx, y: a.y + dy), Point(x: b.x + dx, y: b.y + dy), stroke.width)]
                case .group(let g): return walk(g.items, dx + g.offset.x, dy + g.offset.y)
                default: return []
                }
            }
        }
        return walk(frame.items, 0, 0).map { (from: $0.0, to: $0.1, width: $0.2) }
    }

    @Test("column widths sum to at most the frame and each is at least its content's minimum", arguments: [475.0, 360, 300])
    func widthsFit(width: Double) throws {
        let laid = try Self.layout.layout(Self.llm, width: width)
        #expect(laid.columnWidths.reduce(0, +) <= width + 1e-9)
        #expect(abs(laid.width - width) < 1e-6, "a full-width table fills the column")
        for (x, w) in zip(laid.columnX, laid.columnWidths) { #expect(x >= 0 && x + w <= width + 1e-9) }
    }

    @Test("when every column fits at its max-content width, each gets exactly that width")
    func naturalWidths() throws {
        var table = Self.llm
        table.fillsWidth = false
        table.columns = Array(table.columns.prefix(4))
        table.headerGroups = []
        table.groups = table.groups.map { g in RowGroup(rows: g.rows.map { TableRow(cells: Array($0.cells.prefix(4)), marks: $0.marks) }) }
        let laid = try Self.layout.layout(table, width: 475)
        // Model: "DeepSeek-V3" is 11 × 4.5 = 49.5 pt plus one inner pad of 5.4 pt.
        #expect(laid.columnWidths[0] == 49.5 + 5.4)
        #expect(laid.width < 475)
        #expect(laid.fontSize == 9)
    }

    @Test("numbers are right-aligned: the digits of every cell and the header end at one x")
    func numbersRightAligned() throws {
        let laid = try Self.layout.layout(Self.llm, width: 475)
        let frame = laid.frame()
        let lines = Self.texts(frame)
        for value in ["6,710억", "1,000억", "700억"] {
            let line = try #require(lines.first { $0.text == value })
            #expect(abs(line.bounds.maxX - (lines.first { $0.text == "6,710억" }!.bounds.maxX)) < 1e-9)
        }
        let header = try #require(lines.first { $0.text == "전체" })
        let digits = try #require(lines.first { $0.text == "6,710억" })
        #expect(abs(header.bounds.maxX - digits.bounds.maxX) < 1e-9, "the header takes its column's alignment")
        // The footnote mark hangs to the right of the digits.
        let mark = try #require(lines.first { $0.text == "1)" && $0.bounds.minY > header.bounds.maxY })
        #expect(mark.bounds.minX > digits.bounds.maxX)
    }

    @Test("no text leaves its cell, and numeric cells never wrap", arguments: [475.0, 320])
    func textInsideCells(width: Double) throws {
        let laid = try Self.layout.layout(Self.llm, width: width)
        for row in laid.rows {
            for line in row.lines {
                let column = try #require(laid.columnX.indices.last { laid.columnX[$0] <= line.line.bounds.minX + 1e-9 })
                #expect(line.line.bounds.maxX <= laid.columnX[column] + laid.columnWidths[column] + 1e-9, "\(line.line.text)")
            }
            // One line per numeric cell.
            let numeric = row.lines.filter { $0.line.text.hasSuffix("억") }
            #expect(numeric.allSatisfy { $0.index == 0 })
        }
        #expect(Self.texts(laid.frame()).allSatisfy { $0.bounds.minX >= -1e-9 && $0.bounds.maxX <= width + 1e-9 })
    }

    @Test("booktabs rules: one top, one header and one bottom rule across the table, a short rule under the spanner, no vertical rules")
    func rules() throws {
        let laid = try Self.layout.layout(Self.llm, width: 475)
        let strokes = Self.strokes(laid.frame())
        #expect(strokes.allSatisfy { $0.from.y == $0.to.y }, "no vertical rules")
        let full = strokes.filter { $0.from.x == 0 && $0.to.x == 475 }
        #expect(full.map(\.width) == [0.9, 0.5, 0.9])
        let partial = strokes.filter { !($0.from.x == 0 && $0.to.x == 475) }
        #expect(partial.count == 1)
        #expect(partial[0].from.x > laid.columnX[2] - 1e-9 && partial[0].to.x < laid.columnX[4] + 1e-9)
    }

    @Test("grouped headers are two header rows: the group's label spans its columns, the other headers both rows")
    func headerRows() throws {
        let frame = try Self.layout.layout(Self.llm, width: 475).frame()
        func rows(_ items: [FrameItem]) -> [Group] {
            items.flatMap { item -> [Group] in
                guard case .group(let g) = item else { return [] }
                return g.tag == .tableRow ? [g] : rows(g.items)
            }
        }
        let header = rows(frame.items).prefix(2).map { row in
            row.items.compactMap { item -> (String, StructureTag)? in
                guard case .group(let g) = item, case .tableHeaderCell? = g.tag, let tag = g.tag else { return nil }
                return (Frame(size: .zero, items: g.items).textLines.map(\.text).joined(separator: " "), tag)
            }
        }
        #expect(header.count == 2)
        #expect(header[0].map(\.0) == ["모델", "개발사", "매개변수", "공개", "비고"])
        #expect(header[0].map(\.1) == [.tableHeaderCell(rows: 2), .tableHeaderCell(rows: 2), .tableHeaderCell(columns: 2),
                                        .tableHeaderCell(rows: 2), .tableHeaderCell(rows: 2)])
        #expect(header[1].map(\.0) == ["전체 (개)", "토큰당 활성 (개)"])
        #expect(header[1].map(\.1) == [.tableHeaderCell(), .tableHeaderCell()])
        // The first row spans every column once; the second fills the group's columns.
        let covered = header[0].reduce(0) { n, cell in if case .tableHeaderCell(_, let c) = cell.1 { return n + c } else { return n } }
        #expect(covered == Self.llm.columns.count)
        #expect(header[1].count == Self.llm.headerGroups[0].columns.count)
    }

    @Test("a text column wraps at spaces, keep-all, when the width is short")
    func textWraps() throws {
        let laid = try Self.layout.layout(Self.llm, width: 360)
        let first = laid.rows[0]
        #expect(first.lineCount > 1)
        let noteLines = first.lines.filter { $0.line.bounds.minX >= laid.columnX[5] - 1e-9 }.map(\.line.text)
        #expect(noteLines.joined(separator: " ") == "공개 당시 가장 큰 오픈소스 LLM, 약 2개월 동안 558만 달러로 학습")
    }

    @Test("text shrinks in half-point steps when the columns' minimums do not fit, and never below the floor")
    func shrinks() throws {
        let wide = ComparisonTable(title: "", columns: (0..<6).map { _ in TableColumn(header: ["값"], kind: .number(.plain())) },
                                   groups: [RowGroup(rows: [TableRow(cells: (0..<6).map { _ in .number(123_456_789) })])])
        // 11 characters × 4.5 pt = 49.5 pt per column at 9 pt, plus pads: about 351 pt.
        let roomy = try Self.layout.layout(wide, width: 400)
        #expect(roomy.fontSize == 9)
        let tight = try Self.layout.layout(wide, width: 300)
        #expect(tight.fontSize < 9 && tight.fontSize >= 7)
        #expect(tight.columnWidths.reduce(0, +) <= 300 + 1e-9)
        #expect(throws: TableLayoutError.self) { try Self.layout.layout(wide, width: 200) }
    }

    @Test("the too-wide error says what was needed at the smallest size")
    func tooWideError() throws {
        let wide = ComparisonTable(title: "", columns: (0..<6).map { _ in TableColumn(header: ["값"], kind: .number(.plain())) },
                                   groups: [RowGroup(rows: [TableRow(cells: (0..<6).map { _ in .number(123_456_789) })])])
        do {
            _ = try Self.layout.layout(wide, width: 200)
            Issue.record("expected an error")
        } catch TableLayoutError.tooWide(let needed, let available, let size) {
            #expect(size == 7)
            #expect(needed > available)
            #expect(available == 200)
        }
    }

    @Test("the continued header repeats the column headers with '(계속)' after the title")
    func continuedHeader() throws {
        let laid = try Self.layout.layout(Self.llm, width: 475)
        let first = Self.texts(laid.header).map(\.text), again = Self.texts(laid.continuedHeader).map(\.text)
        #expect(first.contains("중국의 주요 거대언어모델"))
        #expect(again.contains("중국의 주요 거대언어모델 (계속)"))
        for header in ["모델", "개발사", "전체", "매개변수", "(개)"] { #expect(again.contains(header)) }
        #expect(!again.contains("개발사 발표"), "the subtitle is not repeated")
    }

    @Test("a mini bar's length is proportional to its value, all bars starting at one x")
    func miniBars() throws {
        let laid = try Self.layout.layout(Self.llm, width: 475)
        let bars: [Rect] = laid.rows.compactMap { row in
            row.decorations.compactMap { item -> Rect? in
                if case .path(let p) = item, p.fill != nil { return p.path.bounds } else { return nil }
            }.first
        }
        #expect(bars.count == 3)
        #expect(Set(bars.map(\.minX)).count == 1)
        #expect(abs(bars[1].width / bars[0].width - 100.0 / 671) < 1e-9)
        #expect(abs(bars[2].width / bars[0].width - 70.0 / 671) < 1e-9)
    }

    @Test("highlight and emphasis: the column maximum is bold in the accent colour; the emphasised row is bold on a tint")
    func highlightAndEmphasis() throws {
        let laid = try Self.layout.layout(Self.llm, width: 475)
        let top = try #require(laid.rows[0].lines.first { $0.line.text == "6,710억" })
        #expect(top.line.spans[0].style.font.weight == .bold)
        #expect(top.line.spans[0].style.color == Theme.standard.accent)
        #expect(laid.rows[2].background == Theme.standard.tableEmphasis)
        #expect(laid.rows[2].lines.allSatisfy { $0.line.spans[0].style.font.weight == .bold || $0.line.text == "—" || $0.line.text == "2)" })
        let missing = try #require(laid.rows[1].lines.first { $0.line.text == "—" })
        #expect(missing.line.spans[0].style.color == Theme.standard.mutedText)
    }

    @Test("delta markers point up for rises and down for falls, and zero gets none")
    func deltas() throws {
        let table = ComparisonTable(title: "", columns: [TableColumn(header: ["항목"]),
                                                         TableColumn(header: ["변화"], kind: .number(.percent(decimals: 1)), delta: true)],
                                    groups: [RowGroup(rows: [TableRow(cells: [.text("가"), .number(0.12)]),
                                                             TableRow(cells: [.text("나"), .number(-0.05)]),
                                                             TableRow(cells: [.text("다"), .number(0)])])])
        let laid = try Self.layout.layout(table, width: 200)
        let fills = laid.rows.map { $0.decorations.compactMap { item -> Color? in if case .path(let p) = item { return p.fill } else { return nil } } }
        #expect(fills == [[Theme.standard.tableUp], [Theme.standard.tableDown], []])
        #expect(laid.rows[1].lines[1].line.text == "\u{2212}5.0%")
    }

    @Test("zebra stripes shade every other data row; a group label row keeps with the next and is bold")
    func zebraAndGroups() throws {
        let rows = (0..<4).map { TableRow(cells: [.text("항목 \($0)"), .number(Double($0))]) }
        let table = ComparisonTable(title: "", columns: [TableColumn(header: ["항목"]), TableColumn(header: ["값"], kind: .number(.plain()))],
                                    groups: [RowGroup(label: "미국", rows: Array(rows[0..<2])), RowGroup(label: "중국", rows: Array(rows[2...]))],
                                    zebra: true)
        let laid = try Self.layout.layout(table, width: 300)
        #expect(laid.rows.map(\.keepsWithNext) == [true, false, false, true, false, false])
        #expect(laid.rows.map(\.background) == [nil, nil, Theme.standard.tableStripe, nil, nil, Theme.standard.tableStripe])
        #expect(laid.rows[0].lines[0].line.text == "미국")
    }

    @Test("rows laid out when asked for agree with what pagination keeps of them: line counts, keeping with the next, characters")
    func lazyRows() throws {
        let rows = (0..<6).map { TableRow(cells: [.text("항목 \($0)"), .number(Double($0) - 2)]) }
        let grouped = ComparisonTable(title: "", columns: [TableColumn(header: ["항목"]),
                                                           TableColumn(header: ["값"], kind: .number(.plain()), miniBar: true)],
                                      groups: [RowGroup(label: "미국", rows: Array(rows[0..<3])), RowGroup(label: "중국", rows: Array(rows[3...]))])
        // The model table wraps its first row onto several lines at this width.
        for (table, count) in [(grouped, 8), (Self.llm, 3)] {
            let laid = try Self.layout.layout(table, width: 300)
            #expect(laid.rows.count == count)
            var drawn = FontUsage()
            for i in laid.rows.indices {
                let row = laid.rows[i]
                #expect(laid.rows.lineCount(of: i) == row.lineCount)
                #expect(laid.rows.keepsWithNext(i) == row.keepsWithNext)
                #expect(laid.rows.height(lines: 0..<row.lineCount) == row.height)
                // The same row each time it is asked for.
                #expect(laid.rows[i] == row)
                for line in row.lines { drawn.add(line.line) }
            }
            #expect(laid.rows.fontUsage == drawn)
        }
        #expect(try Self.layout.layout(Self.llm, width: 300).rows.lineCount(of: 0) >= 3)
        #expect(try Self.layout.layout(grouped, width: 300).rows.keepsWithNext(0))
    }

    @Test("dates read as Korean tables write them, and as ISO in English")
    func dates() {
        #expect(TableLabels.korean.format(TableDate(year: 2024, month: 12)) == "2024. 12.")
        #expect(TableLabels.korean.format(TableDate(year: 2025, month: 1, day: 21)) == "2025. 1. 21.")
        #expect(TableLabels.english.format(TableDate(year: 2024, month: 9)) == "2024-09")
        #expect(TableDate(iso: "2024-13") == nil)
        #expect(TableDate(iso: "2023") == TableDate(year: 2023))
    }

    @Test("a row cut between its lines shows only those lines, its decorations with the first")
    func rowSlices() throws {
        let laid = try Self.layout.layout(Self.llm, width: 300)
        let row = laid.rows[0]
        #expect(row.lineCount >= 3)
        let head = row.frame(lines: 0..<1, width: laid.width), tail = row.frame(lines: 1..<row.lineCount, width: laid.width)
        #expect(head.size.height == row.height(lines: 0..<1))
        #expect(Self.texts(head).count + Self.texts(tail).count == row.lines.count)
        #expect(Self.texts(tail).allSatisfy { $0.bounds.minY >= 0 && $0.bounds.maxY <= tail.size.height + 1e-9 })
    }
}

@Suite("Table column widths")
struct TableColumnWidthsTests {
    @Test("max widths when they fit; proportional to max − min between; nil below the minimums")
    func solve() {
        #expect(TableColumnWidths.solve(min: [20, 30], max: [60, 30], available: 100, fill: false, text: [true, false]) == [60, 30])
        #expect(TableColumnWidths.solve(min: [20, 30], max: [60, 30], available: 70, fill: false, text: [true, false]) == [40, 30])
        #expect(TableColumnWidths.solve(min: [20, 30], max: [60, 30], available: 40, fill: false, text: [true, false]) == nil)
        #expect(TableColumnWidths.solve(min: [20, 30], max: [60, 30], available: 120, fill: true, text: [true, false]) == [90, 30])
    }
}
