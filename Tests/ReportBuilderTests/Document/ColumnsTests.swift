import ChartLayout
import Drawing
import Testing
import TestSupport
@testable import ReportBuilder

@Suite("Two-column sections")
struct ColumnsTests {
    typealias L = ReportLayoutTests

    static func document(_ blocks: [Block]) throws -> PagedDocument {
        try ReportLayout(report: L.report(blocks), measurer: FixedAdvanceMeasurer()).document()
    }

    /// Paragraph lines of the body, with page index, in drawing order.
    static func lines(_ doc: PagedDocument) -> [(page: Int, line: TextLine)] {
        doc.pages.enumerated().flatMap { i, page in
            L.bodyGroups(page).filter { $0.tag == .paragraph }.flatMap { g in Frame(size: .zero, items: [.group(g)]).textLines.map { (i, $0) } }
        }
    }

    @Test("a short two-column section is balanced: both columns start together and end within a line of each other")
    func balanced() throws {
        let doc = try Self.document([.columns(count: 2, blocks: [L.paragraph(lines: 6, mark: "나"), L.paragraph(lines: 5, mark: "다")])])
        #expect(doc.pages.count == 1)
        let body = Self.lines(doc).map(\.line).filter { $0.text.hasPrefix("나") || $0.text.hasPrefix("다") }
        let xs = Set(body.map(\.baseline.x))
        #expect(xs.count == 2, "two column starts: \(xs.sorted())")
        let left = body.filter { $0.baseline.x == xs.min() }, right = body.filter { $0.baseline.x == xs.max() }
        #expect(left.first?.baseline.y == right.first?.baseline.y)
        let leftEnd = left.map(\.baseline.y).max() ?? 0, rightEnd = right.map(\.baseline.y).max() ?? 0
        #expect(abs(leftEnd - rightEnd) <= Theme.standard.bodyLineHeight * 2 + 1e-9, "left ends at \(leftEnd), right at \(rightEnd)")
        // Every line fits its column: half the content width less half the gap.
        let width = (L.content.width - 18) / 2
        #expect(body.allSatisfy { ($0.justifiedWidth ?? $0.width) <= width + 1e-9 })
        L.expectInsideContent(doc)
    }

    @Test("column text narrower than 30 syllables is set ragged, while full-width body text stays justified")
    func narrowColumnsAreRagged() throws {
        let doc = try Self.document([L.paragraph(lines: 3, mark: "가"),
                                     .columns(count: 2, blocks: [L.paragraph(lines: 6, mark: "나")])])
        let lines = Self.lines(doc).map(\.line)
        let full = lines.filter { $0.text.hasPrefix("가") }, column = lines.filter { $0.text.hasPrefix("나") }
        #expect(column.count >= 6)
        #expect(column.allSatisfy { $0.justifiedWidth == nil }, "column lines: \(column.map(\.justifiedWidth))")
        #expect(full.dropLast().allSatisfy { $0.justifiedWidth == L.content.width }, "full-width lines: \(full.map(\.justifiedWidth))")
    }

    @Test("a long section fills both columns of a page, continues on the next, and text after it follows below", arguments: [0, 13, 30])
    func flowsOn(filler: Int) throws {
        let doc = try Self.document(L.withFiller(filler, [.columns(count: 2, blocks: [L.paragraph(lines: 120, mark: "나")]),
                                                         L.paragraph(lines: 2, mark: "다")]))
        L.expectInsideContent(doc)
        let body = Self.lines(doc)
        let marked = body.filter { $0.line.text.hasPrefix("나") }
        // 120 lines of eight words at full width; no word lost or repeated at column width.
        #expect(marked.map { $0.line.text.split(separator: " ").count }.reduce(0, +) == 960)
        // The paragraph after the section starts below the section's last line on its page.
        let after = try #require(body.first { $0.line.text.hasPrefix("다") })
        let lastOfSection = marked.filter { $0.page == after.page }.map(\.line.baseline.y).max() ?? -1
        #expect(after.line.baseline.y > lastOfSection)
        #expect(after.line.baseline.x == L.content.minX)
    }

    @Test("a figure inside a two-column section spans the full width between balanced runs")
    func fullWidthFigure() throws {
        let doc = try Self.document([.columns(count: 2, blocks: [L.paragraph(lines: 8, mark: "나"), L.chart(), L.paragraph(lines: 8, mark: "다")])])
        let figure = try #require(doc.pages.flatMap { L.bodyGroups($0) }.first(where: L.isFigureBlock))
        let ink = try #require(Frame(size: .zero, items: [.group(figure)]).inkBounds)
        #expect(ink.width > L.content.width * 0.9)
        let body = Self.lines(doc).map(\.line)
        let before = body.filter { $0.text.hasPrefix("나") }, after = body.filter { $0.text.hasPrefix("다") }
        #expect((before.map(\.bounds.maxY).max() ?? 0) <= ink.minY)
        #expect((after.map(\.bounds.minY).min() ?? 0) >= ink.maxY)
        #expect(Set(before.map(\.baseline.x)).count == 2 && Set(after.map(\.baseline.x)).count == 2)
        L.expectInsideContent(doc)
    }

    @Test("headings inside columns get destinations, bookmarks and correct TOC numbers")
    func headingsInColumns() throws {
        let doc = try Self.document([.tableOfContents(title: "차례", depth: 2), L.paragraph(lines: 30, mark: "가"),
                                     .columns(count: 2, blocks: [L.heading("단 속 절", level: 2), L.paragraph(lines: 90, mark: "나")]),
                                     L.heading("끝 절", level: 1), L.paragraph(lines: 2, mark: "다")])
        #expect(doc.outline.map(\.title) == ["단 속 절", "끝 절"])
        for entry in doc.outline {
            let page = doc.pages.firstIndex { $0.frame.items.contains { if case .anchor(let a) = $0 { return a.name == entry.destination } else { return false } } }
            #expect(page == entry.page)
        }
        let toc = doc.pages[0].frame.items.compactMap { item -> String? in
            guard case .group(let g) = item, g.tag == .paragraph else { return nil }
            let lines = Frame(size: .zero, items: g.items).textLines
            return lines.count == 2 && Int(lines[1].text) != nil ? lines.map(\.text).joined(separator: " ") : nil
        }
        #expect(toc == doc.outline.map { "\($0.title) \($0.page + 1)" })
    }
}
