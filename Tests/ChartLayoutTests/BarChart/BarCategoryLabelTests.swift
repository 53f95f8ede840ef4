import Drawing
import Testing
import TestSupport
@testable import ChartLayout

@Suite("Category labels: wrapped or thinned rather than cut, and reported when cut or left out")
struct BarCategoryLabelTests {
    static var engine: BarChartLayout { BarChartLayout(theme: BarFrame.theme, measurer: FixedAdvanceMeasurer()) }

    static func chart(_ categories: [String], _ orientation: BarChart.Orientation) -> BarChart {
        BarChart(title: "항목별 값", source: "가상 자료", categories: categories,
                 series: [BarSeries(name: "값", values: categories.indices.map { Double($0 % 7 + 3) })],
                 valueFormat: .plain(decimals: 0), orientation: orientation)
    }

    @Test("a label cut to '…' is reported with what it shows", arguments: [BarChart.Orientation.horizontal, .vertical])
    func shortened(orientation: BarChart.Orientation) throws {
        let long = Array(repeating: "아주긴이름", count: 50).joined(separator: " ")
        let laidOut = Self.engine.laidOut(Self.chart([long, "나", "다"], orientation), width: 475)
        let notice = try #require(laidOut.notices.first { $0.kind == .shortenedLabel })
        #expect(notice.text == long)
        let shown = laidOut.frame.textLines.filter { $0.text.hasPrefix("아주") }.map(\.text).joined(separator: " ")
        #expect(notice.shown == shown)
        #expect(shown.hasSuffix("…"))
    }

    @Test("a column label that needs a third line gets it instead of an ellipsis")
    func thirdLine() {
        // Five columns on 95 pt bands leave 91 pt a line: three 8-character words (68 pt each) need three lines.
        let name = "가나다라마바사아 자차카타파하가나 다라마바사아자차"
        let laidOut = Self.engine.laidOut(Self.chart([name, "나", "다", "라", "마"], .vertical), width: 475)
        #expect(!laidOut.notices.contains { $0.kind == .shortenedLabel })
        #expect(laidOut.frame.textLines.filter { $0.text.hasSuffix("…") }.isEmpty)
        BarFrame.expectTidy(laidOut.frame)
    }

    @Test("columns too narrow for their labels show every second (or third) one, and report each left out")
    func thinned() throws {
        let names = (1...24).map { "\(2000 + $0)년도" }
        let laidOut = Self.engine.laidOut(Self.chart(names, .vertical), width: 475)
        let shown = names.filter { n in laidOut.frame.textLines.contains { $0.text == n } }
        let dropped = laidOut.notices.filter { $0.kind == .droppedLabel }.map(\.text)
        #expect(shown.count >= 3)
        #expect(Set(shown).union(dropped) == Set(names), "every label is drawn or reported")
        #expect(Set(shown).isDisjoint(with: dropped))
        #expect(!laidOut.notices.contains { $0.kind == .shortenedLabel })
        BarFrame.expectTidy(laidOut.frame)
    }
}
