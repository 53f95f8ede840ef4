import ChartLayout
import Drawing
import Testing
import TestSupport
@testable import ReportBuilder

@Suite("Table pagination")
struct TablePaginationTests {
    static func table(rows: Int, longText: String? = nil) -> Block {
        let table = model(rows: rows, longText: longText)
        return .figure(Figure(id: "long", content: .table(table), alt: table.altText))
    }

    static func model(rows: Int, longText: String? = nil) -> ComparisonTable {
        let body = (0..<rows).map { i in
            TableRow(cells: [.text("항목 \(i + 1)"), .number(Double(i) * 1.5), .text(i == 0 ? (longText ?? "설명") : "설명")])
        }
        return ComparisonTable(title: "긴 표", columns: [TableColumn(header: ["항목"]), TableColumn(header: ["값"], kind: .number(.plain(decimals: 1))),
                                                            TableColumn(header: ["설명"], maxWidth: 120)],
                                    groups: [RowGroup(rows: body)], source: "예시 자료")
    }

    static func document(_ blocks: [Block]) throws -> PagedDocument {
        try ReportLayout(report: ReportLayoutTests.report(blocks), measurer: FixedAdvanceMeasurer()).document()
    }

    /// Texts of a page's body (furniture left out), in order.
    static func texts(_ page: Page) -> [TextLine] {
        func walk(_ items: [FrameItem], _ dx: Double, _ dy: Double) -> [TextLine] {
            items.flatMap { item -> [TextLine] in
                switch item {
                case .text(var l): l.baseline.x += dx; l.baseline.y += dy; return [l]
                case .group(let g) where g.tag != .artifact: return walk(g.items, dx + g.offset.x, dy + g.offset.y)
                default: return []
                }
            }
        }
        return walk(page.frame.items, 0, 0)
    }

    @Test("a 300-row table splits between rows over the right number of pages, each continuation repeating the header")
    func threeHundredRows() throws {
        let doc = try Self.document([Self.table(rows: 300)])
        let layout = try TableLayout(theme: .standard, measurer: FixedAdvanceMeasurer())
            .layout(Self.model(rows: 300), width: ReportLayoutTests.content.width)
        // Rows are all one line: count how many fit under each header.
        let row = layout.rows[0].height
        let content = ReportLayoutTests.content
        var remaining = 300, pages = 0
        let top = try #require(Self.tableTop(doc.pages[0]))
        var room = content.maxY - top
        var header = layout.header.size.height
        while remaining > 0 {
            var fit = Int(((room - header - layout.closingRule.size.height) / row + 1e-9).rounded(.down))
            if fit >= remaining && (room - header - layout.closingRule.size.height - Double(remaining) * row) < layout.footer.size.height { fit = remaining - 1 }
            if pages == 0, fit < remaining, remaining - fit < 2 { fit = remaining - 2 }
            remaining -= min(fit, remaining); pages += 1
            room = content.height; header = layout.continuedHeader.size.height
        }
        #expect(doc.pages.count == pages)
        let rowsSeen = doc.pages.flatMap { Self.texts($0).map(\.text).filter { $0.hasPrefix("항목 ") } }
        #expect(rowsSeen == (1...300).map { "항목 \($0)" }, "every row once, in order, never cut")
        for (i, page) in doc.pages.enumerated() {
            let texts = Self.texts(page).map(\.text)
            #expect(texts.contains("값"), "page \(i + 1) has the header")
            #expect(texts.contains("긴 표 (계속)") == (i > 0))
            #expect(texts.contains("출처: 예시 자료") == (i == doc.pages.count - 1), "the source follows the last row only")
            #expect(Self.texts(page).allSatisfy { $0.bounds.maxY <= content.maxY + 1e-6 && $0.bounds.minY >= content.minY - 1e-6 },
                    "nothing below the bottom margin on page \(i + 1)")
        }
    }

    static func tableTop(_ page: Page) -> Double? {
        for item in page.frame.items {
            if case .group(let g) = item, g.tag == .table { return g.offset.y }
        }
        return nil
    }

    @Test("a row taller than a page is cut between its lines, on pages of its own, with the header above each part")
    func rowTallerThanPage() throws {
        let long = Array(repeating: "아주 긴 글", count: 400).joined(separator: " ")
        let doc = try Self.document([Self.table(rows: 3, longText: long)])
        #expect(doc.pages.count >= 3)
        let content = ReportLayoutTests.content
        // The first page holds only the title block: the table starts on an empty page.
        for page in doc.pages.dropFirst() {
            #expect(Self.texts(page).allSatisfy { $0.bounds.maxY <= content.maxY + 1e-6 })
            #expect(Self.texts(page).map(\.text).contains("값"))
        }
        let words = doc.pages.flatMap { Self.texts($0).map(\.text).filter { $0.allSatisfy { "아주 긴글".contains($0) } } }
        #expect(words.joined(separator: " ") == long, "every line of the tall row once, in order")
    }

    @Test("a table moves whole to the next page when not even its header and first row fit")
    func movesWhenNoRowFits() throws {
        let filler = (0..<38).map { _ in ReportLayoutTests.paragraph(lines: 1, mark: "가") }
        let doc = try Self.document(filler + [Self.table(rows: 2)])
        let first = doc.pages.firstIndex { Self.texts($0).map(\.text).contains("긴 표") }
        let last = try #require(doc.pages.last)
        #expect(first == doc.pages.count - 1)
        #expect(Self.texts(last).map(\.text).contains("출처: 예시 자료"))
    }

    @Test("a short table that would leave one row alone on the next page moves whole instead")
    func noLonelyRow() throws {
        // Filler leaves room near the foot of a page; whatever fits there, no piece holds a single row.
        let filler = (0..<34).map { _ in ReportLayoutTests.paragraph(lines: 1, mark: "가") }
        let doc = try Self.document(filler + [Self.table(rows: 3)])
        let pieces = doc.pages.map { Self.texts($0).map(\.text).filter { $0.hasPrefix("항목 ") }.count }
        #expect(pieces.filter { $0 > 0 }.allSatisfy { $0 >= 2 }, "\(pieces)")
    }

    @Test("a table's notes follow its Table element, on one page or split", arguments: [3, 300])
    func notesOutsideTable(rows: Int) throws {
        let doc = try Self.document([Self.table(rows: rows)])
        let body = doc.pages.flatMap { ReportLayoutTests.bodyGroups($0) }
        let tables = body.filter { $0.tag == .table }
        #expect(tables.count == doc.pages.count)
        // PDF/UA lets a Table hold rows and a caption only, so no paragraph sits inside one.
        #expect(tables.allSatisfy { t in !t.items.contains { if case .group(let g) = $0 { return g.tag == .paragraph } else { return false } } })
        let notes = try #require(body.last)
        #expect(notes.tag == nil)
        #expect(Frame(size: .zero, items: notes.items).textLines.map(\.text) == ["출처: 예시 자료"])
    }

    @Test("10,000 rows lay out and paginate", .timeLimit(.minutes(1)))
    func tenThousandRows() throws {
        let doc = try Self.document([Self.table(rows: 10_000)])
        #expect(doc.pages.count > 200)
        #expect(Self.texts(doc.pages.last!).map(\.text).contains("항목 10000"))
    }

    @Test("a table too wide for the column is a layout error naming the table")
    func tooWide() throws {
        let table = ComparisonTable(title: "", columns: (0..<12).map { _ in TableColumn(header: ["값"], kind: .number(.plain())) },
                                    groups: [RowGroup(rows: [TableRow(cells: (0..<12).map { _ in .number(123_456_789) })])])
        let block = Block.figure(Figure(id: "wide", content: .table(table), alt: ""))
        #expect(throws: LayoutError.self) { try Self.document([block]) }
        do { _ = try Self.document([block]) } catch let e as LayoutError {
            #expect(e.figureID == "wide")
            #expect(e.message.hasPrefix("table 'wide' needs"))
        }
    }
}
