import Drawing
import Testing
import TestSupport
@testable import ChartLayout

@Suite("Annotations on bar charts")
struct BarChartAnnotationTests {
    static let categories = ["미국", "중국", "한국", "일본", "독일"]

    static func chart(_ orientation: BarChart.Orientation, values: [Double?] = [67.2, 7.76, 1.4, 0.7, 1.9],
                      annotations: [Annotation], categories: [String] = categories) -> BarChart {
        BarChart(title: "국가별 AI 민간 투자", subtitle: "2023년, 달러", source: "가상 자료", categories: categories,
                 series: [BarSeries(name: "투자", values: values)],
                 valueFormat: .korean(unit: "달러", multiplier: 1e9), orientation: orientation, annotations: annotations)
    }

    /// The bar of `category` and `series`: of the bars nearest to the category's label across the
    /// bands (beside a row, or under a column), the series-th in drawing order.
    static func bar(_ category: String, series: Int = 0, in frame: Frame, _ orientation: BarChart.Orientation,
                    categories: [String] = categories) throws -> Rect {
        let horizontal = orientation == .horizontal
        func centre(_ r: Rect) -> Double { horizontal ? r.midY : r.midX }
        let bars = BarFrame.bars(frame).map(\.rect)
        // Category labels: the lines naming a category that sit level with some bar's band.
        let labels = categories.compactMap { name in
            frame.textLines.filter { $0.text == name }.min { l, r in
                (bars.map { abs(centre($0) - centre(l.bounds)) }.min() ?? 0) < (bars.map { abs(centre($0) - centre(r.bounds)) }.min() ?? 0)
            }.map { (name, centre($0.bounds)) }
        }
        let mine = bars.filter { b in labels.min { abs($0.1 - centre(b)) < abs($1.1 - centre(b)) }?.0 == category }
        return try #require(mine.indices.contains(series) ? mine[series] : nil)
    }

    /// The lines of an annotation's text (it may wrap), found by their words, and the box around them.
    static func annotationBox(_ text: String, in frame: Frame) -> (lines: [TextLine], box: Rect)? {
        let words = text.split(separator: " ").map(String.init)
        // Consecutive lines whose words, joined, are the text.
        let lines = frame.textLines
        for start in lines.indices {
            var joined: [String] = []
            for end in start..<lines.count {
                joined += lines[end].text.split(separator: " ").map(String.init)
                if joined == words {
                    let run = Array(lines[start...end])
                    let box = run.dropFirst().reduce(run[0].bounds) { $0.union($1.bounds) }
                    return (run, box)
                }
                if joined.count >= words.count || Array(words.prefix(joined.count)) != joined { break }
            }
        }
        return nil
    }

    /// The annotation is drawn clear of every text box, bar and reference line, inside the frame;
    /// any connector runs from within 6 pt of the text to within 6 pt of its bar, straight or with
    /// one elbow, crossing no other bar, text or reference line; and the text is nearer its bar
    /// (with its value label) than any other bar, or has a connector.
    static func expectPlaced(_ text: String, on category: String, series: Int = 0, in frame: Frame, _ orientation: BarChart.Orientation,
                             categories: [String] = categories, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (noteLines, box) = try #require(annotationBox(text, in: frame), "'\(text)' was not placed", sourceLocation: sourceLocation)
        let target = try bar(category, series: series, in: frame, orientation, categories: categories)
        let bars = BarFrame.bars(frame).map(\.rect)
        #expect(Rect(origin: .zero, size: frame.size).contains(box), sourceLocation: sourceLocation)
        #expect(!bars.contains { $0.intersects(box) }, "the note covers a bar", sourceLocation: sourceLocation)
        let others = frame.textLines.filter { !noteLines.contains($0) }.map(\.bounds)
        #expect(!others.contains { $0.intersects(box) }, "the note covers text", sourceLocation: sourceLocation)
        let references = BarFrame.dashed(frame).compactMap { BarFrame.ends($0.item.path) }.map { Segment($0.0, $0.1) }
        for line in references {
            #expect(!line.crosses(box), "a reference line crosses the note", sourceLocation: sourceLocation)
        }
        let connectors = BarFrame.connectors(frame).map { BarFrame.points($0.path) }
        let mine = connectors.filter { $0.count >= 2 && (BarFrame.distance($0[0], box) <= 6 || BarFrame.distance($0[$0.count - 1], box) <= 6) }
        for points in mine {
            let (a, b) = (points[0], points[points.count - 1])
            let (near, far) = BarFrame.distance(a, box) <= BarFrame.distance(b, box) ? (a, b) : (b, a)
            #expect(points.count <= 3, "straight or one elbow", sourceLocation: sourceLocation)
            #expect(BarFrame.distance(near, box) <= 6, sourceLocation: sourceLocation)
            #expect(BarFrame.distance(far, target) <= 6, sourceLocation: sourceLocation)
            for i in 1..<points.count {
                let s = Segment(points[i - 1], points[i])
                for r in bars { #expect(!s.crosses(r), "the connector crosses a bar at \(r)", sourceLocation: sourceLocation) }
                for r in others { #expect(!s.crosses(r), "the connector crosses text at \(r)", sourceLocation: sourceLocation) }
                for line in references { #expect(!s.intersects(line), "the connector crosses a reference line", sourceLocation: sourceLocation) }
            }
        }
        if mine.isEmpty {
            // No connector: the text must read as its bar's, nearer to it (and its value label) than to any other bar.
            let label = frame.textLines.filter { l in !noteLines.contains(l) && target.union(l.bounds).width - target.width - l.bounds.width < 12
                && (orientation == .horizontal ? abs(l.bounds.midY - target.midY) < 1 : abs(l.bounds.midX - target.midX) < 1) }
            let extent = label.reduce(target) { $0.union($1.bounds) }
            let nearest = bars.filter { $0 != target }.map { $0.distance(to: box) }.min() ?? .infinity
            #expect(extent.distance(to: box) < nearest, "no connector, yet another bar is as near", sourceLocation: sourceLocation)
            let acrossTarget = orientation == .horizontal ? (target.minY...target.maxY).contains(box.midY) : (target.minX...target.maxX).contains(box.midX)
            #expect(acrossTarget, "no connector, yet the note is off its bar's band", sourceLocation: sourceLocation)
        }
        BarFrame.expectTidy(frame, sourceLocation: sourceLocation)
    }

    @Test("an annotation is placed near its bar without covering text or bars",
          arguments: [BarChart.Orientation.horizontal, .vertical], ["미국", "중국", "일본"])
    func placed(orientation: BarChart.Orientation, category: String) throws {
        for canvas in Canvas.both {
            let note = "\(category) 주목"
            let frame = BarFrame.layout(Self.chart(orientation, annotations: [Annotation(text: note, category: category)]), on: canvas)
            try Self.expectPlaced(note, on: category, in: frame, orientation)
        }
    }

    @Test("'중국의 약 9배', meant for 미국's bar, sits against 미국's bar or points at it, never on 중국's row alone",
          arguments: [BarChart.Orientation.horizontal, .vertical])
    func nineTimes(orientation: BarChart.Orientation) throws {
        for canvas in Canvas.both {
            let chart = Self.chart(orientation, values: [67.2, 7.76, 1.4], annotations: [Annotation(text: "중국의 약 9배", category: "미국")],
                                   categories: ["미국", "중국", "한국"])
            let frame = BarFrame.layout(chart, on: canvas)
            try Self.expectPlaced("중국의 약 9배", on: "미국", in: frame, orientation, categories: ["미국", "중국", "한국"])
            // A report column keeps room for it on 미국's own row: no connector needed.
            let (_, box) = try #require(Self.annotationBox("중국의 약 9배", in: frame))
            let us = try Self.bar("미국", in: frame, orientation, categories: ["미국", "중국", "한국"])
            if orientation == .horizontal {
                #expect(box.minY >= us.minY - 2 && box.maxY <= us.maxY + 2 && box.minX > us.maxX)
            } else {
                #expect(box.maxY < us.minY && box.minX < us.maxX && box.maxX > us.minX)
            }
        }
    }

    @Test("'1위' for 미국, with 중국 a close second, is set against 미국's bar, not on 중국's row",
          arguments: [BarChart.Orientation.horizontal, .vertical])
    func firstPlace(orientation: BarChart.Orientation) throws {
        for canvas in Canvas.both {
            let chart = Self.chart(orientation, values: [95, 88, 60, 55, 52], annotations: [Annotation(text: "1위", category: "미국")])
            let frame = BarFrame.layout(chart, on: canvas)
            try Self.expectPlaced("1위", on: "미국", in: frame, orientation)
            let (_, box) = try #require(Self.annotationBox("1위", in: frame))
            let us = try Self.bar("미국", in: frame, orientation), china = try Self.bar("중국", in: frame, orientation)
            #expect(box.distance(to: us) < box.distance(to: china))
        }
    }

    @Test("annotations keep clear of reference lines and of each other, in every layout",
          arguments: [BarChart.Orientation.horizontal, .vertical], [BarChart.Layout.grouped, .stacked])
    func crowded(orientation: BarChart.Orientation, layout: BarChart.Layout) throws {
        for canvas in Canvas.both {
            var chart = Self.chart(orientation, values: [40, 35, 30, 22, 10], annotations: [
                Annotation(text: "가장 많다", category: "미국"), Annotation(text: "평균 아래", category: "일본", series: 1),
                Annotation(text: "둘째", category: "중국"),
            ])
            chart.series.append(BarSeries(name: "둘", values: [12, 30, 8, 25, 5]))
            chart.layout = layout
            chart.referenceLines = [ReferenceLine(value: 26, label: "평균 26")]
            let laidOut = BarChartLayout(theme: BarFrame.theme, measurer: FixedAdvanceMeasurer())
                .laidOut(chart, width: canvas.width, height: canvas.height)
            for a in chart.annotations {
                if laidOut.notices.contains(LayoutNotice(.annotationAsNote, a.text)) {
                    #expect(laidOut.frame.textLines.contains { $0.text.hasPrefix("※") && $0.text.contains(a.text) })
                } else {
                    try Self.expectPlaced(a.text, on: a.category, series: a.series, in: laidOut.frame, orientation)
                }
            }
            // Nothing silently gone: the reference label is drawn or reported.
            #expect(BarFrame.text("평균 26", in: laidOut.frame) != nil || laidOut.notices.contains(LayoutNotice(.droppedLabel, "평균 26")))
        }
    }

    @Test("an annotation with no free place goes to the footer as a note, and the author hears of it",
          arguments: [BarChart.Orientation.horizontal, .vertical])
    func noRoom(orientation: BarChart.Orientation) throws {
        for canvas in Canvas.both {
            let long = String(repeating: "가", count: Int(canvas.width / 8.5) + 1)
            let chart = Self.chart(orientation, annotations: [Annotation(text: long, category: "미국"), Annotation(text: "둘째", category: "독일")])
            let laidOut = BarChartLayout(theme: BarFrame.theme, measurer: FixedAdvanceMeasurer())
                .laidOut(chart, width: canvas.width, height: canvas.height)
            let frame = laidOut.frame
            #expect(BarFrame.text(long, in: frame) == nil)
            #expect(laidOut.notices.contains(LayoutNotice(.annotationAsNote, long)))
            let footer = frame.textLines.filter { $0.text.hasPrefix("※ ") }
            #expect(footer.count >= 1)
            #expect(footer.first?.text.hasPrefix("※ 가가") == true)
            // The footer note sits above the source line.
            let source = try #require(BarFrame.text("출처: 가상 자료", in: frame))
            #expect(footer.allSatisfy { $0.baseline.y < source.baseline.y })
            BarFrame.expectTidy(frame)
        }
    }

    @Test("a full-width bar is shortened so that its annotation fits against its end, on its row")
    func fullWidthBar() throws {
        let chart = BarChart(title: "하나", categories: ["가"], series: [BarSeries(name: "값", values: [50])],
                             valueFormat: .plain(decimals: 0), annotations: [Annotation(text: "설명", category: "가")])
        let laidOut = BarChartLayout(theme: BarFrame.theme, measurer: FixedAdvanceMeasurer()).laidOut(chart, width: 475)
        #expect(laidOut.notices.isEmpty)
        try Self.expectPlaced("설명", on: "가", in: laidOut.frame, .horizontal, categories: ["가"])
        #expect(BarFrame.connectors(laidOut.frame).isEmpty)
    }

    @Test("bars shortened to make room for a note keep their value labels wholly inside or wholly outside them",
          arguments: [[100.0, 62, 48, 35, 20], [100, 90, 80, 70, 60], [100, 30, 29, 28, 27]])
    func labelsAfterShortening(values: [Double]) throws {
        for canvas in Canvas.both {
            var chart = Self.chart(.horizontal, values: values, annotations: [
                Annotation(text: "가장 많은 나라는 여전히 미국, 둘째와 격차 커", category: "미국")])
            chart.valueFormat = .korean(unit: "달러", multiplier: 1e8)
            let frame = BarFrame.layout(chart, on: canvas)
            let bars = BarFrame.bars(frame).map(\.rect)
            for line in frame.textLines {
                for bar in bars where bar.intersects(line.bounds) {
                    #expect(bar.contains(line.bounds), "'\(line.text)' straddles a bar's edge")
                }
            }
            BarFrame.expectTidy(frame)
        }
    }
}
