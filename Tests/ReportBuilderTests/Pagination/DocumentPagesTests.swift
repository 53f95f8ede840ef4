import ChartLayout
import Drawing
import Testing
import TestSupport
@testable import ReportBuilder

@Suite("Pages handed out one at a time")
struct DocumentPagesTests {
    typealias L = ReportLayoutTests

    /// Every kind of block that reaches a page: a table of contents, headings, paragraphs, a list,
    /// key figures, a sidebar, a chart, a two-column run and a table long enough to continue.
    static func blocks() -> [Block] {
        let list = ListBlock(ordered: true, items: [ListItem([Inline("첫째 항목")], children: ListBlock(ordered: false, items: [ListItem([Inline("딸린 항목")])]))])
        return [.tableOfContents(title: "차례", depth: 2), L.heading("시장 동향", level: 1), L.paragraph(lines: 30, mark: "가"), .list(list),
                .keyFigures([KeyFigure(value: "6,000억 위안", label: "산업 규모")]),
                .sidebar(Sidebar(title: "용어", paragraphs: [[Inline("거대언어모델")]])), L.chart(categories: 5),
                L.heading("지역", level: 1), .columns(count: 2, blocks: [L.paragraph(lines: 12, mark: "나")]),
                L.heading("기업", level: 2), TablePaginationTests.table(rows: 90), .quote([Inline("인용문")])]
    }

    static func report(cover: Bool) -> Report {
        var report = L.report(blocks())
        report.cover = cover
        return report
    }

    @Test("the streamed pages are the pages of the whole document, with and without a cover", arguments: [false, true])
    func sameAsDocument(cover: Bool) throws {
        let layout = ReportLayout(report: Self.report(cover: cover), measurer: FixedAdvanceMeasurer())
        let whole = try layout.document()
        let paged = try layout.pages()
        var streamed: [Page] = []
        try paged.forEach { streamed.append($0) }
        #expect(whole.pages.count > 4)
        #expect(streamed == whole.pages)
        #expect(paged.count == whole.pages.count)
        #expect(paged.outline == whole.outline)
    }

    @Test("the font usage known before any page is built covers every character the pages draw", arguments: [false, true])
    func fontUsageCoversPages(cover: Bool) throws {
        let layout = ReportLayout(report: Self.report(cover: cover), measurer: FixedAdvanceMeasurer())
        let paged = try layout.pages()
        var drawn = FontUsage()
        try paged.forEach { drawn.add($0.frame) }
        #expect(!drawn.scalars.isEmpty)
        #expect(paged.fontUsage.covers(drawn))
        // It is the drawn text plus at most a continued table header.
        var extra = paged.fontUsage
        extra.add(drawn)
        #expect(extra == paged.fontUsage)
    }

    @Test("a page body that throws stops the pages and its error comes back")
    func stopsOnError() throws {
        struct Stop: Error {}
        let paged = try ReportLayout(report: Self.report(cover: false), measurer: FixedAdvanceMeasurer()).pages()
        var seen = 0
        #expect(throws: Stop.self) {
            try paged.forEach { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }

    @Test("the running header's section is the same whether pages are built or only measured")
    func sectionsMatchBuiltPages() throws {
        let paged = try ReportLayout(report: Self.report(cover: false), measurer: FixedAdvanceMeasurer()).pages()
        var tracker = SectionTracker(plan: DocumentPlan(blocks: Self.blocks()))
        var built: [String?] = []
        try paged.forEach { page in
            // The built page without its furniture, as the measuring pass saw it.
            built.append(tracker.next(page.frame.items.filter { item in
                if case .group(let g) = item, g.tag == .artifact { return false }
                return true
            }))
        }
        #expect(built == paged.sections)
        #expect(paged.sections.contains("지역"))
    }
}
