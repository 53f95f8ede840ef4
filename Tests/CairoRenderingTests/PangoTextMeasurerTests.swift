@testable import CairoRendering
import ChartLayout
import Drawing
import Testing
import TestSupport

@Suite("Pango measurer over the bundled fonts")
struct PangoTextMeasurerTests {
    let font = Font(family: "Noto Sans CJK KR", size: 10)

    @Test("Hangul advances 0.92 em, digits 0.555 em, and the Korean space 0.28 em")
    func advances() throws {
        let m = PangoTextMeasurer(engine: try RenderingFixture.engine())
        #expect(abs(m.width(of: "가", font: font) - 9.2) < 0.01)
        #expect(abs(m.width(of: "0123456789", font: font) - 55.5) < 0.05)
        // Between Hangul the font's Korean `locl` widens the space from 0.224 to 0.28 em (text is tagged `ko`);
        // a lone space has no script of its own and keeps the narrow default.
        #expect(abs(m.width(of: "가 가", font: font) - m.width(of: "가가", font: font) - 2.8) < 0.01)
        #expect(abs(m.width(of: " ", font: font) - 2.24) < 0.01)
    }

    @Test("full-width brackets are set proportionally (palt): half an em, Hangul unchanged")
    func proportionalBrackets() throws {
        let m = PangoTextMeasurer(engine: try RenderingFixture.engine())
        #expect(abs(m.width(of: "「", font: font) - 5) < 0.05)
        #expect(abs(m.width(of: "」", font: font) - 5) < 0.05)
        #expect(abs(m.width(of: "한국", font: font) - 18.4) < 0.01)
    }

    @Test("bold is wider than regular for the same Latin text")
    func bold() throws {
        let m = PangoTextMeasurer(engine: try RenderingFixture.engine())
        #expect(m.width(of: "DeepSeek", font: font.with(weight: .bold)) > m.width(of: "DeepSeek", font: font))
    }

    @Test("keep-all with real metrics breaks the briefing's sentence only at spaces and never overflows")
    func keepAllWithRealMetrics() throws {
        let m = PangoTextMeasurer(engine: try RenderingFixture.engine())
        let text = "2023년 미국의 AI 민간 투자액은 672억 달러(약 97조 5,000억 원)로 중국의 9배에 가깝습니다."
        let style = TextStyle(font: font, color: .black)
        for width in [90.0, 140, 200, 260] + stride(from: 100.0, through: 480, by: 9.5) {
            let block = TextLayouter(measurer: m).layout([TextSpan(text, style: style)], width: width,
                                                         style: ParagraphStyle(lineHeight: 16))
            #expect(block.lines.map(\.text).joined(separator: " ") == text, "width \(width)")
            #expect(block.lines.allSatisfy { $0.width <= width + 1e-6 }, "width \(width)")
            #expect(!block.lines.contains { $0.text.hasPrefix("달러") || $0.text.hasPrefix("원") }, "width \(width)")
        }
    }

    @Test("no line of a long justified paragraph is wider than its measure, at any measure")
    func neverOverflows() throws {
        let m = PangoTextMeasurer(engine: try RenderingFixture.engine())
        let text = "그러나 민간 투자에서는 미국과의 격차가 여전히 큽니다. 2023년 미국의 AI 민간 투자액은 672억 달러(약 97조 5,000억 원)로 "
            + "중국의 77억 6,000만 달러보다 9배 가까이 많았습니다. 스타트업 딥시크(DeepSeek)가 공개한 DeepSeek-V3는 전체 매개변수 "
            + "6,710억 개 가운데 토큰마다 약 370억 개만 활성화하는 전문가 혼합(MoE) 구조입니다. 알리바바 클라우드는 Qwen 2.5 제품군을 공개했습니다."
        let spans = [TextSpan(text, style: TextStyle(font: Font(family: "Noto Sans CJK KR", size: 10.5), color: .black))]
        for width in stride(from: 120.0, through: 480, by: 3.7) {
            let block = TextLayouter(measurer: m).layout(spans, width: width, style: ParagraphStyle(lineHeight: 17, alignment: .justify))
            for line in block.lines {
                // Re-measure the line as one shaped run: what the renderer will actually draw.
                #expect(m.width(of: line.text, font: spans[0].style.font) <= width + 1e-6, "width \(width): \(line.text)")
            }
        }
    }

    @Test("a width shaped without a layout is exactly a layout's width, for every kind of text a report measures")
    func shapedWidthIsLayoutWidth() throws {
        let engine = try RenderingFixture.engine()
        let texts = ["중국", "AI", "6,000억", "(약 97조 5,000억 원)", "「인공지능」", "DeepSeek-V3는", "가 나", "A 가", "가 A", "1 / 12",
                     "CES 2025에는", "—", "2024. 12.", "‘베이징’·“선전”", "Qwen 2.5", "100여 개", "...", "𝔸", " "]
        for text in texts {
            for font in [Font(family: "Noto Sans CJK KR", size: 10.5), Font(family: "Noto Sans CJK KR", size: 7.5, weight: .bold),
                         Font(family: "Noto Sans CJK KR", size: 24)] {
                #expect(engine.width(of: text, font: font) == engine.layoutWidth(of: text, font: font), "\(text) at \(font.size)")
            }
        }
        let body = Font(family: "Noto Sans CJK KR", size: 10.5)
        #expect(engine.width(of: "", font: body) == 0)
        // Text after a NUL is not drawn, so it is not measured either.
        #expect(engine.width(of: "중국\u{0}미국", font: body) == engine.width(of: "중국", font: body))
    }
}
