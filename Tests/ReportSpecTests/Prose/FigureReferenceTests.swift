import Drawing
import ReportBuilder
import Testing
@testable import ReportSpec

/// The marks a bound reference travels in from the binder to the text's runs.
@Suite("a bound reference's marks")
struct FigureReferenceTests {
    static let text = "값은 " + FigureReference.marked("그림 2", anchor: "fig-a-1") + "와 " + FigureReference.marked("표 1", anchor: "fig--2") + "에"

    @Test("plain text keeps the words and drops the marks and destinations")
    func plain() {
        #expect(FigureReference.plain(Self.text) == "값은 그림 2와 표 1에")
        #expect(FigureReference.plain("표시 없음") == "표시 없음")
    }

    @Test("markup around a reference applies to it, and each reference becomes a run linked to its destination")
    func linked() {
        let runs = InlineMarkup.parse("**" + Self.text + "**")
        #expect(FigureReference.linked(runs) == [
            Inline("값은 ", emphasis: .strong), Inline("그림 2", emphasis: .strong, target: .destination("fig-a-1")),
            Inline("와 ", emphasis: .strong), Inline("표 1", emphasis: .strong, target: .destination("fig--2")),
            Inline("에", emphasis: .strong),
        ])
    }

    @Test("figures are numbered in reading order, pictures apart from tables, and an id seen twice keeps its first number")
    func index() {
        var index = FigureIndex()
        for (id, table) in [("a", false), ("t", true), ("b", false), ("a", false), ("u", true)] { index.add(id: id, isTable: table) }
        #expect(index.numbers == ["a": 1, "t": 1, "b": 2, "u": 2])
        #expect(index.ids == ["a", "t", "b", "u"])
        #expect(index["t"]?.isTable == true && index["zz"] == nil)
    }
}
