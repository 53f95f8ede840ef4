import ChartLayout
import Drawing
import ReportBuilder
import Testing
@testable import ReportSpec

@Suite("Document blocks in report.yaml")
struct SpecReaderDocumentBlocksTests {
    typealias T = ReportLoaderTests

    static func load(_ body: String, top: String = "") throws -> Result<LoadedReport, LoadFailure> {
        try T.load(files: ["report.yaml": top + T.spec(body: body), "data/investment.csv": T.investmentCSV]).result
    }

    @Test("the theme sets body alignment and the justification limits; an unknown alignment is an error naming the choices")
    func justificationTheme() throws {
        let top = "theme: {body-align: left, justify-space-stretch: 0.25, justify-letter-stretch: 0.1, hanging-punctuation: true}\n"
        let report = try Self.load("  - paragraph: 가\n", top: top).get().report
        #expect(!report.theme.justifiesBody)
        #expect(report.theme.hangsPunctuation)
        #expect(try !Self.load("  - paragraph: 가\n").get().report.theme.hangsPunctuation, "off unless asked for")
        #expect(report.theme.justification == Justification(spaceStretch: 0.25, letterStretch: 0.1))
        let bad = try T.errors(files: ["report.yaml": "theme: {body-align: centre}\n" + T.spec(body: "  - paragraph: 가\n"),
                                       "data/investment.csv": T.investmentCSV]).1
        #expect(bad.map(\.code) == ["spec.unknown-value"], "\(bad)")
    }

    @Test("a paragraph may set its own alignment (ragged-right in a justified report, or the reverse); any other value is an error naming the choices")
    func paragraphAlignment() throws {
        let body = "  - paragraph: 가\n  - {paragraph: 나, align: left}\n  - {paragraph: 다, align: justify}\n"
        let report = try Self.load(body, top: "theme: {body-align: left}\n").get().report
        let alignments = report.blocks.compactMap { block -> ParagraphStyle.Alignment?? in
            if case .paragraph(_, let alignment) = block { return alignment } else { return nil }
        }
        #expect(alignments == [nil, .left, .justify])
        let bad = try T.errors(files: ["report.yaml": T.spec(body: "  - {paragraph: 가, align: center}\n"), "data/investment.csv": T.investmentCSV]).1
        #expect(bad.map(\.code) == ["spec.unknown-value"], "\(bad)")
        #expect(bad.first?.message.contains("justify, left") == true)
    }

    @Test("English hyphenation is on by default with the system's patterns, off with hyphenate: false; a missing pattern file is a warning, not an error")
    func hyphenation() throws {
        let on = try Self.load("  - paragraph: 가\n").get()
        #expect(on.report.theme.hyphenator != nil)
        #expect(on.report.theme.hyphenator == HyphenationDictionary.english())
        let off = try Self.load("  - paragraph: 가\n", top: "theme: {hyphenate: false}\n").get()
        #expect(off.report.theme.hyphenator == nil)
        #expect(off.warnings.isEmpty)
        let bad = try T.errors(files: ["report.yaml": "theme: {hyphenate: sometimes}\n" + T.spec(body: "  - paragraph: 가\n"),
                                       "data/investment.csv": T.investmentCSV]).1
        #expect(bad.count == 1, "\(bad)")
        #expect(HyphenationDictionary.english(at: "/nonexistent/hyph_en_US.dic") == nil)
        #expect(HyphenationDictionary.path(environment: ["BRIEFING_HYPHENATION": "/x.dic"]) == "/x.dic")
        #expect(HyphenationDictionary.path(environment: [:]) == HyphenationDictionary.debianPath)
        let diagnostics = Diagnostics()
        #expect(ThemeReader.hyphenation(at: SourceLocation(file: "report.yaml", line: 3, column: 3), diagnostics: diagnostics) != nil)
        #expect(diagnostics.all.isEmpty)
    }

    @Test("the theme's unit-spacing is the report's one rule: prose bindings, charts and tables follow it unless their own format says otherwise")
    func unitSpacingTheme() throws {
        let body = """
          - paragraph: "{{ investment.usd_billion[\\"미국\\"] | plain(unit: \\"곳\\") }}와 {{ investment.usd_billion[\\"미국\\"] | plain(unit: \\"곳\\", unit-spacing: \\"attached\\") }}"
          - chart: c
            data: investment
            category: country
            value: usd_billion
            title: 제목
            format: {unit: 건}
          - table: t
            data: investment
            title: 표
            columns:
              - {column: country, header: 나라}
              - {column: usd_billion, header: 값, type: units, format: {unit: 곳}}
              - {column: usd_billion, header: 값, type: units, format: {unit: 곳, unit-spacing: attached}}

        """
        for (theme, expected) in [("", ("67곳", "67곳", "67건", "67곳")), ("theme: {unit-spacing: spaced}\n", ("67 곳", "67곳", "67 건", "67 곳"))] {
            let report = try Self.load(body, top: theme).get().report
            guard case .paragraph(let inlines, _) = report.blocks[0] else { Issue.record("no paragraph"); continue }
            #expect(inlines.map(\.text).joined() == expected.0 + "와 " + expected.1, "\(theme)")
            var formats: [NumberFormat] = []
            for block in report.blocks {
                guard case .figure(let figure) = block else { continue }
                switch figure.content {
                case .barChart(let chart): formats.append(chart.valueFormat)
                case .table(let table):
                    formats += table.columns.compactMap { if case .number(let f) = $0.kind { f } else { nil } }
                default: break
                }
            }
            #expect(formats.map { $0.format(67) } == [expected.2, expected.3, "67곳"], "\(theme)")
        }
        let bad = try T.errors(files: ["report.yaml": "theme: {unit-spacing: tight}\n" + T.spec(body: "  - paragraph: 가\n"),
                                       "data/investment.csv": T.investmentCSV]).1
        #expect(bad.map(\.code) == ["spec.unknown-value"], "\(bad)")
    }

    @Test("lists, quotes, key figures, sidebars, contents, rules and page breaks read into their blocks")
    func blocks() throws {
        let body = """
          - contents: 차례
            depth: 1
          - list: [첫째, "**둘째**"]
          - numbered:
              - 하나
              - {text: 둘, list: [가지]}
          - quote: |
              인용문의 첫 줄과
              둘째 줄
          - key-figures:
              - {value: "6,000억 위안", label: 2023 중국 AI 산업 규모}
          - sidebar: 알림
            text: "문의: [briefing@example.com](mailto:briefing@example.com)"
          - rule
          - page-break

        """
        let report = try Self.load(body).get().report
        #expect(report.blocks == [
            .tableOfContents(title: "차례", depth: 1),
            .list(ListBlock(ordered: false, items: [ListItem([Inline("첫째")]), ListItem([Inline("둘째", emphasis: .strong)])])),
            .list(ListBlock(ordered: true, items: [ListItem([Inline("하나")]),
                                                  ListItem([Inline("둘")], children: ListBlock(ordered: false, items: [ListItem([Inline("가지")])]))])),
            .quote([Inline("인용문의 첫 줄과 둘째 줄")]),
            .keyFigures([KeyFigure(value: "6,000억 위안", label: "2023 중국 AI 산업 규모")]),
            .sidebar(Sidebar(title: "알림", paragraphs: [[Inline("문의: "), Inline("briefing@example.com", link: "mailto:briefing@example.com")]])),
            .rule, .pageBreak,
        ])
        #expect(!report.cover)
    }

    @Test("a multi-column block reads its blocks, and a figure inside it is declared like any other")
    func columns() throws {
        let chart = T.defaultBody.split(separator: "\n").drop { !$0.contains("- chart:") }.map { "    " + $0 }.joined(separator: "\n")
        let body = "  - multi-column: 2\n    blocks:\n      - paragraph: 왼쪽부터 읽습니다.\n" + chart + "\n"
        let loaded = try Self.load(body).get()
        guard case .columns(2, let blocks) = loaded.report.blocks.first else { Issue.record("\(loaded.report.blocks)"); return }
        #expect(blocks.first == .paragraph([Inline("왼쪽부터 읽습니다.")]))
        #expect(loaded.report.figures.map(\.id) == ["private-investment"])
        // title, date, data (2 lines), body, columns, blocks, paragraph: the chart is on line 9.
        #expect(loaded.figureLocations["private-investment"]?.line == 9)
        guard case .failure(let f) = try Self.load(body + "  - multi-column: 2\n    blocks:\n" + chart + "\n") else { Issue.record("loaded"); return }
        #expect(f.diagnostics.first?.message == Messages.duplicateID("private-investment").text)
    }

    @Test("a chart's caption: key becomes its figure caption, and cover: true asks for a cover page")
    func captionAndCover() throws {
        let body = T.defaultBody.replacingOccurrences(of: "    highlight: 미국", with: "    highlight: 미국\n    caption: 국가별 투자액")
        let report = try Self.load(body, top: "cover: true\n").get().report
        #expect(report.figures.first?.caption == "국가별 투자액")
        #expect(report.cover)
    }

    @Test("page size takes A4, Letter or [width, height], turned by orientation")
    func pageSizes() throws {
        func size(_ page: String) throws -> Size { try Self.load(T.defaultBody, top: "page: \(page)\n").get().report.page.size }
        #expect(try size("{size: Letter, orientation: landscape}") == Size(width: 792, height: 612))
        #expect(try size("{size: [500, 700]}") == Size(width: 500, height: 700))
        #expect(try size("{size: [700, 500], orientation: portrait}") == Size(width: 500, height: 700))
        #expect(try size("{orientation: landscape}") == Size(width: PageSize.a4.height, height: PageSize.a4.width))
    }

    @Test("a misspelt orientation, a one-number size and an unknown list key are refused at their place")
    func refusals() throws {
        guard case .failure(let f) = try Self.load(T.defaultBody, top: "page: {orientation: sideways}\n") else { Issue.record("loaded"); return }
        #expect(f.diagnostics.first?.message == Messages.unknownValue("sideways", for: "orientation", allowed: ["portrait", "landscape"]).text)
        #expect(f.diagnostics.first?.location.line == 1)
        guard case .failure(let g) = try Self.load(T.defaultBody, top: "page: {size: [500]}\n") else { Issue.record("loaded"); return }
        #expect(g.diagnostics.first?.message == Messages.expected("[width, height] in points", for: "size").text)
        guard case .failure(let h) = try Self.load("  - list: [{text: 가, items: [나]}]\n") else { Issue.record("loaded"); return }
        #expect(h.diagnostics.first?.message == Messages.unknownKey("items", in: "'list item'", allowed: ["text", "list", "numbered"]).text)
    }
}
