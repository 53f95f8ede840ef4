import ChartLayout
import Drawing
import Testing
import TestSupport
@testable import ReportBuilder

@Suite("Report layout")
struct ReportLayoutTests {
    static let title = "중국 AI 산업 브리핑"
    static let setup = PageSetup(size: PageSize.a4, margins: Margins(top: 68, right: 60, bottom: 68, left: 60))
    static var content: Rect { setup.contentRect }

    /// A justified paragraph of exactly `lines` lines: at 10.5 pt a five-syllable word is 52.5 pt,
    /// so eight words and seven spaces (438.375 pt) fill a 475.28 pt line and a ninth does not.
    static func paragraph(lines: Int, mark: Character) -> Block {
        let word = String(repeating: mark, count: 5)
        return .paragraph([Inline(Array(repeating: word, count: 8 * lines).joined(separator: " "))])
    }

    static func heading(_ text: String, level: Int = 2) -> Block { .heading(level: level, text: [Inline(text)]) }

    static func chart(categories: Int = 3) -> Block {
        let names = ["미국", "중국", "한국"] + (0..<max(0, categories - 3)).map { "국가 \($0)" }
        let values: [Double?] = [67.2, 7.76, 1.4] + (0..<max(0, categories - 3)).map { Double($0 % 7) + 0.5 }
        let chart = BarChart(title: "미국의 AI 민간 투자, 중국의 9배에 가까워", subtitle: "2023년 국가별 AI 민간 투자액(달러)",
                             source: "스탠퍼드대 HAI", categories: Array(names.prefix(categories)),
                             series: [BarSeries(name: "usd_billion", values: Array(values.prefix(categories)))],
                             valueFormat: .korean(unit: "달러", multiplier: 1e9), highlight: ["미국"])
        return .figure(Figure(id: "private-investment", content: .barChart(chart), alt: chart.altText))
    }

    static func report(_ blocks: [Block], subtitle: String? = "성장하는 중국, 앞서가는 미국") -> Report {
        Report(name: "test", metadata: DocumentMetadata(title: title, author: "브리핑 편집팀", language: "ko", date: "2025-01-21T00:00:00Z"),
               page: setup, theme: .standard, subtitle: subtitle, blocks: blocks)
    }

    static func document(_ blocks: [Block]) throws -> PagedDocument {
        try ReportLayout(report: report(blocks), measurer: FixedAdvanceMeasurer()).document()
    }

    /// A page's top-level groups in order, without page furniture.
    /// A chart's block on a page: the Div holding its Figure and Caption.
    static func isFigureBlock(_ g: Group) -> Bool {
        if case .figure = g.tag { return true }
        return g.tag == .division && g.items.contains { item in
            if case .group(let child) = item, case .figure = child.tag { return true }
            return false
        }
    }

    static func bodyGroups(_ page: Page) -> [Group] {
        page.frame.items.compactMap { item in
            if case .group(let g) = item, g.tag != .artifact { return g }
            return nil
        }
    }

    static func furniture(_ page: Page) -> [Group] {
        page.frame.items.compactMap { item in
            if case .group(let g) = item, g.tag == .artifact { return g }
            return nil
        }
    }

    /// Lines per paragraph chunk in reading order: (the paragraph's mark, page index, line count).
    static func chunks(_ doc: PagedDocument) -> [(mark: Character, page: Int, lines: Int)] {
        doc.pages.enumerated().flatMap { index, page in
            bodyGroups(page).compactMap { g -> (Character, Int, Int)? in
                guard g.tag == .paragraph, let first = g.items.first, case .text(let line) = first,
                      line.text.count > 20, let mark = line.text.first else { return nil }
                return (mark, index, g.items.count)
            }
        }
    }

    /// Filler before the interesting block: 0 to 45 lines covers every position on a page.
    static let fillers = Array(0...45)

    static func withFiller(_ n: Int, _ rest: [Block]) -> [Block] {
        (n > 0 ? [paragraph(lines: n, mark: "가")] : []) + rest
    }

    @Test("the test paragraph sets exactly the requested number of justified lines")
    func paragraphHelper() throws {
        let doc = try Self.document([Self.paragraph(lines: 3, mark: "나")])
        let lines = Self.bodyGroups(doc.pages[0]).filter { $0.tag == .paragraph }.last?.items ?? []
        #expect(lines.count == 3)
        let widths = Frame(size: .zero, items: lines).textLines.map(\.width)
        #expect(widths == [438.375, 438.375, 438.375])
        let justified = Frame(size: .zero, items: lines).textLines.map(\.justifiedWidth)
        #expect(justified == [Self.content.width, Self.content.width, nil])
    }

    @Test("a heading is never the last thing on a page", arguments: fillers)
    func headingKeepsWithNext(filler: Int) throws {
        let doc = try Self.document(Self.withFiller(filler, [Self.heading("다음 절"), Self.paragraph(lines: 6, mark: "나"),
                                                         Self.heading("그림 절"), Self.chart()]))
        for (i, page) in doc.pages.enumerated() {
            guard let last = Self.bodyGroups(page).last else { continue }
            if case .heading = last.tag { Issue.record("page \(i + 1) ends with a heading (filler \(filler)) \(doc.pages.map { Self.bodyGroups($0).map { "\($0.tag!)" } })") }
        }
        // The heading shares its page with at least two lines of its paragraph.
        for page in doc.pages {
            let groups = Self.bodyGroups(page)
            if let h = groups.firstIndex(where: { Frame(size: .zero, items: $0.items).textLines.first?.text == "다음 절" }) {
                #expect(h + 1 < groups.count && groups[h + 1].items.count >= 2)
            }
        }
    }

    @Test("a paragraph split across pages leaves at least two lines at the foot and two at the head",
          arguments: fillers)
    func widowsAndOrphans(filler: Int) throws {
        let doc = try Self.document(Self.withFiller(filler, [Self.paragraph(lines: 10, mark: "나"), Self.paragraph(lines: 3, mark: "다")]))
        let chunks = Self.chunks(doc)
        for mark in ["가", "나", "다"] as [Character] {
            let parts = chunks.filter { $0.mark == mark }
            if parts.count > 1 {
                #expect(parts.allSatisfy { $0.lines >= 2 }, "\(mark): \(parts.map(\.lines)) with filler \(filler)")
            }
            // No line is lost or repeated, and the parts follow each other page by page.
            let expected = mark == "가" ? filler : (mark == "나" ? 10 : 3)
            #expect(parts.map(\.lines).reduce(0, +) == expected)
            #expect(zip(parts, parts.dropFirst()).allSatisfy { $1.page == $0.page + 1 })
        }
    }

    @Test("a figure is never split: it lies whole inside one page's content area", arguments: fillers)
    func figureWhole(filler: Int) throws {
        let doc = try Self.document(Self.withFiller(filler, [Self.chart(), Self.paragraph(lines: 3, mark: "나")]))
        let figures = doc.pages.enumerated().flatMap { i, page in
            Self.bodyGroups(page).filter(Self.isFigureBlock).map { (i, $0) }
        }
        #expect(figures.count == 1)
        let (pageIndex, group) = try #require(figures.first)
        let ink = try #require(Frame(size: .zero, items: [.group(group)]).inkBounds)
        #expect(Self.content.contains(ink), "figure ink \(ink) on page \(pageIndex + 1) with filler \(filler)")
        // The figure keeps every bar: the chart is placed as one group.
        let bars = Frame(size: .zero, items: group.items).pathBounds.filter { $0.item.fill != nil }
        #expect(bars.count == 3)
    }

    @Test("a figure too tall for the space under the title moves to page 2 instead of running off page 1")
    func tallFirstFigure() throws {
        // 24 categories make a chart with its caption about 680 pt tall: it fits an empty page, not the one under the title.
        let doc = try Self.document([Self.chart(categories: 24)])
        let pageIndex = try #require(doc.pages.firstIndex { page in
            Self.bodyGroups(page).contains(where: Self.isFigureBlock)
        })
        #expect(pageIndex == 1)
        Self.expectInsideContent(doc)
    }

    /// Every text line and painted path, except page furniture, lies inside the content rectangle.
    static func expectInsideContent(_ doc: PagedDocument, sourceLocation: SourceLocation = #_sourceLocation) {
        for (i, page) in doc.pages.enumerated() {
            let body = Frame(size: page.size, items: page.frame.items.filter { item in
                if case .group(let g) = item, g.tag == .artifact { return false }
                return true
            })
            for line in body.textLines {
                #expect(content.contains(line.bounds), "page \(i + 1): '\(line.text)' at \(line.bounds)",
                        sourceLocation: sourceLocation)
            }
            for p in body.pathBounds {
                // pathBounds grows a stroke by half its width on every side; a butt-capped rule does not
                // reach past its ends, so allow exactly that much.
                let slack = (p.item.stroke?.width ?? 0) / 2 + 1e-6
                #expect(content.contains(p.bounds, tolerance: slack), "page \(i + 1): path at \(p.bounds)",
                        sourceLocation: sourceLocation)
            }
        }
    }

    @Test("every text line and path lies inside the content area, except the page furniture", arguments: [0, 7, 19, 33, 40])
    func insideContent(filler: Int) throws {
        let doc = try Self.document(Self.withFiller(filler, [
            Self.heading("들어가며", level: 1), Self.paragraph(lines: 12, mark: "나"), Self.chart(),
            Self.heading("맺음말"), Self.paragraph(lines: 30, mark: "다"), Self.chart(categories: 12),
            Self.heading("부록", level: 3), Self.paragraph(lines: 4, mark: "라"),
        ]))
        #expect(doc.pages.count >= 3)
        Self.expectInsideContent(doc)
    }

    @Test("the furniture lies outside the content area, in the margins")
    func furnitureInMargins() throws {
        let doc = try Self.document(Self.withFiller(50, []))
        #expect(doc.pages.count == 2)
        for page in doc.pages {
            for g in Self.furniture(page) {
                for line in Frame(size: page.size, items: [.group(g)]).textLines {
                    #expect(!Self.content.intersects(line.bounds))
                    #expect(Rect(origin: .zero, size: page.size).contains(line.bounds))
                }
            }
        }
    }

    @Test("pages are labelled 1, 2, … and footed n / N, with the title as running header from page 2")
    func labelsAndFooters() throws {
        let doc = try Self.document([Self.paragraph(lines: 100, mark: "가")])
        #expect(doc.pages.count == 3)
        #expect(doc.pages.map(\.label) == ["1", "2", "3"])
        let measurer = FixedAdvanceMeasurer()
        let font = Theme.standard.font(Theme.standard.smallSize)
        for (i, page) in doc.pages.enumerated() {
            let furniture = Self.furniture(page)
            #expect(furniture.count == 1)
            let lines = Frame(size: page.size, items: furniture.map { .group($0) }).textLines
            let footer = "\(i + 1) / 3"
            #expect(lines.map(\.text) == (i == 0 ? [footer] : [Self.title, footer]))
            let foot = lines.last!
            let w = measurer.width(of: footer, font: font)
            #expect(foot.width == w)
            #expect(abs(foot.baseline.x - (Self.content.minX + Self.content.width / 2 - w / 2)) < 1e-9)
            #expect(abs(foot.baseline.y - (Self.content.maxY + 28)) < 1e-9)
            #expect(page.size == PageSize.a4)
        }
        #expect(doc.metadata.title == Self.title)
    }

    @Test("the first page opens with the title, subtitle and byline above a rule")
    func titleBlock() throws {
        let doc = try Self.document([Self.paragraph(lines: 2, mark: "가")])
        let lines = Frame(size: PageSize.a4, items: Self.bodyGroups(doc.pages[0]).map { .group($0) }).textLines
        #expect(Array(lines.map(\.text).prefix(3)) == [Self.title, "성장하는 중국, 앞서가는 미국", "브리핑 편집팀 · 2025-01-21"])
        // Title 22 pt on a 29 pt pitch: first baseline (29 − 22) / 2 + 17.6 = 21.1 below the margin.
        #expect(abs(lines[0].baseline.y - (68 + 21.1)) < 1e-9)
        #expect(lines[0].spans[0].style.font.weight == .bold)
    }

    @Test("the same report lays out to the same document")
    func deterministic() throws {
        let blocks = Self.withFiller(20, [Self.heading("절"), Self.chart(), Self.paragraph(lines: 30, mark: "나")])
        #expect(try Self.document(blocks) == Self.document(blocks))
    }
}
