import Drawing
import Testing
import TestSupport
@testable import ChartLayout

@Suite("Bar chart robustness")
struct BarChartRobustnessTests {
    static let orientations: [BarChart.Orientation] = [.horizontal, .vertical]

    static func chart(_ categories: [String], _ series: [BarSeries], _ orientation: BarChart.Orientation,
                      layout: BarChart.Layout = .grouped, sort: BarChart.Sort = .data, axis: Bool = false) -> BarChart {
        BarChart(title: "견고함", subtitle: "단위: 건", source: "가상 자료", categories: categories, series: series, sort: sort,
                 valueFormat: .plain(decimals: 0), orientation: orientation, layout: layout, valueAxis: axis)
    }

    /// Lays the chart out on both canvases, with and without an axis, and checks each frame is tidy.
    static func expectTidyEverywhere(_ chart: BarChart, sourceLocation: SourceLocation = #_sourceLocation) -> [Frame] {
        var frames: [Frame] = []
        for canvas in Canvas.both {
            for axis in [false, true] {
                var c = chart
                c.valueAxis = axis
                let frame = BarFrame.layout(c, on: canvas)
                #expect(frame.size.width == canvas.width, sourceLocation: sourceLocation)
                BarFrame.expectTidy(frame, sourceLocation: sourceLocation)
                frames.append(frame)
            }
        }
        return frames
    }

    @Test("an empty series list lays out a chart with no bars", arguments: orientations)
    func noSeries(orientation: BarChart.Orientation) {
        for frame in Self.expectTidyEverywhere(Self.chart(["가", "나"], [], orientation)) {
            #expect(BarFrame.bars(frame).isEmpty)
        }
    }

    @Test("all-zero, all-missing and single-bar data stay tidy",
          arguments: orientations, [[0, 0, 0], [nil, nil, nil], [42], [0], [-3]] as [[Double?]])
    func degenerate(orientation: BarChart.Orientation, values: [Double?]) {
        let categories = ["가", "나", "다"].prefix(values.count).map { $0 }
        for layout in BarChart.Layout.allCases {
            for frame in Self.expectTidyEverywhere(Self.chart(categories, [BarSeries(name: "값", values: values)], orientation, layout: layout)) {
                #expect(BarFrame.bars(frame).count == values.compactMap { $0 }.count)
            }
        }
    }

    @Test("values near the top of Double's range lay out with an axis, on linear and log scales",
          arguments: orientations, BarChart.Scale.allCases)
    func hugeValues(orientation: BarChart.Orientation, scale: BarChart.Scale) {
        // 1e120 written out made a tick-label gutter wider than the chart (a division by zero
        // followed), and past 1e308 the log scale's next decade is infinite (a reversed range trapped).
        for values in [[1e120], [1, 1.5e308], [3, 7e307, 1e-300]] as [[Double?]] {
            var chart = Self.chart(["가", "나", "다"].prefix(values.count).map { $0 }, [BarSeries(name: "값", values: values)], orientation, axis: true)
            chart.scale = scale
            for canvas in Canvas.both {
                let frame = BarFrame.layout(chart, on: canvas)
                #expect(frame.size.width == canvas.width)
                #expect(BarFrame.bars(frame).count == values.count)
            }
        }
    }

    @Test("NaN and infinite values are drawn as missing", arguments: orientations, [BarChart.Sort.data, .descending])
    func nonFinite(orientation: BarChart.Orientation, sort: BarChart.Sort) {
        let values: [Double?] = [12, .nan, .infinity, -.infinity, 5]
        let chart = Self.chart(["가", "나", "다", "라", "마"], [BarSeries(name: "값", values: values)], orientation, sort: sort)
        for frame in Self.expectTidyEverywhere(chart) {
            #expect(BarFrame.bars(frame).count == 2)
            #expect(frame.textLines.filter { $0.text == "자료 없음" }.count == 3)
        }
    }

    @Test("stacked bars with negatives and gaps stay tidy", arguments: orientations, [BarChart.Layout.stacked, .grouped])
    func stackedNegatives(orientation: BarChart.Orientation, layout: BarChart.Layout) {
        let series = [BarSeries(name: "하나", values: [10, -20, nil, 5]), BarSeries(name: "둘", values: [-4, -8, 3, nil]),
                      BarSeries(name: "셋", values: [6, 2, -9, 0])]
        _ = Self.expectTidyEverywhere(Self.chart(["가", "나", "다", "라"], series, orientation, layout: layout))
    }

    @Test("a 300-character category label is cut to two lines and stays in the frame", arguments: orientations)
    func longLabel(orientation: BarChart.Orientation) {
        let long = String(Array(repeating: "아주긴이름", count: 50).joined(separator: " ").prefix(300))
        let chart = Self.chart([long, "나", "다"], [BarSeries(name: "값", values: [30, 20, 10])], orientation)
        for frame in Self.expectTidyEverywhere(chart) {
            let lines = frame.textLines.filter { $0.text.hasPrefix("아주") }
            #expect(lines.count == 2)
            #expect(lines.last?.text.hasSuffix("…") == true)
        }
    }

    @Test("200 columns keep their labels centred under columns, inside the frame, with nothing overlapping")
    func twoHundredColumns() throws {
        let categories = (1...200).map { "항목 \($0)" }
        let values: [Double?] = (1...200).map { Double(($0 * 37) % 101) - 20 }
        let chart = Self.chart(categories, [BarSeries(name: "값", values: values)], .vertical)
        for frame in Self.expectTidyEverywhere(chart) {
            let bars = BarFrame.bars(frame).map(\.rect).sorted { $0.minX < $1.minX }
            #expect(bars.count == 200)
            let zero = try #require(BarFrame.zeroLines(frame).first).midY
            // Category labels: text below the plot (and the negative columns' values) in the text colour (not the ticks or the footer);
            // bands this narrow label every few columns.
            let plotBottom = (bars.map(\.maxY).max() ?? zero) + 8.5 + 3.4
            let labels = frame.textLines.filter { $0.bounds.minY > plotBottom && $0.spans[0].style.color == BarFrame.theme.text }
            #expect(labels.count >= 10)
            for line in labels {
                #expect(bars.contains { abs($0.midX - line.bounds.midX) < 1e-9 }, "'\(line.text)' at \(line.bounds) is not centred under a column")
            }
        }
    }

    @Test("grouped columns with long value labels keep the labels apart")
    func groupedColumnLabels() {
        let usd = NumberFormat.korean(unit: "달러", multiplier: 1e9)
        var chart = Self.chart(["2021년", "2022년", "2023년", "2024년"],
                               [BarSeries(name: "미국", values: [52.1, 47.4, 67.2, 70.1]), BarSeries(name: "중국", values: [50.3, 13.4, 7.76, 9.3]),
                                BarSeries(name: "한국", values: [49.8, 3.1, 1.4, 1.9])], .vertical)
        chart.valueFormat = usd
        _ = Self.expectTidyEverywhere(chart)
    }
}
