import ChartLayout
import Drawing
import Testing
import TestSupport
@testable import ReportBuilder

@Suite("Document blocks")
struct DocumentBlocksTests {
    typealias L = ReportLayoutTests

    static func document(_ blocks: [Block], cover: Bool = false, language: String = "ko") throws -> PagedDocument {
        var report = L.report(blocks)
        report.cover = cover
        report.metadata.language = language
        return try ReportLayout(report: report, measurer: FixedAdvanceMeasurer()).document()
    }

    /// Top-level body groups of every page with their page index.
    static func groups(_ doc: PagedDocument) -> [(page: Int, group: Group)] {
        doc.pages.enumerated().flatMap { i, page in L.bodyGroups(page).map { (i, $0) } }
    }

    static func item(_ text: String, _ children: ListBlock? = nil) -> ListItem { ListItem([Inline(text)], children: children) }

    @Test("numbered list markers follow 1. → 가. → 1) → 가) → (1) → (가) → ① by depth")
    func markersByDepth() {
        #expect((0..<7).map { ListMarker.ordered(index: 0, depth: $0) } == ["1.", "가.", "1)", "가)", "(1)", "(가)", "①"])
        #expect(ListMarker.ordered(index: 2, depth: 1) == "다.")
        #expect(ListMarker.ordered(index: 11, depth: 0) == "12.")
        // An English report numbers as English documents do.
        #expect((0..<7).map { ListMarker.ordered(index: 3, depth: $0, korean: false) } == ["4.", "d.", "iv.", "(4)", "(d)", "(iv)", "4."])
        #expect(ListMarker.ordered(index: 26, depth: 1, korean: false) == "aa.")
        #expect(ListMarker.ordered(index: 1993, depth: 2, korean: false) == "mcmxciv.")
    }

    @Test("body text is justified unless the theme sets it ragged-right", arguments: [true, false])
    func raggedBody(justifies: Bool) throws {
        var report = L.report([L.paragraph(lines: 6, mark: "가")])
        report.theme.justifiesBody = justifies
        let doc = try ReportLayout(report: report, measurer: FixedAdvanceMeasurer()).document()
        let lines = doc.pages.flatMap { L.bodyGroups($0) }.filter { $0.tag == .paragraph }.flatMap { Frame(size: .zero, items: $0.items).textLines }
        #expect(lines.count > 3)
        #expect(lines.contains { $0.justifiedWidth != nil } == justifies)
    }

    @Test("an English report numbers its lists 1. then a., a Korean one 1. then 가.", arguments: [("en", ["1.", "a."]), ("ko", ["1.", "가."])])
    func markersByLanguage(language: String, expected: [String]) throws {
        let list = ListBlock(ordered: true, items: [Self.item("one", ListBlock(ordered: true, items: [Self.item("two")]))])
        let doc = try Self.document([.list(list)], language: language)
        let items = Self.groups(doc).filter { if case .listItem = $0.group.tag { return true } else { return false } }.map(\.group)
        #expect(items.map { Frame(size: .zero, items: $0.items).textLines[0].text } == expected)
    }

    @Test("a wrapped list item hangs: every line starts at the x of the item text, the marker sits left of it")
    func hangingIndent() throws {
        let long = Array(repeating: "가나다라마", count: 30).joined(separator: " ")
        let list = ListBlock(ordered: true, items: [Self.item(long, ListBlock(ordered: true, items: [Self.item(long)]))])
        let doc = try Self.document([.list(list)])
        let items = Self.groups(doc).filter { if case .listItem = $0.group.tag { return true } else { return false } }.map(\.group)
        #expect(items.map(\.tag) == [.listItem(depth: 0), .listItem(depth: 1)])
        #expect(items.count == 2)
        // Each item is its marker (Lbl) and its text (LBody), as PDF/UA reads a list.
        let parts = items.map { $0.items.map { item -> StructureTag? in if case .group(let g) = item { return g.tag } else { return nil } } }
        #expect(parts == [[.listLabel, .listBody], [.listLabel, .listBody]])
        for (depth, item) in items.enumerated() {
            let lines = Frame(size: .zero, items: item.items).textLines
            let marker = lines[0], text = Array(lines.dropFirst())
            #expect(marker.text == (depth == 0 ? "1." : "가."))
            #expect(text.count > 1)
            let x = text[0].baseline.x
            #expect(text.allSatisfy { abs($0.baseline.x - x) < 1e-9 }, "depth \(depth): \(text.map(\.baseline.x))")
            #expect(marker.baseline.x + marker.width < x)
            #expect(marker.baseline.y == text[0].baseline.y)
        }
        // The nested item's text starts further right than its parent's.
        let x0 = Frame(size: .zero, items: items[0].items).textLines[1].baseline.x
        let x1 = Frame(size: .zero, items: items[1].items).textLines[1].baseline.x
        #expect(x1 > x0)
        L.expectInsideContent(doc)
    }

    @Test("figures are numbered in order, charts and tables separately, with the caption under a chart")
    func figureNumbers() throws {
        guard case .figure(var chart) = L.chart() else { Issue.record("helper changed"); return }
        chart.caption = "국가별 AI 민간 투자"
        var second = chart
        second.id = "second"
        second.caption = nil
        let doc = try Self.document([.figure(chart), .figure(second)])
        let captions = Self.groups(doc).flatMap { Self.captions(in: $0.group) }
        #expect(captions == ["그림 1. 국가별 AI 민간 투자", "그림 2"])
        let english = try Self.document([.figure(chart)], language: "en")
        #expect(Self.groups(english).flatMap { Self.captions(in: $0.group) } == ["Figure 1. 국가별 AI 민간 투자"])
        // The caption lies below the chart's ink.
        let group = try #require(Self.groups(doc).first { L.isFigureBlock($0.group) }?.group)
        let captionTop = Frame(size: .zero, items: group.items.filter { if case .group(let g) = $0 { return g.tag == .caption } else { return false } })
            .textLines.map(\.bounds.minY).min() ?? 0
        let chartBottom = Frame(size: .zero, items: group.items.filter { if case .group(let g) = $0 { return g.tag != .caption } else { return true } })
            .inkBounds?.maxY ?? .infinity
        #expect(captionTop > chartBottom)
    }

    static func captions(in group: Group) -> [String] {
        group.items.flatMap { item -> [String] in
            guard case .group(let g) = item else { return [] }
            if g.tag == .caption { return [Frame(size: .zero, items: g.items).textLines.map(\.text).joined()] }
            return captions(in: g)
        }
    }

    @Test("the table of contents prints the page each heading really lands on, and links to it", arguments: [0, 20, 45])
    func tocNumbers(filler: Int) throws {
        let blocks: [Block] = [.tableOfContents(title: "차례", depth: 2)] + L.withFiller(filler, [
            L.heading("첫째 절", level: 1), L.paragraph(lines: 40, mark: "나"),
            L.heading("둘째 절", level: 2), L.paragraph(lines: 50, mark: "다"), L.chart(),
            L.heading("셋째 절", level: 1), L.paragraph(lines: 5, mark: "라"),
            L.heading("깊은 절", level: 3),
        ])
        for cover in [false, true] {
            let doc = try Self.document(blocks, cover: cover)
            let bodyOffset = cover ? 1 : 0
            // Where each heading is, from the pages themselves.
            var actual: [String: Int] = [:]
            for (i, page) in doc.pages.enumerated() {
                for g in L.bodyGroups(page) where g.tag == .heading(level: 1) || g.tag == .heading(level: 2) || g.tag == .heading(level: 3) {
                    let text = Frame(size: .zero, items: g.items).textLines.map(\.text).joined()
                    if actual[text] == nil { actual[text] = i - bodyOffset + 1 }
                }
            }
            // TOC entries: the heading's lines, then the number at the right.
            let entries = Self.groups(doc).compactMap { placed -> (String, String)? in
                guard placed.group.tag == .paragraph else { return nil }
                let lines = Frame(size: .zero, items: placed.group.items).textLines
                guard lines.count >= 2, let last = lines.last, Int(last.text) != nil else { return nil }
                return (lines.dropLast().map(\.text).joined(), last.text)
            }
            #expect(entries.map(\.0) == ["첫째 절", "둘째 절", "셋째 절"], "depth 2 leaves out the level-3 heading")
            for (title, number) in entries {
                #expect(Int(number) == actual[title], "\(title): TOC says \(number), page is \(actual[title] ?? -1) (cover \(cover))")
            }
            // One link per entry, to the destination placed with that heading, holding the
            // entry's title and page number (a Link element with its words, for PDF/UA).
            let links = L.bodyGroups(doc.pages[bodyOffset]).flatMap { $0.items }.compactMap { item -> (LinkTarget, [String])? in
                guard case .group(let g) = item, case .link(let target)? = g.tag else { return nil }
                return (target, Frame(size: .zero, items: g.items).textLines.map(\.text))
            }
            #expect(links.map(\.0) == ["sec-1", "sec-2", "sec-3"].map { .destination($0) })
            #expect(zip(links, entries).allSatisfy { link, entry in link.1 == [entry.0, entry.1] })
        }
    }

    @Test("a table of contents longer than a page flows on, its title kept with the first entry, and every number is right")
    func longContents() throws {
        let sections = (1...70).flatMap { [L.heading("절 \($0)", level: 1), L.paragraph(lines: 4, mark: "나")] }
        let doc = try Self.document([.tableOfContents(title: "차례", depth: 1)] + sections, cover: true)
        let entries = Self.groups(doc).compactMap { placed -> (page: Int, title: String, number: Int)? in
            let lines = Frame(size: .zero, items: placed.group.items).textLines
            guard placed.group.tag == .paragraph, lines.count == 2, let n = Int(lines[1].text) else { return nil }
            return (placed.page, lines[0].text, n)
        }
        #expect(entries.count == 70)
        #expect(Set(entries.map(\.page)).count >= 2, "70 entries need more than one page")
        for e in entries {
            let page = doc.pages.firstIndex { L.bodyGroups($0).contains { g in
                g.tag == .heading(level: 1) && Frame(size: .zero, items: g.items).textLines.first?.text == e.title } }
            #expect(page == e.number, "\(e.title): TOC says \(e.number), heading on body page \(page ?? -1)")
        }
        L.expectInsideContent(doc)
    }

    @Test("outline entries nest by level and point at the pages holding their destinations")
    func outlinePages() throws {
        let doc = try Self.document(L.withFiller(30, [
            L.heading("첫째 절", level: 1), L.paragraph(lines: 40, mark: "나"),
            L.heading("둘째 절", level: 2), L.paragraph(lines: 10, mark: "다"),
            L.heading("셋째 절", level: 1),
            L.paragraph(lines: 3, mark: "라"),
        ]), cover: true)
        #expect(doc.outline.map(\.title) == ["첫째 절", "셋째 절"])
        #expect(doc.outline[0].children.map(\.title) == ["둘째 절"])
        func check(_ entries: [OutlineEntry]) {
            for e in entries {
                let found = doc.pages.firstIndex { $0.frame.items.contains { if case .anchor(let a) = $0 { return a.name == e.destination } else { return false } } }
                #expect(found == e.page, "\(e.title)")
                check(e.children)
            }
        }
        check(doc.outline)
        #expect(doc.outline[0].page >= 1, "the cover is page 0")
    }

    @Test("a heading stays with a key-figure row, and the row never splits", arguments: L.fillers)
    func keyFigureRow(filler: Int) throws {
        let row = Block.keyFigures([KeyFigure(value: "6,000억 위안", label: "2023 중국 AI 산업 규모"), KeyFigure(value: "약 4,700곳", label: "AI 기업"),
                                    KeyFigure(value: "약 200개", label: "거대언어모델"), KeyFigure(value: "1,339곳", label: "CES 2025 참가 중국 기업")])
        let doc = try Self.document(L.withFiller(filler, [L.heading("숫자로 본 중국"), row, L.paragraph(lines: 3, mark: "나")]))
        let placed = Self.groups(doc)
        let rows = placed.filter { $0.group.tag == .division }
        #expect(rows.count == 1)
        let (page, group) = try #require(rows.first)
        let values = Frame(size: .zero, items: group.items).textLines.map(\.text)
        #expect(values.contains("6,000억 위안") && values.contains("1,339곳"))
        // Ink grows a 2 pt rule by 1 pt at its butt-capped ends, which draw nothing there.
        let ink = try #require(Frame(size: .zero, items: [.group(group)]).inkBounds)
        #expect(L.content.contains(ink, tolerance: 1 + 1e-6), "filler \(filler)")
        let heading = try #require(placed.first { $0.group.tag == .heading(level: 2) })
        #expect(heading.page == page, "filler \(filler): heading on \(heading.page), row on \(page)")
    }

    @Test("a cover page has the title, subtitle and byline and no header or footer; body pages count from 1")
    func coverPage() throws {
        let doc = try Self.document([L.paragraph(lines: 60, mark: "가")], cover: true)
        #expect(doc.pages.count == 3)
        #expect(doc.pages.map(\.label) == ["i", "1", "2"])
        let cover = doc.pages[0]
        #expect(Frame(size: cover.size, items: L.furniture(cover).map { .group($0) }).textLines.isEmpty, "no header or footer text")
        let texts = Frame(size: cover.size, items: cover.frame.items).textLines.map(\.text)
        #expect(texts == [L.title, "성장하는 중국, 앞서가는 미국", "브리핑 편집팀", "2025-01-21"])
        for (i, page) in doc.pages.dropFirst().enumerated() {
            let lines = Frame(size: page.size, items: L.furniture(page).map { .group($0) }).textLines.map(\.text)
            #expect(lines.first == L.title, "the header runs from the first body page after a cover")
            #expect(lines.last == "\(i + 1) / 2")
        }
    }

    @Test("the running header names the section the page starts in, or the one it opens with")
    func runningSection() throws {
        let doc = try Self.document([L.heading("첫째 절", level: 1), L.paragraph(lines: 60, mark: "가"),
                                     L.heading("둘째 절", level: 1), L.paragraph(lines: 3, mark: "나"), .pageBreak,
                                     L.heading("셋째 절", level: 1), L.paragraph(lines: 3, mark: "다")], cover: true)
        let headers = doc.pages.map { Frame(size: $0.size, items: L.furniture($0).map { .group($0) }).textLines.map(\.text) }
        #expect(headers.count == 4)
        #expect(headers[1] == [L.title, "첫째 절", "1 / 3"])
        // Page 2 continues the first section before the second heading starts on it.
        #expect(headers[2] == [L.title, "첫째 절", "2 / 3"])
        #expect(headers[3] == [L.title, "셋째 절", "3 / 3"])
    }

    @Test("a landscape Letter page keeps every block inside its wider, shorter content area, footer centred on it")
    func landscape() throws {
        var report = L.report(L.withFiller(10, [.tableOfContents(title: "차례", depth: 2), L.heading("절", level: 1), L.chart(),
                                                .keyFigures([KeyFigure(value: "약 200개", label: "거대언어모델")]), L.paragraph(lines: 40, mark: "나")]))
        report.page = PageSetup(size: PageSize.oriented(PageSize.letter, landscape: true), margins: Margins(top: 50, right: 50, bottom: 50, left: 50))
        let doc = try ReportLayout(report: report, measurer: FixedAdvanceMeasurer()).document()
        #expect(doc.pages.allSatisfy { $0.size == Size(width: 792, height: 612) })
        let content = report.page.contentRect
        for (i, page) in doc.pages.enumerated() {
            let body = Frame(size: page.size, items: page.frame.items.filter { if case .group(let g) = $0 { return g.tag != .artifact } else { return true } })
            for line in body.textLines { #expect(content.contains(line.bounds), "page \(i + 1): \(line.text)") }
            let footer = try #require(Frame(size: page.size, items: L.furniture(page).map { .group($0) }).textLines.last)
            #expect(abs(footer.baseline.x + footer.width / 2 - content.midX) < 1e-9)
        }
    }

    @Test("a page break starts the next block on a new page, but never leaves an empty page")
    func pageBreak() throws {
        let doc = try Self.document([L.paragraph(lines: 2, mark: "가"), .pageBreak, .pageBreak, L.paragraph(lines: 2, mark: "나")])
        #expect(doc.pages.count == 2)
        #expect(L.chunks(doc).map(\.page) == [0, 1])
    }

    @Test("quotes, sidebars and rules lie inside the content area, and the sidebar keeps its mailto link")
    func boxes() throws {
        let sidebar = Sidebar(title: "수상 소식", paragraphs: [[Inline("첫 문단입니다.")],
                                                         [Inline("문의: "), Inline("briefing@example.com", link: "mailto:briefing@example.com")]])
        let doc = try Self.document(L.withFiller(38, [.quote([Inline("인용문입니다.")]), .rule, .sidebar(sidebar)]))
        L.expectInsideContent(doc)
        let links = doc.pages.flatMap { Frame(size: $0.size, items: $0.frame.items).textLines }.flatMap(\.spans).compactMap(\.link)
        #expect(links == [.uri("mailto:briefing@example.com")])
        #expect(Self.groups(doc).contains { $0.group.tag == .blockQuote })
    }
}
