import Foundation
import Drawing
import Testing
import TestSupport
@testable import ChartLayout

@Suite("Line and area chart layout")
struct LineChartLayoutTests {
    static let theme = Theme.standard
    static var engine: LineChartLayout { LineChartLayout(theme: theme, measurer: FixedAdvanceMeasurer()) }

    static func chart(_ categories: [String], _ series: [BarSeries], mark: LineChart.Mark = .line,
                      layout: LineChart.Layout = .overlaid) -> LineChart {
        LineChart(title: "제목", subtitle: "부제", source: "가상 자료", categories: categories, series: series, mark: mark,
                  layout: layout, valueFormat: .plain(decimals: 1))
    }

    /// Stroked open paths in a series' colour and width: the drawn lines, as their points.
    static func lines(_ frame: Frame, color: Color) -> [[Point]] {
        frame.pathBounds.compactMap { p -> [Point]? in
            guard p.item.fill == nil, let stroke = p.item.stroke, stroke.color == color, stroke.join == .round else { return nil }
            return p.item.path.elements.compactMap { e -> Point? in
                switch e { case .move(let q), .line(let q): return q; default: return nil }
            }
        }
    }

    @Test("moments are placed by date: a missing year leaves its gap, a regular series is evenly spaced")
    func timePlacement() throws {
        let chart = Self.chart(["2019", "2020", "2023"], [BarSeries(name: "값", values: [1, 2, 3])])
        let frame = Self.engine.layout(chart, width: 475)
        let points = try #require(Self.lines(frame, color: Self.theme.accent).first)
        #expect(points.count == 3)
        let (a, b, c) = (points[0].x, points[1].x, points[2].x)
        #expect(abs((c - b) - 3 * (b - a)) < 1e-6, "2020→2023 spans three times 2019→2020")
        let months = Self.chart(["2024-01", "2024-02", "2024-03"], [BarSeries(name: "값", values: [1, 2, 3])])
        let m = try #require(Self.lines(Self.engine.layout(months, width: 475), color: Self.theme.accent).first)
        #expect(abs((m[2].x - m[1].x) - (m[1].x - m[0].x)) < 1e-9, "February is as wide as January")
    }

    @Test("a missing value breaks the line, and a point alone between gaps is a dot")
    func gaps() {
        let chart = Self.chart(["2019", "2020", "2021", "2022", "2023", "2024"], [BarSeries(name: "값", values: [1, 2, nil, 3, nil, 4])])
        let frame = Self.engine.layout(chart, width: 475)
        #expect(Self.lines(frame, color: Self.theme.accent).map(\.count) == [2])
        let dots = frame.pathBounds.filter { $0.item.fill == Self.theme.accent && $0.item.stroke == nil && abs($0.bounds.width - 5) < 0.01 }
        #expect(dots.count == 2, "2022 and 2024 stand alone")
    }

    @Test("up to six series are named at their line ends, apart and inside the frame; more get a key", arguments: [3, 6, 7])
    func endLabels(count: Int) {
        // Every series ends at nearly the same value, so the labels must be pushed apart.
        let series = (0..<count).map { BarSeries(name: "계열\($0)", values: [Double($0), 10 + Double($0) * 0.01]) }
        for (width, height) in [(475.0, nil), (912.0, 492.0)] as [(Double, Double?)] {
            let frame = Self.engine.layout(Self.chart(["2023", "2024"], series), width: width, height: height)
            let names = frame.textLines.filter { $0.text.hasPrefix("계열") }
            #expect(names.count == count)
            let plotRight = Self.lines(frame, color: Self.theme.palette[0]).first?.last?.x ?? 0
            if count <= LineChartLayout.maxDirectLabels {
                #expect(names.allSatisfy { $0.bounds.minX > plotRight }, "names sit right of the lines")
            } else {
                #expect(names.allSatisfy { $0.bounds.maxY < frame.textLines.first { $0.text == "2023" }!.bounds.minY - 100 }, "a key above")
            }
            BarFrame.expectTidy(frame)
            if let height { #expect(frame.size.height == height) }
        }
    }

    @Test("with a highlight, the other series are grey, thinner, drawn first and unnamed; the highlighted one is in the accent")
    func highlight() throws {
        let names = ["가", "나", "다", "라", "마", "바", "사", "아"]
        var chart = Self.chart(["2023", "2024"], names.enumerated().map { BarSeries(name: $1, values: [Double($0), 10 - Double($0)]) })
        chart.highlight = ["바"]
        let frame = Self.engine.layout(chart, width: 475)
        let strokes = frame.pathBounds.compactMap { p -> Stroke? in p.item.fill == nil && p.item.stroke?.join == .round ? p.item.stroke : nil }
        #expect(strokes.map(\.color) == Array(repeating: Self.theme.mutedBar, count: 7) + [Self.theme.accent])
        #expect(strokes[0].width < strokes[7].width)
        // Eight series would need a key, but only the highlighted one is named, at its end.
        #expect(BarFrame.swatches(frame).isEmpty)
        let labels = frame.textLines.map(\.text).filter { names.contains($0) }
        #expect(labels == ["바"])
    }

    @Test("areas start at zero; lines far from zero do not, lines near it do")
    func zero() throws {
        let far = Self.chart(["2023", "2024"], [BarSeries(name: "값", values: [100, 104])])
        let near = Self.chart(["2023", "2024"], [BarSeries(name: "값", values: [10, 100])])
        let ticks = { (c: LineChart) in Self.engine.layout(c, width: 475).textLines.map(\.text).filter { Double($0) != nil } }
        #expect(!ticks(far).contains("0.0") && !ticks(far).contains("0"))
        #expect(ticks(near).contains { Double($0) == 0 })
        var area = far
        area.mark = .area
        #expect(ticks(area).contains { Double($0) == 0 })
    }

    @Test("stacked areas: each layer sits on the one below, and a 100 % stack fills the plot")
    func stacked() throws {
        let series = [BarSeries(name: "가", values: [1, 3]), BarSeries(name: "나", values: [3, 1])]
        let frame = Self.engine.layout(Self.chart(["2023", "2024"], series, mark: .area, layout: .percent), width: 475)
        let fills = frame.pathBounds.filter { $0.item.fill == Self.theme.palette[0] || $0.item.fill == Self.theme.palette[1] }
            .filter { $0.bounds.width > 50 }
        #expect(fills.count == 2)
        let top = fills.map(\.bounds.minY).min() ?? 0, bottom = fills.map(\.bounds.maxY).max() ?? 0
        let upper = try #require(fills.first { $0.item.fill == Self.theme.palette[1] })
        #expect(abs(upper.bounds.minY - top) < 1e-6, "the last layer reaches 100 %")
        #expect(abs(fills[0].bounds.maxY - bottom) < 1e-6)
        #expect(frame.textLines.contains { $0.text == "100%" })
    }

    @Test("an annotation points at its point: a leader from near its text to near the point, over nothing else")
    func annotation() throws {
        var chart = Self.chart(["2019", "2020", "2021", "2022", "2023"], [BarSeries(name: "값", values: [3, 5, 9, 7, 8])])
        chart.annotations = [PointAnnotation(text: "사상 최대", category: "2021")]
        let frame = Self.engine.layout(chart, width: 475)
        let note = try #require(frame.textLines.first { $0.text == "사상 최대" })
        let line = try #require(Self.lines(frame, color: Self.theme.accent).first)
        let target = line[2]
        let leader = try #require(frame.pathBounds.first { $0.item.stroke?.color == Self.theme.mutedText && $0.item.stroke?.width == 0.75 })
        let ends = leader.item.path.elements.compactMap { e -> Point? in if case .move(let p) = e { return p }; if case .line(let p) = e { return p }; return nil }
        let near = { (p: Point, r: Rect) in
            hypot(p.x - min(max(p.x, r.minX), r.maxX), p.y - min(max(p.y, r.minY), r.maxY)) <= 6 }
        #expect(near(ends[0], note.bounds))
        #expect(hypot(ends[1].x - target.x, ends[1].y - target.y) <= 6)
        #expect(!zip(line, line.dropFirst()).contains { Segment($0, $1).crosses(note.bounds) }, "the note crosses no line")
        BarFrame.expectTidy(frame)
    }

    @Test("an annotation with no free place becomes a note under the chart, and the author hears of it")
    func unplaced() {
        var chart = Self.chart(["2023", "2024"], [BarSeries(name: "값", values: [1, 2])])
        chart.annotations = [PointAnnotation(text: String(repeating: "가나다라 ", count: 40), category: "2024")]
        let result = Self.engine.laidOut(chart, width: 300)
        #expect(result.notices.map(\.kind) == [.annotationAsNote])
        #expect(result.frame.textLines.contains { $0.text.hasPrefix("※") })
    }

    @Test("the alt text names the kind in the chart's language and the movement of each series")
    func altText() {
        let chart = Self.chart(["2019", "2020", "2021"], [BarSeries(name: "미국", values: [27.1, 52.5, 47.4]), BarSeries(name: "중국", values: [4.9, 9.6, 23.3])])
        #expect(chart.altText == "선 그래프: 제목 (부제). 2019–2021, 3개 시점, 2개 계열. 미국: 2019 27.1 → 2021 47.4, 최고 2020 52.5. 중국: 2019 4.9 → 2021 23.3.")
        var english = chart
        english.labels = .english
        english.mark = .area
        english.layout = .stacked
        #expect(english.altText.hasPrefix("Stacked area chart: 제목"))
    }

    @Test("a log scale rounds out to 1, 2 or 5 × 10ⁿ, so data within a decade fills the plot")
    func logScale() {
        var chart = Self.chart(["2023", "2024", "2025"], [BarSeries(name: "값", values: [120, 200, 315])])
        chart.scale = .log
        chart.valueFormat = .plain(decimals: 0)
        let labels = Self.engine.layout(chart, width: 475).textLines.map(\.text)
        #expect(labels.contains("100") && labels.contains("200") && labels.contains("500"))
        #expect(!labels.contains("1,000"), "\(labels)")
        #expect(LinePlot.roundedDown(120) == 100 && LinePlot.roundedUp(315) == 500 && LinePlot.roundedUp(0.07) == 0.1)
    }

    @Test("absurd magnitudes still give a drawable frame with nothing outside it: labels that cannot fit are left out, and said so")
    func absurd() {
        let huge = BarSeries(name: "값", values: [1e300, 9e307])
        for mark in LineChart.Mark.allCases {
            let result = Self.engine.laidOut(Self.chart(["2023", "2024"], [huge], mark: mark), width: 475)
            #expect(result.frame.invalidNumber == nil)
            #expect(result.notices.contains { $0.kind == .droppedLabel })
            let page = Rect(origin: .zero, size: result.frame.size)
            #expect(result.frame.textLines.allSatisfy { page.contains($0.bounds) })
        }
    }

    @Test("laying out twice gives the same frame")
    func deterministic() {
        var chart = Self.chart(["2024-01", "2024-02", "2024-04"], [BarSeries(name: "가", values: [1, 2, 3]), BarSeries(name: "나", values: [3, 2, 1])])
        chart.annotations = [PointAnnotation(text: "메모", category: "2024-02", series: 1)]
        #expect(Self.engine.layout(chart, width: 475) == Self.engine.layout(chart, width: 475))
    }
}
