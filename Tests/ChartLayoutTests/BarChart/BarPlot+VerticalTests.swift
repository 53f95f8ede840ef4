import Drawing
import Testing
import TestSupport
@testable import ChartLayout

@Suite("Vertical columns")
struct BarPlotVerticalTests {
    static let years = ["2019", "2020", "2021", "2022", "2023"]
    static let values: [Double] = [12, 30, -8, 45, 1]

    static func columns(categories: [String] = years, values: [Double?] = values.map { $0 }) -> BarChart {
        BarChart(title: "연도별 증감", subtitle: "단위: 건", source: "가상 자료", categories: categories,
                 series: [BarSeries(name: "건수", values: values)], valueFormat: .plain(decimals: 0), orientation: .vertical)
    }

    /// The column of each category, matched by the label centred under it.
    static func column(_ category: String, in frame: Frame) -> Rect? {
        guard let label = BarFrame.text(category, in: frame) else { return nil }
        return BarFrame.bars(frame).map(\.rect).first { abs($0.midX - label.bounds.midX) < 1e-9 }
    }

    @Test("column heights are proportional to the values and start from one zero line", arguments: Canvas.both)
    func proportionalColumns(canvas: Canvas) throws {
        let frame = BarFrame.layout(Self.columns(), on: canvas)
        let rects = try Self.years.map { try #require(Self.column($0, in: frame)) }
        let zero = try #require(BarFrame.zeroLines(frame).first).midY
        for (rect, value) in zip(rects, Self.values) {
            #expect(abs(rect.height / rects[3].height - abs(value) / 45) < 1e-9)
            // Positive columns stand on the zero line; negative ones hang from it.
            #expect(value > 0 ? rect.maxY == zero : rect.minY == zero)
        }
        #expect(Set(rects.map(\.width)).count == 1)
        BarFrame.expectTidy(frame)
    }

    @Test("value labels sit above positive columns and below negative ones", arguments: Canvas.both)
    func valueLabelsOutside(canvas: Canvas) throws {
        let frame = BarFrame.layout(Self.columns(), on: canvas)
        let pad = BarFrame.theme.chartLabelSize * 0.4
        for (category, value) in zip(Self.years, Self.values) {
            let rect = try #require(Self.column(category, in: frame))
            // "1" is too short to hold its label, so with five columns every label goes outside.
            let label = try #require(BarFrame.text(NumberFormat.plain().format(value), in: frame))
            #expect(abs(label.bounds.midX - rect.midX) < 1e-9)
            if value > 0 {
                #expect(abs(label.baseline.y + label.descent - (rect.minY - pad)) < 1e-9)
            } else {
                #expect(abs(label.baseline.y - label.ascent - (rect.maxY + pad)) < 1e-9)
            }
        }
    }

    @Test("category labels are centred under their column, wrapped to the band, at most two lines", arguments: Canvas.both)
    func categoryLabelsWrap(canvas: Canvas) throws {
        let names = (1...8).map { "서울특별시 강남구 역삼동 테헤란로 \($0)번지" }
        let frame = BarFrame.layout(Self.columns(categories: names, values: (1...8).map { Double($0 * 10) }), on: canvas)
        let rects = BarFrame.bars(frame).map(\.rect).sorted { $0.minX < $1.minX }
        #expect(rects.count == 8)
        let step = rects[1].midX - rects[0].midX
        let zero = try #require(BarFrame.zeroLines(frame).first).midY
        let labels = frame.textLines.filter { $0.bounds.minY > zero && !$0.text.hasPrefix("출처") }
        for (rect, name) in zip(rects, names) {
            let under = labels.filter { abs($0.bounds.midX - rect.midX) < step / 2 }
            #expect((1...2).contains(under.count))
            for line in under {
                #expect(abs(line.bounds.midX - rect.midX) < 1e-9, "'\(line.text)' is not centred")
                #expect(line.bounds.minX >= rect.midX - step / 2 && line.bounds.maxX <= rect.midX + step / 2)
            }
            // Either the whole name, or two lines of it ending in an ellipsis.
            let shown = under.map(\.text).joined(separator: " ")
            #expect(shown == name || (under.count == 2 && shown.hasSuffix("…")), "'\(shown)' for '\(name)'")
        }
        BarFrame.expectTidy(frame)
    }

    @Test("a missing column shows the not-available word on the zero line and no column")
    func missingColumn() throws {
        let frame = BarFrame.layout(Self.columns(values: [12, nil, 8, 45, 20]))
        #expect(BarFrame.bars(frame).count == 4)
        #expect(Self.column("2020", in: frame) == nil)
        let word = try #require(BarFrame.text("자료 없음", in: frame))
        let label = try #require(BarFrame.text("2020", in: frame))
        #expect(abs(word.bounds.midX - label.bounds.midX) < 1e-9)
        BarFrame.expectTidy(frame)
    }
}
