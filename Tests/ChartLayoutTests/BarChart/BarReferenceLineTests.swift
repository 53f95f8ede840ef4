import Drawing
import Testing
import TestSupport
@testable import ChartLayout

@Suite("Reference lines")
struct BarReferenceLineTests {
    static func chart(_ orientation: BarChart.Orientation, reference: Double, axis: Bool = false) -> BarChart {
        BarChart(title: "평균과 비교", subtitle: "단위: 건", source: "가상 자료", categories: ["가", "나", "다", "라"],
                 series: [BarSeries(name: "값", values: [10, 30, 40, 22])], valueFormat: .plain(decimals: 0),
                 orientation: orientation, valueAxis: axis,
                 referenceLines: [ReferenceLine(value: reference, label: "평균 \(Int(reference))")])
    }

    @Test("a dashed line crosses the plot at the value, with its label drawn clear of other text",
          arguments: [BarChart.Orientation.horizontal, .vertical], [25.5, 40.0])
    func dashedLine(orientation: BarChart.Orientation, reference: Double) throws {
        for canvas in Canvas.both {
            for axis in [false, true] {
                let frame = BarFrame.layout(Self.chart(orientation, reference: reference, axis: axis), on: canvas)
                let dashed = BarFrame.dashed(frame)
                #expect(dashed.count == 1)
                let line = try #require(dashed.first)
                let (a, b) = try #require(BarFrame.ends(line.item.path))
                let bars = BarFrame.bars(frame).map(\.rect)
                // The value's position, from the bar of 40 and the zero line.
                let top = try #require(bars.max { (orientation == .horizontal ? $0.width : $0.height) < (orientation == .horizontal ? $1.width : $1.height) })
                if orientation == .horizontal {
                    #expect(a.x == b.x)
                    #expect(abs(a.x - (top.minX + top.width * reference / 40)) < 1e-9)
                    #expect(min(a.y, b.y) <= bars.map(\.minY).min()! && max(a.y, b.y) >= bars.map(\.maxY).max()!)
                } else {
                    #expect(a.y == b.y)
                    #expect(abs(a.y - (top.maxY - top.height * reference / 40)) < 1e-9)
                    #expect(min(a.x, b.x) <= bars.map(\.minX).min()! && max(a.x, b.x) >= bars.map(\.maxX).max()!)
                }
                #expect(BarFrame.text("평균 \(Int(reference))", in: frame) != nil, "the label is missing")
                BarFrame.expectTidy(frame)
            }
        }
    }
}

@Suite("Reference line labels")
struct BarReferenceLabelTests {
    static var engine: BarChartLayout { BarChartLayout(theme: BarFrame.theme, measurer: FixedAdvanceMeasurer()) }

    @Test("a label a column covers at the line's right end moves to a free place on the line, and nothing is reported")
    func moved() throws {
        // The last column rises past the line, over where its label would go.
        let chart = BarChart(title: "목표 대비", source: "가상 자료", categories: ["가", "나", "다", "라"],
                             series: [BarSeries(name: "값", values: [10, 20, 15, 90])], valueFormat: .plain(decimals: 0),
                             orientation: .vertical, valueLabels: false, valueAxis: true,
                             referenceLines: [ReferenceLine(value: 50, label: "목표 50")])
        for canvas in Canvas.both {
            let laidOut = Self.engine.laidOut(chart, width: canvas.width, height: canvas.height)
            let label = try #require(BarFrame.text("목표 50", in: laidOut.frame), "the label was dropped")
            let bars = BarFrame.bars(laidOut.frame).map(\.rect)
            #expect(!bars.contains { $0.intersects(label.bounds) })
            // It stays beside its line: within 12 pt of the line's height.
            let line = try #require(BarFrame.dashed(laidOut.frame).first).bounds
            #expect(abs(label.bounds.midY - line.midY) < 12)
            #expect(laidOut.notices.isEmpty)
            BarFrame.expectTidy(laidOut.frame)
        }
    }

    @Test("labels with no free place left are reported as dropped, never lost silently", arguments: [BarChart.Orientation.horizontal, .vertical])
    func dropped(orientation: BarChart.Orientation) throws {
        // Five lines a hair apart: their labels cannot all find a place.
        let lines = (0..<5).map { ReferenceLine(value: 30 + Double($0) * 0.2, label: "기준선 \($0 + 1)") }
        let chart = BarChart(title: "겹치는 기준선", source: "가상 자료", categories: ["가", "나", "다"],
                             series: [BarSeries(name: "값", values: [10, 40, 20])], valueFormat: .plain(decimals: 0),
                             orientation: orientation, referenceLines: lines)
        for canvas in Canvas.both {
            let laidOut = Self.engine.laidOut(chart, width: canvas.width, height: canvas.height)
            for line in lines {
                let drawn = BarFrame.text(line.label, in: laidOut.frame) != nil
                let reported = laidOut.notices.contains(LayoutNotice(.droppedLabel, line.label))
                #expect(drawn != reported, "'\(line.label)' must be drawn or reported, once")
            }
            #expect(laidOut.notices.contains { $0.kind == .droppedLabel })
            BarFrame.expectTidy(laidOut.frame)
        }
    }
}
