import Drawing
import Testing
import TestSupport
@testable import ChartLayout

/// Brackets and quotes at a line's edges hung into the margins, measured with fixed advances
/// (10 pt a Hangul syllable or full-width bracket, 5 pt a Latin letter or ASCII bracket, 2.5 pt a space).
@Suite("Hanging punctuation")
struct HangingPunctuationTests {
    static let style = TextStyle(font: Font(family: "Test", size: 10), color: .black)

    static func layout(_ text: String, width: Double, alignment: ParagraphStyle.Alignment, hangs: Bool) -> TextBlock {
        TextLayouter(measurer: FixedAdvanceMeasurer()).layout([TextSpan(text, style: style)], width: width,
                                                               style: ParagraphStyle(lineHeight: 17, alignment: alignment, hangsPunctuation: hangs))
    }

    static let text = "「가」 나 다 라 마 바 사 아 「자」 차 카 타 파 하 (거) 너 더 러 머 버 「서」 어 저 처 커 터 퍼 허"

    @Test("a line that opens with a bracket starts the bracket's width into the left margin, one that closes with one ends that far into the right; the letters fill the measure exactly",
          arguments: Array(stride(from: 60.0, through: 140, by: 5)))
    func hangs(width: Double) {
        let m = TextLayouter(measurer: FixedAdvanceMeasurer())
        let block = Self.layout(Self.text, width: width, alignment: .justify, hangs: true)
        for line in block.lines {
            let h = m.hangs(of: line.spans)
            #expect(line.baseline.x == -h.left, "'\(line.text)'")
            if let justified = line.justifiedWidth { #expect(abs(justified - h.left - h.right - width) < 1e-9, "'\(line.text)'") }
            #expect((line.justifiedWidth ?? line.width) - h.left - h.right <= width + 1e-9, "'\(line.text)'")
        }
        // Without hanging, every line starts at the edge.
        #expect(Self.layout(Self.text, width: width, alignment: .justify, hangs: false).lines.allSatisfy { $0.baseline.x == 0 })
    }

    @Test("some justified line at some measure hangs a mark on each side, so the rule above is exercised")
    func exercised() {
        let hanging = stride(from: 60.0, through: 140, by: 5).flatMap { Self.layout(Self.text, width: $0, alignment: .justify, hangs: true).lines }
            .filter { $0.justifiedWidth != nil }
        #expect(hanging.contains { $0.baseline.x < 0 })
        #expect(hanging.contains { $0.text.last.map(TextLayouter.hangingClosers.contains) == true })
    }

    @Test("a ragged line hangs its opening mark too; centred and right-aligned text never hangs")
    func alignments() {
        #expect(Self.layout("「가나」 다라", width: 200, alignment: .left, hangs: true).lines[0].baseline.x == -10)
        #expect(Self.layout("「가나」 다라", width: 200, alignment: .center, hangs: true).lines[0].baseline.x == (200 - 62.5) / 2)
        #expect(Self.layout("「가나」 다라", width: 200, alignment: .right, hangs: true).lines[0].baseline.x == 200 - 62.5)
    }
}
