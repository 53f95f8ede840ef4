import CairoRendering
import ChartLayout
import Drawing
import Testing
import TestSupport

/// Small reference images of the kinds beyond bars, at a report column's width.
@Suite("reference images of line, area, range and slope charts")
struct KindReferenceImageTests {
    static let years = ["2019", "2020", "2021", "2022", "2023"]
    static let investment = [BarSeries(name: "미국", values: [27.1, 31.6, 52.5, 47.4, 67.2]),
                             BarSeries(name: "중국", values: [4.9, 9.6, 23.3, 13.4, 7.76]),
                             BarSeries(name: "유럽", values: [8.2, 9.1, 14.0, 12.5, 11.0])]
    static let format = NumberFormat.korean(unit: "달러", multiplier: 1e9)

    static let line = LineChart(title: "미국이 2021년 이후 격차를 벌렸다", subtitle: "AI 민간 투자액(달러, 예시)", source: "가상 자료",
                                categories: years, series: investment, valueFormat: format, highlight: ["미국"],
                                periods: [ShadedPeriod(from: "2020", to: "2021", label: "팬데믹")],
                                annotations: [PointAnnotation(text: "사상 최대", category: "2023")])
    static let area = LineChart(title: "세 지역 합계는 2021년에 정점", subtitle: "AI 민간 투자액(달러, 예시)", source: "가상 자료",
                                categories: years, series: investment, mark: .area, layout: .stacked, valueFormat: format)
    static let range = DotPlot(title: "모든 지역에서 투자가 늘었다", subtitle: "2019년과 2023년 AI 민간 투자액(달러, 예시)", source: "가상 자료",
                               style: .range, categories: investment.map(\.name),
                               series: [BarSeries(name: "2019", values: investment.map { $0.values[0] }),
                                        BarSeries(name: "2023", values: investment.map { $0.values[4] })],
                               sort: .descending, valueFormat: format)
    static let slope = SlopeChart(title: "중국만 2021년보다 줄었다", subtitle: "AI 민간 투자액(달러, 예시)", source: "가상 자료",
                                  categories: investment.map(\.name), start: BarSeries(name: "2021", values: investment.map { $0.values[2] }),
                                  end: BarSeries(name: "2023", values: investment.map { $0.values[4] }), valueFormat: format, highlight: ["중국"])

    @Test("line, area, range and slope charts render like their reference images", arguments: ["line", "area", "range", "slope"])
    func matchesReference(name: String) throws {
        let engine = try ReferenceImageTests.engine()
        let measurer = PangoTextMeasurer(engine: engine)
        let frame: Frame
        switch name {
        case "line": frame = LineChartLayout(theme: .standard, measurer: measurer).layout(Self.line, width: 475)
        case "area": frame = LineChartLayout(theme: .standard, measurer: measurer).layout(Self.area, width: 475)
        case "range": frame = DotPlotLayout(theme: .standard, measurer: measurer).layout(Self.range, width: 475)
        default: frame = SlopeChartLayout(theme: .standard, measurer: measurer).layout(Self.slope, width: 475)
        }
        let canvas = FigureCanvas(margin: 8, background: .white).frame(frame, alt: name)
        try ReferenceImageTests.compare(try CairoRenderer(engine: engine).png(canvas, scale: 1), name: "kind-" + name)
    }
}
