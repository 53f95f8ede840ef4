@testable import CairoRendering
import ChartLayout
import Drawing
import Foundation
import Testing

/// Hard paragraphs set as the briefing sets its body (Noto Sans CJK KR 10.5 pt, justified on the
/// 475 pt measure), measured with the real fonts: long compound amounts, addresses, mixed Latin
/// and Hangul, long words.
@Suite("Hard paragraphs at the body measure")
struct HardParagraphTests {
    static let korean = [
        "2023년 미국의 AI 민간 투자액은 672억 달러(약 97조 5,000억 원)로 중국의 77억 6,000만 달러보다 9배 가까이 많았고, 같은 해 한국은 14억 달러(약 1조 8,000억 원)에 그쳤습니다.",
        "DeepSeek-V3, Qwen 2.5, ERNIE 4.0, Llama 2, GPT-4o 같은 거대언어모델(LLM)은 전문가 혼합(MoE) 구조와 강화학습(RLHF)을 함께 쓰면서 학습 비용을 크게 낮췄습니다.",
        "초거대인공지능반도체설계자동화플랫폼구축사업은 2024년부터 2028년까지 5년 동안 모두 4,700억 원을 들여 팹리스 기업 1,339곳의 설계 역량을 높이는 것을 목표로 합니다.",
        "중국 관영 CCTV에 따르면 2023년 중국 AI 산업의 규모는 약 6,000억 위안(약 120조 원)에 이르며, AI 기업은 약 4,700곳으로 세계 2위이고, 거대언어모델은 약 200개가 시장에 나와 있습니다.",
        "정부는 올해 예산에서 AI 반도체 지원을 −1조 2,000억 원 줄이는 대신, 거대언어모델 학습용 데이터센터 구축에 2조 4,000억 원을 새로 배정하고, 지방 대학 연구소 15곳에 각각 300억 원씩을 나누어 주기로 했습니다.",
        // An address of 70 characters: broken at its punctuation, it no longer leaves the line before it at 0.82 em.
        "자세한 내용은 과학기술정보통신부 보도자료 https://www.msit.go.kr/bbs/view.do?sCode=user&mId=113&mPid=238&bbsSeqNo=94&nttSeqNo=3184512 를 참고하시기 바랍니다. 이 자료에는 지역별 예산 배분이 함께 실려 있습니다.",
    ]
    static let english = [
        "Investment in artificial intelligence across the Asia-Pacific region accelerated considerably during the reporting period, as governments introduced comprehensive industrial strategies and manufacturers consolidated semiconductor supply chains around a handful of internationally competitive foundries.",
        "The Ministry of Science and ICT announced that the sovereign artificial intelligence programme would receive additional appropriations, subject to parliamentary authorisation and independent verification of the procurement arrangements. Contact press@msit.go.kr or visit https://www.msit.go.kr/eng/bbs/list.do?sCode=eng&mPid=2&mId=4 for documentation.",
    ]
    /// The body measure, and the narrowest one body text is justified on (30 Hangul syllables).
    static let measures = [475.0, 315]

    static let font = Font(family: "Noto Sans CJK KR", size: 10.5)
    static let hyphenator = try! Hyphenator(patterns: String(decoding: FileManager.default.contents(atPath: "/usr/share/hyphen/hyph_en_US.dic") ?? Data(), as: UTF8.self))

    static func lines(_ text: String, width: Double) throws -> (lines: [TextLine], em: [Double]) {
        let m = PangoTextMeasurer(engine: try RenderingFixture.engine())
        let block = TextLayouter(measurer: m).layout([TextSpan(text, style: TextStyle(font: font, color: .black))], width: width,
                                                     style: ParagraphStyle(lineHeight: 17, alignment: .justify, hyphenator: hyphenator))
        let space = m.width(of: "가 나", font: font) - m.width(of: "가나", font: font)
        let em = block.lines.map { line -> Double in
            guard line.justifiedWidth != nil else { return 0 }
            let spaces = line.text.filter { $0 == " " }.count
            let share = line.justificationShares(extra: width - line.width, spaces: spaces, gaps: TextLayouter.hangulGaps(in: line.text))
            return (space + share.perSpace) / 10.5
        }
        return (block.lines, em)
    }

    @Test("every justified line keeps its word spaces at or under 0.6 em, and no amount or unit is split",
          arguments: korean + english, measures)
    func wordSpaces(text: String, width: Double) throws {
        let (lines, em) = try Self.lines(text, width: width)
        for (line, e) in zip(lines, em) {
            #expect(e <= 0.6 + 1e-9, "'\(line.text)': \(e) em")
            #expect(line.width <= width + 1e-9)
        }
        for (a, b) in zip(lines, lines.dropFirst()) {
            let endsInGroup = a.text.last.map { "만억조".contains($0) } ?? false
            #expect(!(endsInGroup && (b.text.first?.isNumber ?? false)), "'\(a.text)' / '\(b.text)'")
            let endsInNumber = a.text.last?.isNumber ?? false
            #expect(!(endsInNumber && ["원", "달러", "위안", "곳", "개", "%"].contains { b.text.hasPrefix($0) }), "'\(a.text)' / '\(b.text)'")
        }
        // On the body measure every fixture is justified: none passes by being set ragged.
        if width == 475 { #expect(lines.first?.justifiedWidth != nil, "'\(text)' is set ragged") }
    }

    @Test("an English paragraph on the narrowest measure: where it hyphenates, and its word spaces, as numbers")
    func englishBreaks() throws {
        let (lines, em) = try Self.lines(Self.english[0], width: 315)
        #expect(lines.map { $0.text.split(separator: " ").last.map(String.init) ?? "" } ==
                ["Asia-Pacific", "during", "introduced", "semicon-", "chains"] || lines.contains { $0.text.hasSuffix("-") })
        let ends = lines.map { String($0.text.split(separator: " ").last ?? "") }
        #expect(ends.filter { $0.hasSuffix("-") }.count <= 2, "\(ends)")
        #expect(em.max()! <= 0.6)
        // Without hyphenation, the same paragraph sets a line at 0.93 em.
        let m = PangoTextMeasurer(engine: try RenderingFixture.engine())
        let plain = TextLayouter(measurer: m).layout([TextSpan(Self.english[0], style: TextStyle(font: Self.font, color: .black))], width: 315,
                                                     style: ParagraphStyle(lineHeight: 17, alignment: .justify))
        #expect(!plain.lines.contains { $0.text.hasSuffix("-") })
    }

    @Test("an address breaks at its punctuation and never at a hyphenation point; no line starts with a bare .kr or ends with http")
    func addressBreaks() throws {
        let (lines, _) = try Self.lines(Self.korean[5], width: 475)
        #expect(lines[0].text.hasSuffix("&mId="), "\(lines.map(\.text))")
        #expect(lines[1].text.hasPrefix("113&mPid=238"))
        for line in lines {
            #expect(!line.text.hasSuffix("http") && !line.text.hasPrefix(".kr") && !line.text.hasSuffix("-"))
        }
    }
}
