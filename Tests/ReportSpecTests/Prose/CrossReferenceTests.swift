import Drawing
import Foundation
import ReportBuilder
import ReportSpec
import Testing
import TestSupport

/// `{{ ref("figure-id") }}`: a figure's number in prose, as its caption prints it, linked to it.
@Suite("cross-references")
struct CrossReferenceTests {
    /// A report whose first paragraph is `paragraph`, with a chart, a table, a chart inside
    /// two columns and a bare list item citing it.
    static func load(paragraph: String, language: String = "ko") throws -> (LoadedReport?, [Diagnostic]) {
        let folder = try PackagePaths.temporaryFolder("refs")
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        try "country,usd_billion\n미국,67.2\n중국,7.76\n".write(toFile: folder + "/data/i.csv", atomically: true, encoding: .utf8)
        let spec = """
            title: 시험
            date: 2025-01-21
            language: \(language)
            data:
              investment: data/i.csv
            body:
              - paragraph: \(paragraph)
              - chart: first
                data: investment
                category: country
                value: usd_billion
                title: 첫 그림, {{ ref("tbl") }} 참고
              - table: tbl
                data: investment
                columns: [country]
              - multi-column: 2
                blocks:
                  - paragraph: 단 안의 글
                  - chart: later
                    data: investment
                    category: country
                    value: usd_billion
                    title: 둘째
              - list: ['{{ ref("later") }}의 목록']

            """
        try spec.write(toFile: folder + "/report.yaml", atomically: true, encoding: .utf8)
        do {
            return (try ReportLoader().load(folder: folder), [])
        } catch let f as LoadFailure {
            return (nil, f.diagnostics)
        }
    }

    static func paragraph(_ report: Report) -> [Inline] {
        guard case .paragraph(let inlines, _)? = report.blocks.first else { return [] }
        return inlines
    }

    @Test("a reference writes the caption's number, looking ahead and into columns, linked to the figure's destination")
    func korean() throws {
        let (loaded, errors) = try Self.load(paragraph: #"'앞의 {{ ref("later") }}와 {{ ref("tbl") }}, **{{ ref("first") }}**를 보라.'"#)
        #expect(errors.isEmpty, "\(errors)")
        let report = try #require(loaded?.report)
        #expect(Self.paragraph(report) == [
            Inline("앞의 "), Inline("그림 2", target: .destination("fig-later")), Inline("와 "),
            Inline("표 1", target: .destination("fig-tbl")), Inline(", "),
            Inline("그림 1", emphasis: .strong, target: .destination("fig-first")), Inline("를 보라."),
        ])
        // The numbers are the ones the document plan gives the captions.
        #expect(report.figureNumbers == ["first": 1, "tbl": 1, "later": 2])
        // A bare list item cites too.
        guard case .list(let list)? = report.blocks.last else { Issue.record("no list"); return }
        #expect(list.items.first?.text == [Inline("그림 2", target: .destination("fig-later")), Inline("의 목록")])
    }

    @Test("an English report writes Figure and Table")
    func english() throws {
        let (loaded, errors) = try Self.load(paragraph: #"'See {{ ref("later") }} and {{ ref("tbl") }}.'"#, language: "en")
        #expect(errors.isEmpty, "\(errors)")
        let words = Self.paragraph(try #require(loaded?.report)).map(\.text).joined()
        #expect(words == "See Figure 2 and Table 1.")
    }

    @Test("in a figure's own text a reference is plain words, with nothing of the link left in it")
    func plainInTitles() throws {
        let (loaded, _) = try Self.load(paragraph: "글")
        let report = try #require(loaded?.report)
        guard case .figure(let figure)? = report.blocks.dropFirst().first, case .barChart(let chart) = figure.content else {
            Issue.record("no chart"); return
        }
        #expect(chart.title == "첫 그림, 표 1 참고")
        #expect(loaded?.texts.contains { $0.value.unicodeScalars.contains { (0xE000...0xF8FF).contains($0.value) } } == false)
    }

    @Test("an unknown id is an error at the binding, listing the figures and suggesting the closest")
    func unknownID() throws {
        let (_, errors) = try Self.load(paragraph: #"'자세히는 {{ ref("frist") }}에.'"#)
        let error = try #require(errors.first)
        #expect(error.code == "prose.unknown-figure")
        // At the binding's `{{`, as every binding error is.
        #expect(error.location.line == 7 && error.location.column == 22, "\(error.location)")
        #expect(error.location.file.hasSuffix("report.yaml"))
        #expect(error.message == #"ref("frist") names no chart, table or map; its figures are 'first', 'tbl', 'later'"#)
        #expect(error.notes.map(\.message) == ["did you mean 'first'?"])
    }

    @Test("a reference stands alone and quotes its id; 'ref: id' is explained", arguments: [
        (#"'{{ ref("first") + 1 }}'"#, #"ref("first") stands alone in {{ … }}"#),
        (#"'{{ 1 + ref("first") }}'"#, #"ref("…") stands alone in {{ … }}"#),
        (#"'{{ ref("first") | korean }}'"#, #"ref("first") stands alone in {{ … }}"#),
        (#"'{{ ref(first) }}'"#, #"expected the figure id in quotes, as ref("figure-id")"#),
        ("|\n      {{ ref: first }}", #"write a cross-reference as ref("figure-id")"#),
    ])
    func syntax(source: String, message: String) throws {
        let (_, errors) = try Self.load(paragraph: source)
        let error = try #require(errors.first)
        #expect(error.code == "prose.syntax")
        #expect(error.message.contains(message), "\(error.message)")
    }

    @Test("in the bundled reports, a reference to every figure reads what its caption reads", arguments: ["china-ai-2025", "ai-readiness-world"])
    func bundled(name: String) throws {
        let source = PackagePaths.root + "/Reports/" + name
        let plain = try ReportLoader().load(folder: source).report
        let ids = plain.figures.map(\.id)
        let folder = try PackagePaths.temporaryFolder("refs-bundled") + "/" + name
        try FileManager.default.copyItem(atPath: source, toPath: folder)
        let refs = ids.map { "{{ ref(\"\($0)\") }}" }.joined(separator: " ")
        let spec = try String(contentsOfFile: folder + "/report.yaml", encoding: .utf8)
            .replacingOccurrences(of: "\nbody:\n", with: "\nbody:\n  - paragraph: '\(refs)'\n")
        try spec.write(toFile: folder + "/report.yaml", atomically: true, encoding: .utf8)
        let report = try ReportLoader().load(folder: folder).report
        let expected = plain.figures.map { Figure.label(number: plain.figureNumbers[$0.id] ?? 0, isTable: $0.isTable, korean: plain.isKorean) }
        let links = Self.paragraph(report).filter { $0.link != nil }
        #expect(links.map(\.text) == expected)
        #expect(links.map(\.link) == ids.map { .destination(Figure.anchor(id: $0)) })
    }
}
