import Drawing
import Testing
import TestSupport
@testable import ChartLayout

@Suite("Stacked and 100 % bars")
struct StackedBarChartTests {
    static let categories = ["가", "나", "다"]
    static let data: [[Double]] = [[10, 20, -5], [5, -10, 15], [8, 4, 3]]
    static let shares: [[Double]] = [[30, 50, 20], [70, 10, 40], [0, 40, 40]]
    static let palette = BarFrame.theme.palette

    static func chart(_ layout: BarChart.Layout, _ orientation: BarChart.Orientation, axis: Bool = true,
                      data: [[Double?]]? = nil) -> BarChart {
        let rows = data ?? (layout == .percent ? shares : Self.data).map { $0.map { Optional($0) } }
        return BarChart(title: "구성", subtitle: "단위: 건", source: "가상 자료", categories: categories,
                        series: rows.enumerated().map { BarSeries(name: ["하나", "둘", "셋"][$0.offset], values: $0.element) },
                        valueFormat: .plain(decimals: 0), orientation: orientation, layout: layout, valueAxis: axis)
    }

    /// Where zero is on the value axis.
    static func zero(_ frame: Frame, _ orientation: BarChart.Orientation) throws -> Double {
        let line = try #require(BarFrame.zeroLines(frame).first)
        return orientation == .horizontal ? line.midX : line.midY
    }

    /// A segment's extent along the value axis, measured away from zero (right, or up).
    static func extent(_ r: Rect, _ orientation: BarChart.Orientation) -> (low: Double, high: Double) {
        orientation == .horizontal ? (r.minX, r.maxX) : (-r.maxY, -r.minY)
    }

    @Test("segments of a category abut, positives stack away from zero and negatives the other way, totals are the sums",
          arguments: [BarChart.Orientation.horizontal, .vertical], Canvas.both)
    func segmentsAbut(orientation: BarChart.Orientation, canvas: Canvas) throws {
        let frame = BarFrame.layout(Self.chart(.stacked, orientation), on: canvas)
        let zeroAt = try Self.zero(frame, orientation)
        let zero = orientation == .horizontal ? zeroAt : -zeroAt
        let groups = try BarFrame.byCategory(frame, Self.categories, orientation)
        // Points per unit, from the first category's first segment (value 10).
        let first = try #require(groups[0].first { $0.fill == Self.palette[0] })
        let k = (Self.extent(first.rect, orientation).high - Self.extent(first.rect, orientation).low) / 10
        for (c, group) in groups.enumerated() {
            #expect(group.count == 3)
            let values = Self.data.map { $0[c] }
            // Series order from zero outwards, on each side.
            let segments = try (0..<3).map { s in try #require(group.first { $0.fill == Self.palette[s] }).rect }
            var up = zero, down = zero
            for (s, v) in values.enumerated() {
                let e = Self.extent(segments[s], orientation)
                if v >= 0 {
                    #expect(abs(e.low - up) < 1e-9, "segment \(s) of \(Self.categories[c]) starts at \(e.low), not \(up)")
                    up = e.high
                } else {
                    #expect(abs(e.high - down) < 1e-9, "segment \(s) of \(Self.categories[c]) ends at \(e.high), not \(down)")
                    down = e.low
                }
                #expect(abs((e.high - e.low) - k * abs(v)) < 1e-9)
            }
            let positive = values.filter { $0 > 0 }.reduce(0, +), negative = values.filter { $0 < 0 }.reduce(0, +)
            #expect(abs((up - zero) - k * positive) < 1e-9)
            #expect(abs((zero - down) + k * negative) < 1e-9)
        }
        BarFrame.expectTidy(frame)
    }

    @Test("the value axis is drawn when asked and left out when not", arguments: [BarChart.Orientation.horizontal, .vertical])
    func axisAsGiven(orientation: BarChart.Orientation) {
        let with = BarFrame.layout(Self.chart(.stacked, orientation, axis: true))
        let without = BarFrame.layout(Self.chart(.stacked, orientation, axis: false))
        #expect(BarFrame.gridlines(with).count >= 3)
        #expect(BarFrame.tickLabels(with).map(\.text).contains("0"))
        #expect(BarFrame.gridlines(without).isEmpty)
        #expect(BarFrame.tickLabels(without).isEmpty)
        BarFrame.expectTidy(with)
        BarFrame.expectTidy(without)
    }

    @Test("each 100 % stack fills the whole plot length, with ticks from 0% to 100%",
          arguments: [BarChart.Orientation.horizontal, .vertical], Canvas.both)
    func percentFillsThePlot(orientation: BarChart.Orientation, canvas: Canvas) throws {
        let frame = BarFrame.layout(Self.chart(.percent, orientation), on: canvas)
        let zeroAt = try Self.zero(frame, orientation)
        let groups = try BarFrame.byCategory(frame, Self.categories, orientation)
        let grid = BarFrame.gridlines(frame).map { orientation == .horizontal ? $0.midX : $0.midY }
        // The 100 % gridline is the one farthest from zero.
        let full = try #require(grid.map { abs($0 - zeroAt) }.max())
        for group in groups {
            let length = group.map { orientation == .horizontal ? $0.rect.width : $0.rect.height }.reduce(0, +)
            #expect(abs(length - full) < 1e-9)
        }
        let labels = BarFrame.tickLabels(frame).map(\.text)
        #expect(labels.first == "0%")
        #expect(labels.last == "100%")
        let steps = labels.compactMap(BarFrame.number)
        #expect(steps.count == labels.count)
        #expect(labels.allSatisfy { !$0.contains(".") })
        BarFrame.expectTidy(frame)
    }

    @Test("a 100 % stack ignores an infinite value as missing", arguments: [BarChart.Orientation.horizontal, .vertical])
    func percentIgnoresInfinity(orientation: BarChart.Orientation) throws {
        let data: [[Double?]] = [[30, .infinity, 20], [70, 10, .nan], [0, 40, 40]]
        let frame = BarFrame.layout(Self.chart(.percent, orientation, data: data))
        let zeroAt = try Self.zero(frame, orientation)
        let grid = BarFrame.gridlines(frame).map { orientation == .horizontal ? $0.midX : $0.midY }
        let full = try #require(grid.map { abs($0 - zeroAt) }.max())
        for group in try BarFrame.byCategory(frame, Self.categories, orientation) {
            let length = group.map { orientation == .horizontal ? $0.rect.width : $0.rect.height }.reduce(0, +)
            #expect(abs(length - full) < 1e-9)
        }
        #expect(frame.textLines.filter { $0.text == "자료 없음" }.count <= 2)
        BarFrame.expectTidy(frame)
    }
}
