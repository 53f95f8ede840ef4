import Drawing
import Testing
import TestSupport
@testable import ChartLayout

@Suite("Bar charts on a 960×540 slide")
struct BarChartSlideTests {
    static let theme = BarFrame.theme

    static func charts() -> [(String, BarChart)] {
        let years = ["2019", "2020", "2021", "2022", "2023"]
        let usd = NumberFormat.korean(unit: "달러", multiplier: 1e9)
        let one = BarChart(title: "미국의 AI 민간 투자, 중국의 9배에 가까워", subtitle: "2023년 국가별 AI 민간 투자액(달러)",
                           source: "스탠퍼드대 HAI", categories: ["미국", "중국", "한국"],
                           series: [BarSeries(name: "투자", values: [67.2, 7.76, 1.4])], valueFormat: usd, highlight: ["미국"])
        var columns = one
        columns.orientation = .vertical
        columns.categories = years
        columns.series = [BarSeries(name: "건수", values: [12, 30, -8, 45, 20])]
        columns.valueFormat = .plain(decimals: 0)
        columns.highlight = []
        var grouped = columns
        grouped.orientation = .horizontal
        grouped.series = [BarSeries(name: "가", values: [1, 2, 3, 4, 5]), BarSeries(name: "나", values: [5, 4, 3, nil, 1])]
        grouped.note = "가상 자료"
        var stacked = grouped
        stacked.orientation = .vertical
        stacked.layout = .stacked
        stacked.valueAxis = true
        stacked.referenceLines = [ReferenceLine(value: 4, label: "목표")]
        var annotated = one
        annotated.annotations = [Annotation(text: String(repeating: "가", count: 120), category: "미국")]
        var percent = grouped
        percent.layout = .percent
        percent.valueAxis = true
        return [("one series", one), ("columns", columns), ("grouped", grouped), ("stacked", stacked),
                ("annotated", annotated), ("percent", percent)]
    }

    /// The size each kind of text should keep: title, subtitle, footer, and labels for the rest.
    static func expectThemeSizes(_ frame: Frame, _ chart: BarChart, sourceLocation: SourceLocation = #_sourceLocation) {
        // The footer (notes, then the source) is the last block: every line from its first on.
        let lines = frame.textLines
        let footerStart = lines.firstIndex { ["출처: ", "주: ", "※"].contains(where: $0.text.hasPrefix) } ?? lines.count
        for (i, line) in lines.enumerated() {
            let size = line.spans[0].style.font.size
            let expected: Double
            if line.text == chart.title { expected = theme.chartTitleSize }
            else if let s = chart.subtitle, line.text.hasPrefix(s) { expected = theme.chartSubtitleSize }
            else if i >= footerStart { expected = theme.chartSourceSize }
            else { expected = theme.chartLabelSize }
            #expect(size == expected, "'\(line.text)' is set at \(size) pt", sourceLocation: sourceLocation)
            #expect(line.spans.allSatisfy { $0.style.font.size == size }, sourceLocation: sourceLocation)
        }
    }

    /// The source line's baseline when its 11 pt line box ends at `bottom` (7.5 pt type: 1.75 pt half-leading + 6 pt ascent).
    static func sourceBaseline(bottom: Double) -> Double { bottom - 11 + 1.75 + 6 }

    @Test("a chart that fits fills exactly 960×540, keeps its type sizes and puts the source at the foot",
          arguments: charts().map(\.0))
    func fits(name: String) throws {
        let chart = try #require(Self.charts().first { $0.0 == name }).1
        let frame = BarFrame.layout(chart, on: .slide)
        #expect(frame.size == Size(width: 960, height: 540))
        Self.expectThemeSizes(frame, chart)
        let source = try #require(frame.textLines.last)
        #expect(source.text.hasPrefix("출처: "))
        #expect(abs(source.baseline.y - Self.sourceBaseline(bottom: 540)) < 1e-9)
        BarFrame.expectTidy(frame)
        // The same chart in a report column keeps the same type sizes.
        Self.expectThemeSizes(BarFrame.layout(chart), chart)
    }

    @Test("too many rows for the slide make the frame taller rather than overlap", arguments: [60, 200])
    func tooManyRows(count: Int) throws {
        let chart = BarChart(title: "많은 항목", source: "가상 자료", categories: (1...count).map { "항목 \($0)" },
                             series: [BarSeries(name: "값", values: (1...count).map { Double(($0 * 37) % 101) - 20 })],
                             valueFormat: .plain(decimals: 0))
        let frame = BarFrame.layout(chart, on: .slide)
        #expect(frame.size.width == 960)
        #expect(frame.size.height > 540)
        #expect(BarFrame.bars(frame).count == count)
        let source = try #require(frame.textLines.last)
        #expect(source.baseline.y <= frame.size.height)
        Self.expectThemeSizes(frame, chart)
        BarFrame.expectTidy(frame)
    }
}
