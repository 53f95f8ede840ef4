import ChartLayout
import Testing
@testable import ReportSpec

/// `briefing chart`'s numbers: the unit from the header, the options over it, and warnings
/// where the data do not look like what they are taken for.
@Suite("quick chart values take their unit from the header")
struct QuickChartValueFormatTests {
    static func chart(_ header: [String], _ rows: [[String]], _ numbers: QuickChart.NumberOptions = .init(),
                      subtitle: String? = nil, language: String = "ko") throws -> (BarChart, [Diagnostic]) {
        let data = try Dataset(name: "data.csv", header: header, rows: rows)
        var options = QuickChart.Options()
        options.numbers = numbers
        options.subtitle = subtitle
        options.language = language
        var warnings: [Diagnostic] = []
        let chart = try QuickChart.make(from: data, options: options, warnings: &warnings)
        return (chart, warnings)
    }

    static let investment = [["미국", "672"], ["중국", "77.6"], ["영국", "45.2"]]

    @Test("a Korean scale in the header writes the cells in 만/억/조 with its noun, names the measure and fills the subtitle")
    func koreanHeader() throws {
        let (chart, warnings) = try Self.chart(["국가", "투자액(억 달러)"], Self.investment)
        #expect(chart.valueFormat.format(672) == "672억 달러")
        #expect(chart.valueFormat.format(77.6) == "77억 6,000만 달러")
        #expect(chart.series.map(\.name) == ["투자액"])
        #expect(chart.subtitle == "투자액(억 달러)")
        #expect(warnings.isEmpty)
        #expect(try Self.chart(["구", "인구(만 명)"], [["가", "5171"]]).0.valueFormat.format(5171) == "5,171만 명")
        #expect(try Self.chart(["연도", "GDP(조 원)"], [["2023", "1.5"]]).0.valueFormat.format(1.5) == "1조 5,000억 원")
    }

    @Test("a subtitle given wins over the header's, and the header still names the series")
    func givenSubtitle() throws {
        let (chart, _) = try Self.chart(["국가", "투자액(억 달러)"], Self.investment, subtitle: "2023년, 출처별 합계")
        #expect(chart.subtitle == "2023년, 출처별 합계")
        #expect(chart.series[0].name == "투자액")
    }

    @Test("an English currency and scale write prefix and words; a percent header keeps percentages as written")
    func englishAndPercent() throws {
        let us = try Self.chart(["country", "Investment (US$ bn)"], [["US", "67.2"], ["CN", "7.76"]], language: "en").0
        #expect(us.valueFormat.format(67.2) == "US$67.2 billion")
        let share = try Self.chart(["country", "share (%)"], [["US", "2.1"], ["CN", "1.4"]]).0
        #expect(share.valueFormat.format(2.1) == "2.1%")
        #expect(share.valueFormat.axisFormat(ticks: [0, 1, 2], step: 1).format(2) == "2%")
        let points = try Self.chart(["지역", "증감(%p)"], [["가", "1.5"]]).0
        #expect(points.valueFormat.format(1.5) == "1.5%p")
    }

    @Test("options on the command line win over the header, one by one")
    func optionsWin() throws {
        let rows = [["미국", "672"]]
        let header = ["국가", "투자액(억 달러)"]
        // Another noun, same scale.
        #expect(try Self.chart(header, rows, .init(unit: "원")).0.valueFormat.format(672) == "672억 원")
        // Another style keeps the header's scale: 672 × 1e8 is 67.2 billion.
        #expect(try Self.chart(header, rows, .init(style: .english, unit: "")).0.valueFormat.format(672) == "67.2 billion")
        // Plain with an explicit multiplier of 1 writes the cell as it is.
        #expect(try Self.chart(header, rows, .init(style: .plain, multiplier: 1)).0.valueFormat.format(672) == "672달러")
        // Fixed decimals in Korean write every value in the largest value's unit.
        let fixed = try Self.chart(header, Self.investment, .init(decimals: 1)).0.valueFormat
        #expect(fixed.format(672) == "672.0억 달러" && fixed.format(45.2) == "45.2억 달러")
    }

    @Test("prefix, suffix and decimals reach value labels and ticks in every style")
    func affixes() throws {
        let rows = [["a", "1.25"], ["b", "3.5"]]
        let plain = try Self.chart(["k", "v"], rows, .init(prefix: "$", suffix: "B", decimals: 1)).0.valueFormat
        #expect(plain.format(1.25) == "$1.3B")
        #expect(plain.axisFormat(ticks: [0, 2, 4], step: 2).format(4) == "$4B")
        let english = try Self.chart(["k", "v"], rows, .init(style: .english, multiplier: 1e9, prefix: "$", decimals: 2)).0.valueFormat
        #expect(english.format(3.5) == "$3.50 billion")
        let fraction = try Self.chart(["k", "v"], [["a", "0.215"]], .init(style: .fraction, suffix: "p")).0.valueFormat
        #expect(fraction.format(0.215) == "21.5%p")
        #expect(fraction.axisFormat(ticks: [0, 0.1, 0.2], step: 0.1).format(0.2) == "20%p")
        let korean = try Self.chart(["k", "v"], [["a", "672"]], .init(style: .korean, multiplier: 1e8, prefix: "약 ")).0.valueFormat
        #expect(korean.format(672) == "약 672억")
        #expect(korean.axisFormat(ticks: [0, 400, 800], step: 400).format(400) == "약 400억")
    }

    @Test("--format percent writes percentages as they are, and warns when every value is within ±1")
    func percentOfFractions() throws {
        let (chart, warnings) = try Self.chart(["k", "share"], [["a", "0.21"], ["b", "0.14"]], .init(style: .percent))
        #expect(chart.valueFormat.format(0.21) == "0.21%")
        #expect(warnings == [Diagnostic(.warning, at: SourceLocation(file: "data.csv"),
                                        Messages.percentLooksLikeFraction(example: "0.21", assumedBy: "--format percent"))])
        #expect(warnings.first?.message.contains("writes 0.21 as 0.21%") == true)
        #expect(warnings.first?.notes.first?.message == "if 0.21 means 21%, pass --format fraction")
        // A % header is an assumption too, named as such.
        let header = try Self.chart(["k", "share (%)"], [["a", "0.5"]]).1
        #expect(header.first?.code == "chart.percent-looks-like-fraction")
        #expect(header.first?.message.contains("the header 'share (%)' takes them as percentages") == true)
        // Percentages above 1 are what percent expects: no warning.
        #expect(try Self.chart(["k", "share"], [["a", "2.1"], ["b", "0.4"]], .init(style: .percent)).1.isEmpty)
    }

    @Test("--format fraction multiplies by 100, and warns at the first cell above 1")
    func fractionOfPercentages() throws {
        let (chart, warnings) = try Self.chart(["k", "share"], [["a", "0.5"], ["b", "2.1"]], .init(style: .fraction))
        #expect(chart.valueFormat.format(0.5) == "50%")
        #expect(warnings.count == 1)
        #expect(warnings.first?.code == "chart.fraction-looks-like-percent")
        // Rows in memory count columns by field: the cell is the second field of the third line.
        #expect(warnings.first?.location == SourceLocation(file: "data.csv", line: 3, column: 2))
        #expect(warnings.first?.message.contains("writes 2.1 as 210%") == true)
        #expect(try Self.chart(["k", "share"], [["a", "0.5"], ["b", "1"]], .init(style: .fraction)).1.isEmpty)
    }

    @Test("columns in different units are a warning, charted without a header unit and named in full")
    func mixedUnits() throws {
        let (chart, warnings) = try Self.chart(["연도", "매출(억 원)", "직원(명)"], [["2022", "120", "300"], ["2023", "150", "320"]])
        #expect(warnings.map(\.code) == ["chart.mixed-units"])
        // At the header of the first column whose unit differs (the third field of the header line).
        #expect(warnings.first?.location == SourceLocation(file: "data.csv", line: 1, column: 3))
        #expect(chart.series.map(\.name) == ["매출(억 원)", "직원(명)"])
        #expect(chart.valueFormat.format(120) == "120")
        #expect(chart.subtitle == nil)
    }

    @Test("columns sharing a unit are named by measure, and the subtitle gives the unit")
    func sharedUnit() throws {
        let (chart, warnings) = try Self.chart(["연도", "미국(억 달러)", "중국(억달러)"], [["2022", "474", "134"]])
        #expect(warnings.isEmpty)
        #expect(chart.series.map(\.name) == ["미국", "중국"])
        #expect(chart.subtitle == "단위: 억 달러")
        #expect(try Self.chart(["year", "US ($bn)", "China ($bn)"], [["2022", "47", "13"]], language: "en").0.subtitle == "Unit: $bn")
    }

    @Test("a header with no unit is the subtitle as written, and values stay plain")
    func noUnit() throws {
        let (chart, warnings) = try Self.chart(["country", "usd_billion"], [["미국", "67.2"], ["중국", "7.76"]])
        #expect(chart.subtitle == "usd_billion")
        #expect(chart.valueFormat.format(7.76) == "7.76")
        #expect(warnings.isEmpty)
    }
}
