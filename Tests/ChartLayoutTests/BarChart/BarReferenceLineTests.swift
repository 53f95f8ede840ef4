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
