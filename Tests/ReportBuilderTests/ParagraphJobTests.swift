import ChartLayout
import Drawing
import Testing
import TestSupport
@testable import ReportBuilder

@Suite("paragraphs laid out ahead of the layout")
struct ParagraphJobTests {
    /// Paragraphs of different lengths between headings and charts.
    static func blocks(_ count: Int) -> [Block] {
        (0..<count).flatMap { i -> [Block] in
            var out: [Block] = [ReportLayoutTests.paragraph(lines: 1 + i % 4, mark: i % 2 == 0 ? "가" : "나")]
            if i % 10 == 0 { out.append(ReportLayoutTests.heading("절 \(i)")) }
            if i % 25 == 0 { out.append(ReportLayoutTests.chart()) }
            return out
        }
    }

    @Test("a report lays out the same pages whether its paragraphs were broken ahead by another measurer or not")
    func samePages() throws {
        let report = ReportLayoutTests.report(Self.blocks(120))
        let layout = ReportLayout(report: report, measurer: FixedAdvanceMeasurer())
        let alone = try layout.document()
        var ready: [Int: TextBlock] = [:]
        for job in layout.paragraphJobs { ready[job.index] = job.layOut(with: FixedAdvanceMeasurer()) }
        var handedOut = 0
        let paged = try layout.pages(prelaid: { index in
            guard let block = ready[index] else { return nil }
            handedOut += 1
            return block
        })
        var pages: [Page] = []
        try paged.forEach { pages.append($0) }
        #expect(PagedDocument(pages: pages, metadata: paged.metadata, outline: paged.outline) == alone)
        #expect(handedOut == 120, "every paragraph was taken from the ones laid out ahead")
    }

    @Test("the jobs are the body paragraphs, each once, with its block index")
    func jobsAreParagraphs() {
        let blocks = Self.blocks(30)
        let jobs = ReportLayout(report: ReportLayoutTests.report(blocks), measurer: FixedAdvanceMeasurer()).paragraphJobs
        let paragraphs = blocks.indices.filter { if case .paragraph = blocks[$0] { return true } else { return false } }
        #expect(jobs.map(\.index) == paragraphs)
    }
}
