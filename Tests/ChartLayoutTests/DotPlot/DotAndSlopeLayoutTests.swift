import Foundation
import Drawing
import Testing
import TestSupport
@testable import ChartLayout

@Suite("Dot, lollipop, range and slope chart layout")
struct DotAndSlopeLayoutTests {
    static let theme = Theme.standard
    static let categories = ["미국", "중국", "영국", "한국"]
    static let y2023 = BarSeries(name: "2023", values: [672, 78, 38, 14])
    static let y2024 = BarSeries(name: "2024", values: [1091, 93, 45, 13])

    static func dots(_ style: DotPlot.Style, _ series: [BarSeries]) -> DotPlot {
        DotPlot(title: "제목", source: "가상 자료", style: style, categories: categories, series: series, valueFormat: .plain(decimals: 0))
    }

    /// Filled circles (dots) by centre, in drawing order.
    static func dots(in frame: Frame) -> [(center: Point, fill: Color)] {
        frame.pathBounds.compactMap { p in
            let round = p.item.path.elements.contains { if case .curve = $0 { return true } else { return false } }
            guard let fill = p.item.fill, round, p.bounds.width < 12 else { return nil }
            return (Point(x: p.bounds.midX, y: p.bounds.midY), fill)
        }
    }

    @Test("a range joins each row's two values; dots sit at the values on one linear axis, rows evenly spaced")
    func range() throws {
        let layout = DotPlotLayout(theme: Self.theme, measurer: FixedAdvanceMeasurer())
        for (width, height) in [(475.0, nil), (912.0, 492.0)] as [(Double, Double?)] {
            let frame = layout.layout(Self.dots(.range, [Self.y2023, Self.y2024]), width: width, height: height)
            let dots = Self.dots(in: frame)
            #expect(dots.count == 8)
            let rows = Array(Set(dots.map(\.center.y))).sorted()
            #expect(rows.count == 4)
            #expect(abs((rows[2] - rows[1]) - (rows[1] - rows[0])) < 1e-6)
            // Positions are linear in value: 672→1091 spans (1091−672)/(93−78) times 78→93.
            let us = dots.filter { $0.center.y == rows[0] }.map(\.center.x).sorted()
            let cn = dots.filter { $0.center.y == rows[1] }.map(\.center.x).sorted()
            #expect(abs((us[1] - us[0]) / (cn[1] - cn[0]) - (1091.0 - 672) / (93 - 78)) < 1e-6)
            #expect(dots.filter { $0.center.y == rows[3] }.map(\.fill) == [Self.theme.palette[0], Self.theme.palette[1]], "each series keeps its colour")
            #expect(frame.textLines.contains { $0.text == "1,091" } && frame.textLines.contains { $0.text == "672" })
            BarFrame.expectTidy(frame)
            if let height { #expect(frame.size.height == height) }
        }
    }

    @Test("a lollipop's stem starts at zero; a dot plot of several series has a key and no value labels")
    func lollipopAndDots() throws {
        let layout = DotPlotLayout(theme: Self.theme, measurer: FixedAdvanceMeasurer())
        let lollipop = layout.layout(Self.dots(.lollipop, [Self.y2024]), width: 475)
        let zero = try #require(lollipop.textLines.first { $0.text == "0" })
        let stems = lollipop.pathBounds.filter { $0.item.stroke?.width == DotPlotLayout.stemWidth }
        #expect(stems.count == 4)
        #expect(stems.allSatisfy { abs($0.bounds.minX + DotPlotLayout.stemWidth / 2 - zero.bounds.midX) < 0.5 })
        let dots = layout.layout(Self.dots(.dot, [Self.y2023, Self.y2024]), width: 475)
        #expect(BarFrame.swatches(dots).map(\.name) == ["2023", "2024"])
        #expect(!dots.textLines.contains { $0.text == "1,091" })
        BarFrame.expectTidy(lollipop)
        BarFrame.expectTidy(dots)
    }

    @Test("a slope chart draws a line per category between its two values, labels on both sides apart")
    func slope() throws {
        let chart = SlopeChart(title: "제목", source: "가상 자료", categories: Self.categories, start: Self.y2023, end: Self.y2024,
                               valueFormat: .plain(decimals: 0), highlight: ["한국"])
        let layout = SlopeChartLayout(theme: Self.theme, measurer: FixedAdvanceMeasurer())
        for (width, height) in [(475.0, nil), (912.0, 492.0)] as [(Double, Double?)] {
            let frame = layout.layout(chart, width: width, height: height)
            let lines = frame.pathBounds.filter { $0.item.stroke?.cap == .round }
            #expect(lines.count == 4)
            #expect(lines.last?.item.stroke?.color == Self.theme.accent, "the highlighted line is drawn last, in the accent")
            #expect(lines.dropLast().allSatisfy { $0.item.stroke?.color == Self.theme.mutedBar })
            #expect(frame.textLines.contains { $0.text.hasSuffix("한국") } && frame.textLines.contains { $0.text == "2023" })
            BarFrame.expectTidy(frame)
            if let height { #expect(frame.size.height == height) }
        }
    }

    @Test("a note on a range points at its row: set after the row's last label on its own row, or led to it, over nothing")
    func rangeAnnotation() throws {
        var chart = Self.dots(.range, [Self.y2023, Self.y2024])
        chart.annotations = [Annotation(text: "1.6배", category: "미국"), Annotation(text: "유일하게 감소", category: "한국")]
        let layout = DotPlotLayout(theme: Self.theme, measurer: FixedAdvanceMeasurer())
        for (width, height) in [(475.0, nil), (912.0, 492.0)] as [(Double, Double?)] {
            let result = layout.laidOut(chart, width: width, height: height)
            #expect(result.notices.isEmpty, "\(result.notices)")
            let frame = result.frame
            let dots = Self.dots(in: frame)
            let rows = Array(Set(dots.map(\.center.y))).sorted()
            for (note, row) in [("1.6배", 0), ("유일하게 감소", 3)] {
                let text = try #require(frame.textLines.first { $0.text == note })
                let rowDots = dots.filter { $0.center.y == rows[row] }.map(\.center)
                let rowEnd = rowDots.map(\.x).max() ?? 0
                // Nearer its own row than any other, and after the row's dots.
                let distances = rows.map { abs($0 - text.bounds.midY) }
                #expect(distances.firstIndex(of: distances.min() ?? 0) == row, "\(note) reads as its own row's")
                #expect(text.bounds.minX > rowEnd)
            }
            #expect(chart.altText.contains("주석: 1.6배 (미국), 유일하게 감소 (한국)"))
            BarFrame.expectTidy(frame)
        }
    }

    @Test("alt texts name the kind in the chart's language")
    func altTexts() {
        #expect(Self.dots(.range, [Self.y2023, Self.y2024]).altText.hasPrefix("범위 그래프: 제목. 4개 항목: 미국 2023 672 → 2024 1,091;"))
        #expect(Self.dots(.lollipop, [Self.y2024]).altText.hasPrefix("롤리팝 그래프: 제목."))
        var slope = SlopeChart(title: "Title", categories: Self.categories, start: Self.y2023, end: Self.y2024, valueFormat: .plain(decimals: 0))
        slope.labels = .english
        #expect(slope.altText.hasPrefix("Slope chart: Title. 2023 → 2024, 4 items: 미국 672 → 1,091;"))
    }
}
