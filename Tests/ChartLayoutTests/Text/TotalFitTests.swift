import ChartLayout
import Drawing
import Testing
import TestSupport

/// Total-fit breaking of justified paragraphs, measured with fixed advances (10 pt a Hangul
/// syllable, 5 pt a Latin letter or digit, 2.5 pt a space), so break positions and word spaces
/// are exact numbers.
@Suite("Total-fit paragraphs")
struct TotalFitTests {
    typealias T = TextLayouterTests

    /// Each line's word space once justified, in em (natural 0.25 em plus its share of the slack);
    /// the last line keeps its natural spaces.
    static func wordSpaces(_ lines: [TextLine], width: Double) -> [Double] {
        lines.dropLast().compactMap { line -> Double? in
            let spaces = line.text.filter { $0 == " " }.count
            guard spaces > 0 else { return nil }
            var limits = line
            limits.spaceStretch = Justification.standard.spaceStretch * 10
            limits.letterStretch = Justification.standard.letterStretch * 10
            let share = limits.justificationShares(extra: width - line.width, spaces: spaces, gaps: TextLayouter.hangulGaps(in: line.text))
            return (2.5 + share.perSpace) / 10
        }
    }

    @Test("the loosest word space of a paragraph is never wider than greedy breaking leaves it",
          arguments: BriefingSentences.all, [150.0, 200, 250, 320])
    func neverLooser(text: String, width: Double) {
        let fitted = Self.wordSpaces(T.layout(text, width: width, alignment: .justify).lines, width: width)
        let greedy = Self.wordSpaces(T.layout(text, width: width, alignment: .left).lines, width: width)
        #expect((fitted.max() ?? 0) <= (greedy.max() ?? 0) + 1e-9, "\(fitted) vs greedy \(greedy)")
    }

    @Test("breaks and word spaces as numbers: greedy leaves a loose line before the long amount; total fit breaks after 약 instead")
    func investment() {
        let width = 220.0
        let greedy = T.layout(BriefingSentences.investment, width: width, alignment: .left).lines
        let fitted = T.layout(BriefingSentences.investment, width: width, alignment: .justify).lines
        let looseGreedy = Self.wordSpaces(greedy, width: width), tight = Self.wordSpaces(fitted, width: width)
        #expect(greedy.map(\.text) == ["2023년 미국의 AI 민간 투자액은", "672억 달러(약 97조 5,000억 원)로 중국의", "77억 6,000만 달러보다 9배 가까이 많았습니다."])
        #expect(looseGreedy.count == 2 && abs(looseGreedy[0] - 1.85) < 1e-9 && abs(looseGreedy[1] - 0.93) < 0.01, "\(looseGreedy)")
        #expect(fitted.map(\.text) == ["2023년 미국의 AI 민간 투자액은 672억 달러(약", "97조 5,000억 원)로 중국의 77억 6,000만 달러보다", "9배 가까이 많았습니다."])
        #expect(tight == [0.5, 0.25], "\(tight)")
        // The break parts 약 from its number, so the block says where, for the builder's warning.
        let block = T.layout(BriefingSentences.investment, width: width, alignment: .justify)
        #expect(block.brokenGroups == ["(약 / 97조 5,000억 원)로"])
        #expect(T.layout(BriefingSentences.investment, width: width, alignment: .left).brokenGroups.isEmpty)
    }

    @Test("a paragraph that cannot be justified within the limits is set ragged and broken as ragged text: no group parted")
    func raggedFallback() {
        // At 100 pt no breaking of the sentence keeps every line within the limits.
        let block = T.layout(BriefingSentences.investment, width: 100, alignment: .justify)
        #expect(block.lines.allSatisfy { $0.justifiedWidth == nil })
        #expect(block.brokenGroups.isEmpty)
        #expect(block.lines.map(\.text) == T.layout(BriefingSentences.investment, width: 100, alignment: .left).lines.map(\.text))
    }

    @Test("slack goes to spaces up to their limit, then to syllable gaps up to theirs, then to both in proportion")
    func shares() {
        var line = TextLine(spans: [], baseline: Point(x: 0, y: 0), width: 0, ascent: 0, descent: 0, spaceStretch: 3, letterStretch: 0.5)
        #expect(line.justificationShares(extra: 4, spaces: 2, gaps: 10) == (2, 0))
        #expect(line.justificationShares(extra: 8, spaces: 2, gaps: 10) == (3, 0.2))
        let loose = line.justificationShares(extra: 22, spaces: 2, gaps: 10)
        #expect(abs(loose.perSpace - 6) < 1e-9 && abs(loose.perGap - 1) < 1e-9)
        #expect(line.justificationShares(extra: 5, spaces: 0, gaps: 10) == (0, 0.5))
        line.letterStretch = nil
        #expect(line.justificationShares(extra: 8, spaces: 2, gaps: 10) == (4, 0), "without limits, spaces take it all")
    }

    @Test("a linked phrase stays one linked run on each line, its spaces linked too, so a line carries one annotation for it",
          arguments: [ParagraphStyle.Alignment.left, .justify])
    func linkedPhrase(alignment: ParagraphStyle.Alignment) {
        let link = LinkTarget.uri("https://example.com/edge")
        let spans = [TextSpan("자세한 내용은 ", style: T.style), TextSpan("엣지 서비스 소개 자료", style: T.style, link: link),
                     TextSpan("를 보십시오. 저희는 고객의 서비스를 더 빠르고 안정적으로 만들어가겠습니다.", style: T.style)]
        let block = T.layouter.layout(spans, width: 200, style: ParagraphStyle(lineHeight: 17, alignment: alignment))
        for line in block.lines {
            let linked = line.spans.filter { $0.link == link }
            #expect(linked.count <= 1, "\(line.spans.map(\.text))")
        }
        #expect(block.lines.flatMap(\.spans).filter { $0.link == link }.map(\.text).joined(separator: "|") == "엣지 서비스 소개 자료")
        #expect(!block.lines.flatMap(\.spans).contains { $0.link != nil && $0.text.hasPrefix(" ") })
    }

    @Test("a newline ends a paragraph of its own, and each is broken whole")
    func forcedBreaks() {
        let block = T.layout("가나다 라마 바사\n아자 차카타 파하", width: 56, alignment: .justify)
        #expect(block.lines.map(\.text) == ["가나다 라마", "바사", "아자 차카타", "파하"])
        #expect(block.lines.map(\.justifiedWidth) == [56, nil, 56, nil])
    }
}
