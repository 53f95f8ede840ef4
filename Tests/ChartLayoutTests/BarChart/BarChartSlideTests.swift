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

@Suite("Bar charts balanced on a slide")
struct BarChartSlideBalanceTests {
    static func chart(bars: Int, series: Int, _ orientation: BarChart.Orientation) -> BarChart {
        BarChart(title: "슬라이드 균형", subtitle: "가상 자료", source: "가상 자료", categories: (1...bars).map { "항목 \($0)" },
                 series: (0..<series).map { s in BarSeries(name: "계열 \(s + 1)", values: values(bars, seed: s)) },
                 valueFormat: .plain(decimals: 0), orientation: orientation)
    }

    static func values(_ count: Int, seed: Int) -> [Double?] {
        (0..<count).map { i -> Double? in Double((i * 37 + seed * 11) % 90 + 10) }
    }

    static let cases = [(3, 1), (4, 3), (12, 1), (30, 1)]

    @Test("horizontal bars are at most 42 pt thick (1.5 × the theme's 28) and the plot is centred, with no empty block under it",
          arguments: cases.indices)
    func horizontal(index: Int) throws {
        let (count, series) = Self.cases[index]
        let frame = BarFrame.layout(Self.chart(bars: count, series: series, .horizontal), on: .slide)
        #expect(frame.size == Size(width: 960, height: 540))
        let bars = BarFrame.bars(frame).map(\.rect)
        #expect(bars.count == count * series)
        #expect(bars.allSatisfy { $0.height <= 42 + 1e-9 })
        // The plot sits between the header and the footer with at most 30 % of the slide empty under it (three bars
        // used to leave 35–40 %), and no more empty space under it than over it.
        let source = try #require(frame.textLines.last)
        let header = try #require(frame.textLines.first { $0.text == "가상 자료" && $0.bounds.maxY < 100 })
        let plotTop = bars.map(\.minY).min() ?? 0, plotBottom = bars.map(\.maxY).max() ?? 0
        let below = source.bounds.minY - plotBottom, above = plotTop - header.bounds.maxY
        #expect(below <= 540 * 0.3, "\(below) pt empty under the plot")
        #expect(below <= above + 40, "the plot hangs from the header: \(above) above, \(below) below")
        BarFrame.expectTidy(frame)
    }

    @Test("columns are at most 60 pt wide, side by side at most 42 pt each, and fill the plot's height", arguments: cases.indices)
    func vertical(index: Int) throws {
        let (count, series) = Self.cases[index]
        let frame = BarFrame.layout(Self.chart(bars: count, series: series, .vertical), on: .slide)
        #expect(frame.size == Size(width: 960, height: 540))
        let bars = BarFrame.bars(frame).map(\.rect)
        #expect(bars.allSatisfy { $0.width <= (series == 1 ? 60 : 42) + 1e-9 })
        // The tallest column reaches within a label's height (and its padding) of the plot's top.
        let source = try #require(frame.textLines.last)
        let tallest = try #require(bars.max { $0.height < $1.height })
        #expect(tallest.height >= 0.55 * 540, "the tallest column is only \(tallest.height) pt")
        #expect(source.bounds.minY - (bars.map(\.maxY).max() ?? 0) <= 540 * 0.15)
        BarFrame.expectTidy(frame)
    }
}
