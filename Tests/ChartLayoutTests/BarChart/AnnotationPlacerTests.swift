import Drawing
import Testing
import TestSupport
@testable import ChartLayout

@Suite("Annotations")
struct AnnotationPlacerTests {
    static let categories = ["미국", "중국", "한국", "일본", "독일"]

    static func chart(_ orientation: BarChart.Orientation, values: [Double?] = [67.2, 7.76, 1.4, 0.7, 1.9],
                      annotations: [Annotation], categories: [String] = categories) -> BarChart {
        BarChart(title: "국가별 AI 민간 투자", subtitle: "2023년, 달러", source: "가상 자료", categories: categories,
                 series: [BarSeries(name: "투자", values: values)],
                 valueFormat: .korean(unit: "달러", multiplier: 1e9), orientation: orientation, annotations: annotations)
    }

    /// The bar of `category`, matched by its label (beside a row, or under a column).
    static func bar(_ category: String, in frame: Frame, _ orientation: BarChart.Orientation) throws -> Rect {
        let label = try #require(BarFrame.text(category, in: frame))
        return try #require(BarFrame.bars(frame).map(\.rect).first {
            orientation == .horizontal ? abs($0.midY - label.bounds.midY) < 1e-9 : abs($0.midX - label.bounds.midX) < 1e-9
        })
    }

    /// The annotation is drawn clear of every text box and bar, inside the frame, and any connector
    /// runs from within 6 pt of the text to within 6 pt of its bar, crossing nothing else.
    static func expectPlaced(_ text: String, on category: String, in frame: Frame, _ orientation: BarChart.Orientation,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        let note = try #require(BarFrame.text(text, in: frame), "'\(text)' was not placed", sourceLocation: sourceLocation)
        let box = note.bounds
        let target = try bar(category, in: frame, orientation)
        let bars = BarFrame.bars(frame).map(\.rect)
        #expect(Rect(origin: .zero, size: frame.size).contains(box), sourceLocation: sourceLocation)
        #expect(!bars.contains { $0.intersects(box) }, "the note covers a bar", sourceLocation: sourceLocation)
        let others = frame.textLines.filter { $0 != note }.map(\.bounds)
        #expect(!others.contains { $0.intersects(box) }, "the note covers text", sourceLocation: sourceLocation)
        for connector in BarFrame.connectors(frame) {
            let (a, b) = try #require(BarFrame.ends(connector.path), sourceLocation: sourceLocation)
            let (near, far) = BarFrame.distance(a, box) <= BarFrame.distance(b, box) ? (a, b) : (b, a)
            #expect(BarFrame.distance(near, box) <= 6, sourceLocation: sourceLocation)
            #expect(BarFrame.distance(far, target) <= 6, sourceLocation: sourceLocation)
            for r in bars where r != target {
                #expect(!BarFrame.segment(a, b, crosses: r), "the connector crosses a bar at \(r)", sourceLocation: sourceLocation)
            }
            for r in others {
                #expect(!BarFrame.segment(a, b, crosses: r), "the connector crosses text at \(r)", sourceLocation: sourceLocation)
            }
        }
        BarFrame.expectTidy(frame, sourceLocation: sourceLocation)
    }

    @Test("an annotation is placed near its bar without covering text or bars",
          arguments: [BarChart.Orientation.horizontal, .vertical], ["미국", "중국", "일본"])
    func placed(orientation: BarChart.Orientation, category: String) throws {
        for canvas in Canvas.both {
            let note = "\(category) 주목"
            let frame = BarFrame.layout(Self.chart(orientation, annotations: [Annotation(text: note, category: category)]), on: canvas)
            if BarFrame.text(note, in: frame) != nil {
                try Self.expectPlaced(note, on: category, in: frame, orientation)
            } else {
                // No free place: the note moves to the footer.
                #expect(BarFrame.text("※ \(note)", in: frame) != nil)
                BarFrame.expectTidy(frame)
            }
        }
    }

    @Test("the short-bar annotations of the briefing are placed in the plot, not the footer")
    func placedInPlot() throws {
        let frame = BarFrame.layout(Self.chart(.horizontal, annotations: [Annotation(text: "한국 14억", category: "한국")]))
        try Self.expectPlaced("한국 14억", on: "한국", in: frame, .horizontal)
    }

    @Test("an annotation with no free place goes to the footer as a note", arguments: [BarChart.Orientation.horizontal, .vertical])
    func noRoom(orientation: BarChart.Orientation) throws {
        for canvas in Canvas.both {
            let long = String(repeating: "가", count: Int(canvas.width / 8.5) + 1)
            let frame = BarFrame.layout(Self.chart(orientation, annotations: [Annotation(text: long, category: "미국"),
                                                                            Annotation(text: "둘째", category: "독일")]), on: canvas)
            #expect(BarFrame.text(long, in: frame) == nil)
            let footer = frame.textLines.filter { $0.text.hasPrefix("※ ") }
            #expect(footer.count >= 1)
            #expect(footer.first?.text.hasPrefix("※ 가가") == true)
            // The footer note sits above the source line.
            let source = try #require(BarFrame.text("출처: 가상 자료", in: frame))
            #expect(footer.allSatisfy { $0.baseline.y < source.baseline.y })
            BarFrame.expectTidy(frame)
        }
    }

    @Test("a full-width bar leaves no place, so its annotation becomes a footer note")
    func fullWidthBar() {
        let chart = BarChart(title: "하나", categories: ["가"], series: [BarSeries(name: "값", values: [50])],
                             valueFormat: .plain(decimals: 0), annotations: [Annotation(text: "설명", category: "가")])
        let frame = BarFrame.layout(chart)
        #expect(BarFrame.text("설명", in: frame) == nil)
        #expect(BarFrame.text("※ 설명", in: frame) != nil)
        BarFrame.expectTidy(frame)
        let laidOut = BarChartLayout(theme: BarFrame.theme, measurer: FixedAdvanceMeasurer()).laidOut(chart, width: 475)
        #expect(laidOut.notices == [LayoutNotice(.annotationAsNote, "설명")], "the author hears of the move")
    }

    @Test("rows and columns are tried nearest first, and of two as near the one above or to the left first, in any process")
    func nearestFirst() {
        #expect(AnnotationPlacer.nearestFirst([30, 10, 50, 10, 20], to: 30) == [30, 20, 10, 50])
        // 20 and 40 are as near to 30: the smaller comes first whatever order the bars came in.
        #expect(AnnotationPlacer.nearestFirst([40, 20, 30], to: 30) == [30, 20, 40])
        #expect(AnnotationPlacer.nearestFirst([20, 40, 30], to: 30) == [30, 20, 40])
    }
}
