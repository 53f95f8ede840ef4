#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Drawing
import Testing
import TestSupport
@testable import ChartLayout

@Suite("Value axis and log scale")
struct BarValueAxisTests {
    static let orientations: [BarChart.Orientation] = [.horizontal, .vertical]

    static func chart(_ values: [Double?], _ orientation: BarChart.Orientation, format: NumberFormat = .plain(decimals: 0),
                      scale: BarChart.Scale = .linear, labels: Bool = true) -> BarChart {
        BarChart(title: "값", subtitle: "단위: 개", source: "가상 자료",
                 categories: values.indices.map { "항목\($0 + 1)" }, series: [BarSeries(name: "값", values: values)],
                 valueFormat: format, orientation: orientation, scale: scale, valueLabels: labels, valueAxis: true)
    }

    /// Gridline positions along the value axis, in drawing order.
    static func grid(_ frame: Frame, _ orientation: BarChart.Orientation) -> [Double] {
        BarFrame.gridlines(frame).map { orientation == .horizontal ? $0.midX : $0.midY }
    }

    @Test("ticks are nice multiples, about one per 80 pt, with 0 among them and no float noise",
          arguments: orientations, [[-30, 45, 10, 62], [0.1, 0.25, 0.7], [1339, 240, 75]] as [[Double?]])
    func niceTicks(orientation: BarChart.Orientation, values: [Double?]) throws {
        for canvas in Canvas.both {
            let decimals = values.contains { ($0 ?? 0) < 1 && ($0 ?? 0) > 0 } ? 2 : 0
            let frame = BarFrame.layout(Self.chart(values, orientation, format: .plain(decimals: decimals)), on: canvas)
            let labels = BarFrame.tickLabels(frame).map(\.text)
            let ticks = try labels.map { try #require(BarFrame.number($0), "'\($0)' is not a number") }
            #expect(ticks.count >= 2)
            let step = ticks[1] - ticks[0]
            #expect(BarFrame.isNiceStep(step), "step \(step) is not 1, 2 or 5 × 10^k")
            let power = pow(10, floor(log10(step)))
            let niceStep = (step / power).rounded() * power
            for t in ticks { #expect(abs(t / niceStep - (t / niceStep).rounded()) < 1e-9, "\(t) is not a multiple of \(niceStep)") }
            // No float noise: each label is as short as the step's decimals allow.
            let digits = max(0, -Int(floor(log10(niceStep))))
            #expect(labels.allSatisfy { $0.split(separator: ".").dropFirst().first.map { $0.count <= digits } ?? true }, "\(labels)")
            #expect(ticks.contains(0))
            // Count within [½, 2] × axis length ÷ 80.
            let grid = Self.grid(frame, orientation)
            let length = (grid.max() ?? 0) - (grid.min() ?? 0)
            #expect(Double(grid.count) >= 0.5 * length / 80 && Double(grid.count) <= 2 * length / 80 + 1,
                    "\(grid.count) ticks over \(length) pt")
            // 0's gridline lies under the zero line.
            let zero = try #require(BarFrame.zeroLines(frame).first)
            #expect(grid.contains { abs($0 - (orientation == .horizontal ? zero.midX : zero.midY)) < 1e-9 })
            // Gridlines are drawn before (under) every bar.
            let order = BarFrame.drawingOrder(frame)
            let lastGrid = try #require(order.lastIndex { if case .path(let p) = $0 { p.stroke?.color == BarFrame.theme.grid } else { false } })
            let firstBar = try #require(order.firstIndex { if case .path(let p) = $0 { p.fill != nil } else { false } })
            #expect(lastGrid < firstBar)
            BarFrame.expectTidy(frame)
        }
    }

    @Test("Korean amounts tick compactly, without the unit noun", arguments: orientations)
    func koreanTicks(orientation: BarChart.Orientation) {
        for canvas in Canvas.both {
            let frame = BarFrame.layout(Self.chart([67.2, 7.76, 1.4], orientation, format: .korean(unit: "달러", multiplier: 1e9)), on: canvas)
            let labels = BarFrame.tickLabels(frame).map(\.text)
            #expect(labels.first == "0")
            // "400억", "1,000억": a number in one myriad unit, no unit noun, no space.
            let compact = labels.dropFirst().allSatisfy { $0.hasSuffix("억") && Double($0.dropLast().filter { $0 != "," }) != nil }
            #expect(compact && labels.count >= 3, "\(labels)")
            if orientation == .horizontal { #expect(labels.contains("400억"), "\(labels)") }
            BarFrame.expectTidy(frame)
        }
    }

    @Test("on a log scale 1, 10 and 100 are equally spaced, ticks are powers of ten and the subtitle says log scale",
          arguments: orientations)
    func logScale(orientation: BarChart.Orientation) throws {
        for canvas in Canvas.both {
            let frame = BarFrame.layout(Self.chart([3, 40, 700, 2000], orientation, scale: .log), on: canvas)
            #expect(frame.textLines.contains { $0.text == "단위: 개 · 로그 눈금" })
            let labels = BarFrame.tickLabels(frame).map(\.text)
            #expect(labels == ["1", "10", "100", "1,000", "10,000"])
            let grid = Self.grid(frame, orientation)
            #expect(grid.count == 5)
            let decade = grid[1] - grid[0]
            for (a, b) in zip(grid, grid.dropFirst()) { #expect(abs((b - a) - decade) < 1e-9) }
            // Bar ends sit at log positions from the axis start (1).
            let bars = BarFrame.bars(frame).map(\.rect)
            let ends = bars.map { orientation == .horizontal ? $0.maxX : $0.minY }
            for (end, v) in zip(ends, [3.0, 40, 700, 2000]) { #expect(abs(end - (grid[0] + decade * log10(v))) < 1e-9) }
            BarFrame.expectTidy(frame)
        }
    }

    @Test("log ticks below 1 keep the decimals that tell them apart", arguments: orientations)
    func logTicksBelowOne(orientation: BarChart.Orientation) {
        let frame = BarFrame.layout(Self.chart([0.05, 3, 40], orientation, scale: .log))
        let labels = BarFrame.tickLabels(frame).map(\.text)
        #expect(labels == ["0.01", "0.1", "1", "10", "100"])
        BarFrame.expectTidy(frame)
    }

    @Test("zero values on a log scale do not break the layout", arguments: orientations)
    func logWithZeros(orientation: BarChart.Orientation) {
        for canvas in Canvas.both {
            for values in [[0, 10, 100], [0, 0], [nil, 5]] as [[Double?]] {
                let frame = BarFrame.layout(Self.chart(values, orientation, scale: .log), on: canvas)
                BarFrame.expectTidy(frame)
            }
        }
    }
}
