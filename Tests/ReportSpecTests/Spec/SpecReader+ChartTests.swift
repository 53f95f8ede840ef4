import ChartLayout
import Drawing
import ReportBuilder
import Testing
@testable import ReportSpec

@Suite("Chart spec keys")
struct SpecReaderChartTests {
    static let csv = "country,usd_billion,cn_share,kr_share\n미국,67.2,30,10\n중국,7.76,50,-3\n한국,1.4,20,0\n"

    /// A spec whose body is one chart; its "- chart:" line is line 6 and `keys` start on line 9, each indented 4.
    static func spec(_ keys: [String]) -> String {
        ReportLoaderTests.spec(body: """
              - chart: test-chart
                data: investment
                category: country

            """ + keys.map { "    \($0)\n" }.joined() + "    title: 제목\n")
    }

    static func chart(_ keys: [String]) throws -> BarChart {
        let (_, result) = try ReportLoaderTests.load(files: ["report.yaml": spec(keys), "data/investment.csv": csv])
        let report = try result.get().report
        guard let figure = report.figures.first, case .barChart(let chart) = figure.content else {
            throw TempFolder.Failure(description: "no bar chart")
        }
        return chart
    }

    static func diagnostic(_ keys: [String]) throws -> (folder: String, diagnostic: Diagnostic) {
        try ReportLoaderTests.diagnostic(files: ["report.yaml": spec(keys), "data/investment.csv": csv])
    }

    @Test("orientation, layout and scale are read by name, with horizontal, grouped and linear by default")
    func choices() throws {
        let plain = try Self.chart(["value: usd_billion"])
        #expect(plain.orientation == .horizontal && plain.layout == .grouped && plain.scale == .linear)
        let chosen = try Self.chart(["value: usd_billion", "orientation: vertical", "layout: stacked", "scale: log"])
        #expect(chosen.orientation == .vertical && chosen.layout == .stacked && chosen.scale == .log)
    }

    @Test("series is a list of columns or of {column, name} mappings")
    func series() throws {
        let columns = try Self.chart(["series: [cn_share, kr_share]"])
        #expect(columns.series == [BarSeries(name: "cn_share", values: [30, 50, 20]), BarSeries(name: "kr_share", values: [10, -3, 0])])
        let named = try Self.chart(["series:", "  - {column: cn_share, name: 중국 비중}", "  - column: kr_share"])
        #expect(named.series.map(\.name) == ["중국 비중", "kr_share"])
        #expect(named.series[1].values == [10, -3, 0])
    }

    @Test("value and series together are refused at the chart")
    func valueAndSeries() throws {
        let (folder, d) = try Self.diagnostic(["value: usd_billion", "series: [cn_share]"])
        #expect(d.message == Messages.eitherKey("value", "series").text)
        #expect(d.location == SourceLocation(file: folder + "/report.yaml", line: 6, column: 5))
    }

    @Test("the axis is left out when every bar carries its value, drawn otherwise, and 'axis' overrides both")
    func axisDefault() throws {
        #expect(try Self.chart(["value: usd_billion"]).valueAxis == false)
        #expect(try Self.chart(["value: usd_billion", "value-labels: false"]).valueAxis == true)
        #expect(try Self.chart(["value: usd_billion", "value-labels: false"]).valueLabels == false)
        #expect(try Self.chart(["series: [cn_share, usd_billion]", "layout: stacked"]).valueAxis == true)
        #expect(try Self.chart(["series: [cn_share, usd_billion]"]).valueAxis == false)
        #expect(try Self.chart(["value: usd_billion", "axis: true"]).valueAxis == true)
        #expect(try Self.chart(["series: [cn_share, usd_billion]", "layout: stacked", "axis: false"]).valueAxis == false)
    }

    @Test("an average reference line is labelled '평균' with the formatted mean of the first series")
    func averageLine() throws {
        let chart = try Self.chart(["value: usd_billion", "format: {style: korean, unit: 달러, multiplier: 1e9}",
                                    "reference-lines:", "  - value: average", "  - {value: 50, label: 목표}"])
        let mean = (67.2 + 7.76 + 1.4) / 3
        #expect(chart.referenceLines.count == 2)
        #expect(abs(chart.referenceLines[0].value - mean) < 1e-12)
        #expect(chart.referenceLines[0].label == "평균 " + chart.valueFormat.format(mean))
        #expect(chart.referenceLines[0].label == "평균 254억 5,000만 달러")
        #expect(chart.referenceLines[1] == ReferenceLine(value: 50, label: "목표"))
    }

    @Test("annotations name a category and optionally a series")
    func annotations() throws {
        let chart = try Self.chart(["series: [cn_share, kr_share]", "annotations:", "  - {text: 절반, category: 중국, series: kr_share}"])
        #expect(chart.annotations == [Annotation(text: "절반", category: "중국", series: 1)])
    }

    @Test("an annotation on an unknown category is refused at its line")
    func unknownAnnotationCategory() throws {
        let (folder, d) = try Self.diagnostic(["value: usd_billion", "annotations:", "  - text: 설명", "    category: 일본"])
        #expect(d.message == Messages.unknownCategory("일본", dataset: "chart").text)
        // "        category: 일본" is line 12; the value starts at column 19.
        #expect(d.location == SourceLocation(file: folder + "/report.yaml", line: 12, column: 19))
    }

    @Test("a negative value in a 100 % chart is refused at its CSV cell")
    func negativeInPercent() throws {
        let (folder, d) = try Self.diagnostic(["series: [cn_share, kr_share]", "layout: percent"])
        #expect(d.message == Messages.negativeInPercent("-3").text)
        // "중국,7.76,50,-3" is line 3 of the CSV; "-3" starts at column 12, counting each Hangul syllable as one.
        #expect(d.location == SourceLocation(file: folder + "/data/investment.csv", line: 3, column: 12))
    }

    @Test("every negative or zero value on a log scale is refused at its CSV cell")
    func zeroOnLog() throws {
        let (folder, errors) = try ReportLoaderTests.errors(files: ["report.yaml": Self.spec(["value: kr_share", "scale: log"]),
                                                                   "data/investment.csv": Self.csv])
        #expect(errors.map(\.message) == [Messages.nonPositiveOnLog("-3").text, Messages.nonPositiveOnLog("0").text])
        #expect(errors.map(\.location) == [SourceLocation(file: folder + "/data/investment.csv", line: 3, column: 12),
                                           SourceLocation(file: folder + "/data/investment.csv", line: 4, column: 11)])
        let (zeroFolder, zero) = try ReportLoaderTests.diagnostic(files: [
            "report.yaml": Self.spec(["value: kr_share", "scale: log"]),
            "data/investment.csv": "country,usd_billion,cn_share,kr_share\n미국,67.2,30,10\n한국,1.4,20,0\n"])
        #expect(zero.message == Messages.nonPositiveOnLog("0").text)
        #expect(zero.location == SourceLocation(file: zeroFolder + "/data/investment.csv", line: 3, column: 11))
    }

    @Test("an unknown layout suggests the closest one")
    func unknownLayout() throws {
        let (folder, d) = try Self.diagnostic(["value: usd_billion", "layout: stakced"])
        #expect(d.message == Messages.unknownValue("stakced", for: "layout", allowed: ["grouped", "stacked", "percent"]).text)
        #expect(!d.message.contains("did you mean"))
        #expect(d.notes == [DiagnosticNote(help: "did you mean 'stacked'?")])
        #expect(d.location == SourceLocation(file: folder + "/report.yaml", line: 10, column: 13))
    }
}
