import Drawing
import Testing
import TestSupport
@testable import ChartLayout

@Suite("Grouped bars")
struct GroupedBarChartTests {
    static let categories = ["2021년", "2022년", "2023년"]
    static let palette = BarFrame.theme.palette

    static func grouped(_ orientation: BarChart.Orientation, series count: Int = 3, missing: Bool = false,
                        highlight: Set<String> = []) -> BarChart {
        let all = [BarSeries(name: "미국", values: [40, 52, 67]), BarSeries(name: "중국", values: [17, missing ? nil : 13, 8]),
                   BarSeries(name: "한국", values: [3, 2.5, 1.4])]
        return BarChart(title: "국가별 투자", subtitle: "단위: 억 달러", source: "가상 자료", categories: categories,
                        series: Array(all.prefix(count)), valueFormat: .plain(decimals: 1), highlight: highlight,
                        orientation: orientation)
    }

    static func groups(_ frame: Frame, _ orientation: BarChart.Orientation) throws -> [[(rect: Rect, fill: Color)]] {
        try BarFrame.byCategory(frame, categories, orientation)
    }

    @Test("bars of a category sit side by side in series order, equally thick, in palette colours",
          arguments: [BarChart.Orientation.horizontal, .vertical], [2, 3])
    func sideBySide(orientation: BarChart.Orientation, count: Int) throws {
        for canvas in Canvas.both {
            let frame = BarFrame.layout(Self.grouped(orientation, series: count), on: canvas)
            let horizontal = orientation == .horizontal
            var thickness: Set<Double> = []
            for group in try Self.groups(frame, orientation) {
                #expect(group.map(\.fill) == Array(Self.palette.prefix(count)))
                for (a, b) in zip(group, group.dropFirst()) {
                    let gap = horizontal ? b.rect.minY - a.rect.maxY : b.rect.minX - a.rect.maxX
                    #expect((0...2).contains(gap), "gap \(gap) inside a group")
                }
                group.forEach { thickness.insert(((horizontal ? $0.rect.height : $0.rect.width) * 1e6).rounded()) }
            }
            #expect(thickness.count == 1, "thicknesses (µpt): \(thickness)")
            BarFrame.expectTidy(frame)
        }
    }

    @Test("a legend with one swatch per series appears above the plot and overlaps nothing",
          arguments: [BarChart.Orientation.horizontal, .vertical])
    func legend(orientation: BarChart.Orientation) throws {
        for canvas in Canvas.both {
            let frame = BarFrame.layout(Self.grouped(orientation), on: canvas)
            let swatches = BarFrame.swatches(frame)
            #expect(swatches.map(\.name) == ["미국", "중국", "한국"])
            #expect(swatches.map(\.fill) == Array(Self.palette.prefix(3)))
            let bars = BarFrame.bars(frame).map(\.rect)
            let others = frame.textLines.filter { !["미국", "중국", "한국"].contains($0.text) }.map(\.bounds)
            for s in swatches {
                #expect(!bars.contains { $0.intersects(s.rect) })
                #expect(!others.contains { $0.intersects(s.rect) })
                #expect(s.rect.maxY <= bars.map(\.minY).min() ?? 0)
            }
            BarFrame.expectTidy(frame)
        }
    }

    @Test("one series draws no legend", arguments: [BarChart.Orientation.horizontal, .vertical])
    func noLegendForOneSeries(orientation: BarChart.Orientation) {
        let frame = BarFrame.layout(Self.grouped(orientation, series: 1))
        #expect(BarFrame.swatches(frame).isEmpty)
        #expect(BarFrame.text("미국", in: frame) == nil)
        #expect(BarFrame.bars(frame).allSatisfy { $0.fill == BarFrame.theme.accent })
    }

    @Test("a missing value in one series shows the not-available word and no bar",
          arguments: [BarChart.Orientation.horizontal, .vertical])
    func missingInOneSeries(orientation: BarChart.Orientation) throws {
        for canvas in Canvas.both {
            let frame = BarFrame.layout(Self.grouped(orientation, missing: true), on: canvas)
            let groups = try Self.groups(frame, orientation)
            #expect(groups.map(\.count) == [3, 2, 3])
            #expect(groups[1].map(\.fill) == [Self.palette[0], Self.palette[2]])
            let word = try #require(BarFrame.text("자료 없음", in: frame))
            // The word sits in the missing bar's slot, between its neighbours.
            if orientation == .horizontal {
                #expect(word.bounds.midY > groups[1][0].rect.maxY && word.bounds.midY < groups[1][1].rect.minY)
            } else {
                #expect(word.bounds.midX > groups[1][0].rect.maxX && word.bounds.midX < groups[1][1].rect.minX)
            }
            BarFrame.expectTidy(frame)
        }
    }

    @Test("highlighted categories keep their palette colours, the others are muted, and their labels are bold",
          arguments: [BarChart.Orientation.horizontal, .vertical])
    func highlight(orientation: BarChart.Orientation) throws {
        let frame = BarFrame.layout(Self.grouped(orientation, highlight: ["2022년"]))
        let groups = try Self.groups(frame, orientation)
        let muted = Self.palette.prefix(3).map { $0.mixed(with: BarFrame.theme.background, amount: 0.63) }
        #expect(groups[0].map(\.fill) == muted)
        #expect(groups[1].map(\.fill) == Array(Self.palette.prefix(3)))
        #expect(groups[2].map(\.fill) == muted)
        #expect(BarFrame.text("2022년", in: frame)?.spans[0].style.font.weight == .bold)
        #expect(BarFrame.text("2021년", in: frame)?.spans[0].style.font.weight == .regular)
        // The highlighted category's values are bold too.
        #expect(BarFrame.text("52.0", in: frame)?.spans[0].style.font.weight == .bold)
        #expect(BarFrame.text("40.0", in: frame)?.spans[0].style.font.weight == .regular)
        BarFrame.expectTidy(frame)
    }
}
