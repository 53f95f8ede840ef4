import Drawing
import Testing
import TestSupport
@testable import ChartLayout

@Suite("Bar chart layout")
struct BarChartLayoutTests {
    static let theme = Theme.standard
    static let width = 475.0
    static let usd = NumberFormat.korean(unit: "달러", multiplier: 1e9)

    /// The briefing's chart: 2023 private AI investment, billions of dollars.
    static func investment(values: [Double?] = [67.2, 7.76, 1.4], categories: [String] = ["미국", "중국", "한국"],
                           sort: BarChart.Sort = .data, highlight: Set<String> = ["미국"]) -> BarChart {
        BarChart(title: "미국의 AI 민간 투자, 중국의 9배에 가까워", subtitle: "2023년 국가별 AI 민간 투자액(달러)",
                 source: "스탠퍼드대 인간중심AI연구소(HAI), 「AI 인덱스 2024」", categories: categories,
                 series: [BarSeries(name: "usd_billion", values: values)], sort: sort, valueFormat: usd,
                 highlight: highlight)
    }

    static func layout(_ chart: BarChart, width: Double = width) -> Frame {
        BarChartLayout(theme: theme, measurer: FixedAdvanceMeasurer()).layout(chart, width: width)
    }

    /// Filled rectangles: the bars, top to bottom.
    static func bars(_ frame: Frame) -> [(rect: Rect, fill: Color)] {
        frame.pathBounds.compactMap { p in p.item.fill.map { (p.bounds, $0) } }.sorted { $0.rect.minY < $1.rect.minY }
    }

    /// The bar drawn in the row of `category` (its label's box is centred on the bar).
    static func bar(of category: String, in frame: Frame) -> (rect: Rect, fill: Color)? {
        guard let label = frame.textLines.first(where: { $0.text == category }) else { return nil }
        return bars(frame).first { abs($0.rect.midY - label.bounds.midY) < 1e-9 }
    }

    static func label(_ text: String, in frame: Frame) -> TextLine? {
        frame.textLines.first { $0.text == text }
    }

    /// Every text box and painted path lies inside the frame, and no two text boxes overlap.
    static func expectTidy(_ frame: Frame, sourceLocation: SourceLocation = #_sourceLocation) {
        let page = Rect(origin: .zero, size: frame.size)
        let texts = frame.textLines
        for t in texts {
            #expect(page.contains(t.bounds), "'\(t.text)' leaves the frame: \(t.bounds)", sourceLocation: sourceLocation)
        }
        for p in frame.pathBounds {
            #expect(page.contains(p.bounds), "a path leaves the frame: \(p.bounds)", sourceLocation: sourceLocation)
        }
        // Sorted by top edge, a box can only meet boxes that start above its bottom.
        let boxes = texts.map { ($0.text, $0.bounds) }.sorted { $0.1.minY < $1.1.minY }
        for i in boxes.indices {
            var j = i + 1
            while j < boxes.count && boxes[j].1.minY < boxes[i].1.maxY {
                #expect(!boxes[i].1.intersects(boxes[j].1), "'\(boxes[i].0)' overlaps '\(boxes[j].0)'",
                        sourceLocation: sourceLocation)
                j += 1
            }
        }
    }

    @Test("bar lengths are proportional to the values and start from one zero x")
    func proportionalBars() throws {
        let frame = Self.layout(Self.investment())
        let us = try #require(Self.bar(of: "미국", in: frame)).rect
        let cn = try #require(Self.bar(of: "중국", in: frame)).rect
        let kr = try #require(Self.bar(of: "한국", in: frame)).rect
        #expect(us.minX == cn.minX && cn.minX == kr.minX)
        #expect(abs(cn.width / us.width - 7.76 / 67.2) < 1e-9)
        #expect(abs(kr.width / us.width - 1.4 / 67.2) < 1e-9)
        // Category column 17 pt + 8 pt gap puts zero at 25; the widest outside label (68 pt) plus
        // 3.4 pt padding is reserved at the right, so the longest bar ends at 475 − 71.4.
        #expect(us.minX == 25)
        #expect(abs(us.maxX - 403.6) < 1e-9)
        // The zero line runs along the bars' common base.
        let zeroLine = frame.pathBounds.first { $0.item.stroke != nil }
        #expect(zeroLine.map { abs($0.bounds.midX - 25) < 1e-9 } == true)
    }

    @Test("every bar has the same thickness, 18 pt in a 25 pt band")
    func equalThickness() {
        let bars = Self.bars(Self.layout(Self.investment()))
        #expect(bars.count == 3)
        #expect(bars.allSatisfy { $0.rect.height == 18 })
        let step = bars[1].rect.minY - bars[0].rect.minY
        #expect(abs(step - 25) < 1e-9)
        #expect(abs(bars[2].rect.minY - bars[1].rect.minY - 25) < 1e-9)
        #expect((0.70...0.78).contains(18 / step))
    }

    @Test("value labels read as Korean amounts and sit just past the bar ends")
    func valueLabels() throws {
        let frame = Self.layout(Self.investment())
        let pad = Self.theme.chartLabelSize * 0.4
        for (category, text, width) in [("미국", "672억 달러", 40.375), ("중국", "77억 6,000만 달러", 68.0), ("한국", "14억 달러", 36.125)] {
            let label = try #require(Self.label(text, in: frame))
            let bar = try #require(Self.bar(of: category, in: frame)).rect
            #expect(label.width == width)
            #expect(abs(label.baseline.x - (bar.maxX + pad)) < 1e-9)
            #expect(abs(label.bounds.midY - bar.midY) < 1e-9)
            #expect(label.spans[0].style.color == Self.theme.text)
        }
        // The highlighted category's label is bold.
        #expect(Self.label("672억 달러", in: frame)?.spans[0].style.font.weight == .bold)
        #expect(Self.label("14억 달러", in: frame)?.spans[0].style.font.weight == .regular)
    }

    @Test("the investment chart keeps every text box apart and inside the frame")
    func investmentIsTidy() {
        let frame = Self.layout(Self.investment())
        #expect(frame.size.width == 475)
        Self.expectTidy(frame)
        let texts = frame.textLines.map(\.text)
        #expect(texts.first == "미국의 AI 민간 투자, 중국의 9배에 가까워")
        #expect(texts.last == "출처: 스탠퍼드대 인간중심AI연구소(HAI), 「AI 인덱스 2024」")
    }

    @Test("a highlighted bar takes the accent and every other bar the muted colour")
    func highlight() throws {
        let frame = Self.layout(Self.investment())
        #expect(try #require(Self.bar(of: "미국", in: frame)).fill == Self.theme.accent)
        #expect(try #require(Self.bar(of: "중국", in: frame)).fill == Self.theme.mutedBar)
        #expect(try #require(Self.bar(of: "한국", in: frame)).fill == Self.theme.mutedBar)
        let plain = Self.layout(Self.investment(highlight: []))
        #expect(Self.bars(plain).allSatisfy { $0.fill == Self.theme.accent })
    }

    @Test("sorting orders the rows by value, descending or ascending")
    func sorting() {
        let data: [Double?] = [1.4, 67.2, 7.76]
        let categories = ["한국", "미국", "중국"]
        func rowOrder(_ sort: BarChart.Sort) -> [String] {
            let frame = Self.layout(Self.investment(values: data, categories: categories, sort: sort))
            return categories.map { c in (c, Self.bar(of: c, in: frame)?.rect.minY ?? .nan) }
                .sorted { $0.1 < $1.1 }.map(\.0)
        }
        #expect(rowOrder(.data) == ["한국", "미국", "중국"])
        #expect(rowOrder(.descending) == ["미국", "중국", "한국"])
        #expect(rowOrder(.ascending) == ["한국", "중국", "미국"])
    }

    @Test("a missing value draws no bar and shows the chart's word for it, sorted last")
    func missingValue() throws {
        let chart = Self.investment(values: [67.2, nil, 1.4], sort: .descending)
        let frame = Self.layout(chart)
        #expect(chart.labels.notAvailable == "자료 없음")
        #expect(Self.bars(frame).count == 2)
        #expect(Self.bar(of: "중국", in: frame) == nil)
        let word = try #require(Self.label("자료 없음", in: frame))
        let china = try #require(Self.label("중국", in: frame))
        #expect(abs(word.bounds.midY - china.bounds.midY) < 1e-9)
        #expect(word.spans[0].style.color == Self.theme.mutedText)
        // Zero stays at 25 and the word starts one padding to its right.
        #expect(abs(word.baseline.x - (25 + Self.theme.chartLabelSize * 0.4)) < 1e-9)
        // Sorted descending, the missing row comes after 한국.
        let korea = try #require(Self.label("한국", in: frame))
        #expect(china.baseline.y > korea.baseline.y)
        Self.expectTidy(frame)
    }

    @Test("negative values extend left of the zero line, positive ones right")
    func diverging() throws {
        let chart = BarChart(title: "증감", categories: ["가", "나", "다"],
                             series: [BarSeries(name: "변화", values: [30, -20, 10])], valueFormat: .plain(decimals: 0))
        let frame = Self.layout(chart)
        let up = try #require(Self.bar(of: "가", in: frame)).rect
        let down = try #require(Self.bar(of: "나", in: frame)).rect
        let small = try #require(Self.bar(of: "다", in: frame)).rect
        #expect(down.maxX == up.minX)
        #expect(small.minX == up.minX)
        #expect(down.minX < down.maxX)
        #expect(abs(down.width / up.width - 20.0 / 30) < 1e-9)
        #expect(abs(small.width / up.width - 10.0 / 30) < 1e-9)
        // Every label fits inside its bar, so the negative one sits at the bar's far (left) end.
        let minus = try #require(Self.label("\u{2212}20", in: frame))
        #expect(abs(minus.baseline.x - (down.minX + Self.theme.chartLabelSize * 0.4)) < 1e-9)
        #expect(down.contains(minus.bounds))
        Self.expectTidy(frame)
    }

    @Test("a short negative bar puts its label outside, left of the bar")
    func divergingOutside() throws {
        let chart = BarChart(title: "증감", categories: ["가", "나", "다"],
                             series: [BarSeries(name: "변화", values: [300, -2, 100])], valueFormat: .plain(decimals: 0))
        let frame = Self.layout(chart)
        let up = try #require(Self.bar(of: "가", in: frame)).rect
        let down = try #require(Self.bar(of: "나", in: frame)).rect
        #expect(down.maxX == up.minX)
        #expect(abs(down.width / up.width - 2.0 / 300) < 1e-9)
        let minus = try #require(Self.label("\u{2212}2", in: frame))
        #expect(abs(minus.bounds.maxX - (down.minX - Self.theme.chartLabelSize * 0.4)) < 1e-9)
        let plus = try #require(Self.label("300", in: frame))
        #expect(abs(plus.baseline.x - (up.maxX + Self.theme.chartLabelSize * 0.4)) < 1e-9)
        Self.expectTidy(frame)
    }

    @Test("all-zero data, a single bar and all-negative data stay in the frame",
          arguments: [[0.0, 0, 0], [67.2], [0.0], [-5.0], [-5, -0.1]] as [[Double?]])
    func degenerateData(values: [Double?]) {
        let categories = ["미국", "중국", "한국"].prefix(values.count).map { $0 }
        let frame = Self.layout(Self.investment(values: values, categories: categories))
        #expect(Self.bars(frame).count == values.count)
        #expect(frame.size.height > 0)
        #expect(frame.textLines.filter { $0.text.hasSuffix("달러") || $0.text == "0" }.count == values.count)
        Self.expectTidy(frame)
    }

    @Test("missing values next to negative or zero data keep their word in the frame",
          arguments: [[-5, nil], [nil, -0.1, -3], [0, nil], [nil, nil]] as [[Double?]])
    func missingWithNegatives(values: [Double?]) {
        let categories = ["미국", "중국", "한국"].prefix(values.count).map { $0 }
        let frame = Self.layout(Self.investment(values: values, categories: categories))
        #expect(Self.bars(frame).count == values.compactMap { $0 }.count)
        #expect(frame.textLines.filter { $0.text == "자료 없음" }.count == values.filter { $0 == nil }.count)
        Self.expectTidy(frame)
    }

    @Test("200 categories stay in the frame with no overlapping text")
    func manyCategories() {
        let categories = (1...200).map { "항목 \($0)" }
        let values: [Double?] = (1...200).map { i in Double((i * 37) % 101) - 20 }
        let chart = BarChart(title: "많은 항목", categories: categories, series: [BarSeries(name: "값", values: values)],
                             valueFormat: .plain(decimals: 0))
        let frame = Self.layout(chart)
        #expect(Self.bars(frame).count == 200)
        Self.expectTidy(frame)
        let thickness = Set(Self.bars(frame).map(\.rect.height))
        #expect(thickness == [18])
    }

    @Test("a 300-character category label wraps in its column and stays in the frame")
    func longLabel() throws {
        let long = Array(repeating: "아주긴이름", count: 50).joined(separator: " ")
        #expect(long.count == 299)
        let frame = Self.layout(Self.investment(categories: [long, "중국", "한국"], highlight: []))
        Self.expectTidy(frame)
        // The column is capped at 32 % of the width, 2 lines, the second ending in an ellipsis.
        let column = frame.textLines.filter { $0.text.hasPrefix("아주") }
        #expect(column.count == 2)
        #expect(column.allSatisfy { $0.bounds.maxX <= 475 * 0.32 + 1e-9 })
        #expect(column.last?.text.hasSuffix("…") == true)
        let bar = try #require(Self.bars(frame).first).rect
        #expect(abs(bar.minX - (475 * 0.32 + 8)) < 1e-9)
    }

    @Test("labels go inside long bars in a colour with at least 4.5:1 contrast", arguments: [Set<String>(), ["나"]])
    func insideLabels(highlight: Set<String>) throws {
        let chart = BarChart(title: "비슷한 값", categories: ["가", "나", "다"],
                             series: [BarSeries(name: "값", values: [50, 60, 70])], valueFormat: .plain(decimals: 0),
                             highlight: highlight)
        let frame = Self.layout(chart)
        for (category, text) in [("가", "50"), ("나", "60"), ("다", "70")] {
            let bar = try #require(Self.bar(of: category, in: frame))
            let label = try #require(Self.label(text, in: frame))
            #expect(bar.rect.contains(label.bounds), "'\(text)' is not inside its bar")
            // Right-aligned inside, one padding from the end.
            #expect(abs(label.bounds.maxX - (bar.rect.maxX - Self.theme.chartLabelSize * 0.4)) < 1e-9)
            let color = label.spans[0].style.color
            #expect(color.contrastRatio(with: bar.fill) >= 4.5, "'\(text)' has \(color.contrastRatio(with: bar.fill)):1")
            // Of white and the text colour, the one with more contrast.
            let best = max(Color.white.contrastRatio(with: bar.fill), Self.theme.text.contrastRatio(with: bar.fill))
            #expect(color.contrastRatio(with: bar.fill) == best)
        }
        // With no outside labels no room is reserved: the longest bar reaches the frame edge.
        #expect(Self.bars(frame).map(\.rect.maxX).max() == 475)
        Self.expectTidy(frame)
    }

    @Test("alt text reads every value in the order drawn, and the comparison the title makes")
    func altText() {
        let chart = Self.investment()
        #expect(chart.altText == "가로 막대 그래프: 미국의 AI 민간 투자, 중국의 9배에 가까워 (2023년 국가별 AI 민간 투자액(달러)). "
                + "3개 항목: 미국 672억 달러, 중국 77억 6,000만 달러, 한국 14억 달러. 미국, 중국의 8.7배.")
        let shuffled = Self.investment(values: [7.76, nil, 67.2], categories: ["중국", "일본", "미국"])
        #expect(shuffled.altText.contains(": 중국 77억 6,000만 달러, 미국 672억 달러."))
    }

    @Test("alt text of a chart with more than a dozen values gives each series' extremes and the highlighted bars")
    func altTextManyValues() {
        let names = (1...14).map { "항목\($0)" }
        var chart = Self.investment(values: (1...14).map { Double($0) }, categories: names)
        chart.highlight = ["항목5"]
        chart.title = "항목14가 항목2의 일곱 배"
        let alt = chart.altText
        #expect(alt.contains("가장 큰 값 항목14 140억 달러, 가장 작은 값 항목1 10억 달러"))
        #expect(alt.contains("강조: 항목5: 50억 달러"))
        #expect(alt.contains("항목14, 항목2의 7배."))
        #expect(!alt.contains("항목3 "))
    }

    @Test("alt text of a 100 % chart gives each segment's share, and a smaller first category its share of the second")
    func altTextShares() {
        let patents = BarChart(title: "특허 10건 중 7건은 중국에서", categories: ["2014~2023년"],
                               series: [BarSeries(name: "중국", values: [38_000]), BarSeries(name: "그 외 국가", values: [16_000])],
                               valueFormat: .plain(suffix: "건"), layout: .percent)
        #expect(patents.altText.contains("2014~2023년: 중국 38,000건 (70%), 그 외 국가 16,000건 (30%)"))
        var small = Self.investment()
        small.title = "한국은 중국의 일부"
        #expect(small.altText.hasSuffix("한국, 중국의 18%."))
    }

    @Test("the same chart lays out to the same frame")
    func deterministic() {
        #expect(Self.layout(Self.investment()) == Self.layout(Self.investment()))
    }
}

extension Rect {
    var midX: Double { minX + width / 2 }
    var midY: Double { minY + height / 2 }
}
