import ChartLayout
import Drawing
import Testing
import TestSupport
@testable import ReportBuilder

@Suite("paragraphs laid out on a second thread")
struct ParagraphPrefetchTests {
    /// Paragraphs of different lengths between headings and charts, so the two threads meet
    /// somewhere in the middle of mixed blocks.
    static func blocks(_ count: Int) -> [Block] {
        (0..<count).flatMap { i -> [Block] in
            var out: [Block] = [ReportLayoutTests.paragraph(lines: 1 + i % 4, mark: i % 2 == 0 ? "가" : "나")]
            if i % 10 == 0 { out.append(ReportLayoutTests.heading("절 \(i)")) }
            if i % 25 == 0 { out.append(ReportLayoutTests.chart()) }
            return out
        }
    }

    @Test("a long report lays out the same pages whether a second thread broke its paragraphs or not",
          arguments: [120, 600])
    func samePages(paragraphs: Int) throws {
        let report = ReportLayoutTests.report(Self.blocks(paragraphs))
        let alone = try ReportLayout(report: report, measurer: FixedAdvanceMeasurer()).document()
        var helped = ReportLayout(report: report, measurer: FixedAdvanceMeasurer())
        let asked = Flag()
        helped.makeParagraphMeasurer = { asked.set(); return FixedAdvanceMeasurer() }
        #expect(try helped.document() == alone)
        #expect(asked.value, "the second thread was started")
    }

    @Test("a report with few paragraphs starts no second thread")
    func fewParagraphs() throws {
        var layout = ReportLayout(report: ReportLayoutTests.report(Self.blocks(10)), measurer: FixedAdvanceMeasurer())
        let asked = Flag()
        layout.makeParagraphMeasurer = { asked.set(); return FixedAdvanceMeasurer() }
        _ = try layout.document()
        #expect(!asked.value)
    }

    @Test("each paragraph is taken once, from either thread, whatever order the caller asks in")
    func takenOnce() {
        let style = ParagraphStyle(lineHeight: 18)
        let paragraphs = (0..<200).map { ($0, [TextSpan("가나다 라마바 \($0)", style: TextStyle(font: Font(family: "X", size: 10), color: .black))]) }
        let prefetch = ParagraphPrefetch(paragraphs.map { (index: $0.0, spans: $0.1) }, measurer: FixedAdvanceMeasurer(), width: 40, style: style)
        var fromThread = 0
        for (index, spans) in paragraphs {
            let expected = TextLayouter(measurer: FixedAdvanceMeasurer()).layout(spans, width: 40, style: style)
            if let block = prefetch.take(index) {
                fromThread += 1
                #expect(block == expected)
            }
            // Asked again, a paragraph is the caller's: nothing is handed out twice.
            #expect(prefetch.take(index) == nil)
        }
        prefetch.finish()
        #expect(fromThread <= paragraphs.count)
    }
}

/// A flag set from whichever thread.
private final class Flag: @unchecked Sendable {
    private var raised = false
    func set() { raised = true }
    var value: Bool { raised }
}
