import ChartLayout
import Drawing
import ReportBuilder
import Testing
@testable import ReportSpec

@Suite("Chart kinds in report.yaml")
struct SpecReaderChartKindsTests {
    typealias T = ReportLoaderTests
    static let years = "year,us,cn\n2019,27.1,4.9\n2020,31.6,9.6\n2021,52.5,\n2022,47.4,13.4\n"

    /// A spec whose body is one chart over `years`; its "- chart:" line is line 6 and `keys` start on line 9.
    static func spec(_ keys: [String]) -> String {
        "title: 제목\ndate: 2025-01-21\ndata:\n  years: data/years.csv\nbody:\n  - chart: test-chart\n    data: years\n    category: year\n"
            + keys.map { "    \($0)\n" }.joined() + "    title: 제목\n"
    }

    static func figure(_ keys: [String]) throws -> Figure.Content {
        let (_, result) = try T.load(files: ["report.yaml": spec(keys), "data/years.csv": years])
        let report = try result.get().report
        return try #require(report.figures.first).content
    }

    static func errors(_ keys: [String]) throws -> [Diagnostic] {
        try T.errors(files: ["report.yaml": spec(keys), "data/years.csv": years]).errors
    }

    @Test("a time series with no type is a line chart; a bar-only key or type: bar keeps it in bars")
    func defaults() throws {
        guard case .lineChart(let line) = try Self.figure(["series: [us, cn]"]) else { Issue.record("not a line chart"); return }
        #expect(line.mark == .line && line.series.map(\.name) == ["us", "cn"])
        #expect(line.series[1].values[2] == nil, "a missing cell is a gap")
        guard case .barChart = try Self.figure(["series: [us, cn]", "orientation: vertical"]) else { Issue.record("not bars"); return }
        guard case .barChart = try Self.figure(["series: [us, cn]", "type: bar"]) else { Issue.record("not bars"); return }
    }

    @Test("line keys are read: highlight by column or name, markers, zero, periods, annotations at a value")
    func lineKeys() throws {
        let keys = ["type: line", "series: [{column: us, name: 미국}, cn]", "highlight: us", "markers: true", "zero: false",
                    "periods: [{from: \"2020\", to: \"2021\", label: 팬데믹}]",
                    "annotations: [{text: 최고, category: \"2021\", series: 미국}]"]
        guard case .lineChart(let chart) = try Self.figure(keys) else { Issue.record("not a line chart"); return }
        #expect(chart.highlight == ["미국"] && chart.markers && chart.includesZero == false)
        #expect(chart.periods == [ShadedPeriod(from: "2020", to: "2021", label: "팬데믹")])
        #expect(chart.annotations == [PointAnnotation(text: "최고", category: "2021", series: 0)])
    }

    @Test("areas stack several series by default; dot, lollipop, range and slope read their series")
    func otherKinds() throws {
        guard case .lineChart(let area) = try Self.figure(["type: area", "series: [us, cn]"]) else { Issue.record("not an area"); return }
        #expect(area.mark == .area && area.layout == .stacked)
        guard case .dotPlot(let range) = try Self.figure(["type: range", "series: [us, cn]", "sort: descending",
                                                          "annotations: [{text: 최대 격차, category: \"2021\"}]"]) else { Issue.record("not a range"); return }
        #expect(range.style == .range && range.sort == .descending)
        #expect(range.annotations == [Annotation(text: "최대 격차", category: "2021")])
        guard case .dotPlot(let lollipop) = try Self.figure(["type: lollipop", "value: us"]) else { Issue.record("not a lollipop"); return }
        #expect(lollipop.style == .lollipop)
        guard case .slopeChart(let slope) = try Self.figure(["type: slope", "series: [us, cn]", "highlight: \"2021\""]) else { Issue.record("not a slope"); return }
        #expect(slope.start.name == "us" && slope.end.name == "cn" && slope.highlight == ["2021"])
    }

    @Test("mistakes are errors at their line: a key of another kind, a series count, a missing annotated value, a period outside the data",
          arguments: [
            (["type: line", "value: us", "orientation: vertical"], "chart.key-not-for-kind", 11),
            (["value: us", "type: bar", "markers: true"], "chart.key-not-for-kind", 11),
            (["type: range", "value: us"], "chart.series-count", 10),
            (["type: line", "series: [us, cn]", "annotations: [{text: 메모, category: \"2021\", series: cn}]"], "chart.annotation-on-missing", 11),
            (["type: line", "value: us", "periods: [{from: 미국, to: \"2021\", label: 가}]"], "spec.invalid-value", 11),
            (["type: area", "value: us", "scale: log"], "spec.invalid-value", 11),
            (["type: slope", "series: [us, cn]", "reference-lines: [{value: 1}]"], "chart.key-not-for-kind", 11),
            (["type: slope", "series: [us, cn]", "annotations: [{text: 가, category: \"2020\"}]"], "chart.key-not-for-kind", 11),
          ] as [([String], String, Int)])
    func mistakes(keys: [String], code: String, line: Int) throws {
        let errors = try Self.errors(keys)
        #expect(errors.map(\.code) == [code], "\(errors)")
        #expect(errors.first?.location.line == line, "\(errors)")
    }

    @Test("a negative value in stacked areas is an error at its cell")
    func negativeArea() throws {
        let (_, result) = try T.load(files: ["report.yaml": Self.spec(["type: area", "series: [us, cn]"]),
                                             "data/years.csv": "year,us,cn\n2019,1,2\n2020,-1,2\n"])
        guard case .failure(let failure) = result else { Issue.record("loaded"); return }
        #expect(failure.diagnostics.map(\.code) == ["chart.negative-in-stack"])
        #expect(failure.diagnostics.first?.location.line == 3)
    }
}
