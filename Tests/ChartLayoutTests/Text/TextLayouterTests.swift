import Drawing
import Testing
import TestSupport
@testable import ChartLayout

/// Sentences from the bundled report (Reports/china-ai-2025/report.yaml), unwrapped as the loader does.
enum BriefingSentences {
    static let investment = "2023년 미국의 AI 민간 투자액은 672억 달러(약 97조 5,000억 원)로 중국의 77억 6,000만 달러보다 9배 가까이 많았습니다."
    static let investmentShort = "2023년 미국의 AI 민간 투자액은 672억 달러(약 97조 5,000억 원)로 중국의 9배에 가깝습니다."
    static let ces = "올해 1월 미국 라스베이거스에서 열린 CES 2025에는 중국 기업 1,339곳이 참가해 개최국인 미국 다음으로 많은 기업을 보냈습니다."
    static let qwen = "알리바바 클라우드는 2024년 9월 100여 개 모델로 이루어진 Qwen 2.5 제품군을 공개했습니다."
    static let market = "중국 관영 CCTV에 따르면 2023년 중국 AI 산업의 규모는 약 6,000억 위안(약 120조 원)에 이릅니다."
    static let ernie = "바이두는 2019년 처음 공개한 어니(ERNIE)를 2023년 ERNIE 4.0으로 고도화해 GPT-4에 버금간다고 주장합니다."
    static let korea = "같은 해 한국의 AI 민간 투자액은 14억 달러였습니다."
    /// The chart title of the ``BarChart`` documentation.
    static let chartTitle = "미국의 민간 AI 투자, 중국의 약 9배"
    static let all = [investment, investmentShort, ces, qwen, market, ernie, korea, chartTitle]
}

@Suite("Keep-all text layout")
struct TextLayouterTests {
    static var measurer: FixedAdvanceMeasurer { FixedAdvanceMeasurer() }
    static let style = TextStyle(font: Font(family: "Test", size: 10), color: .black)
    static var layouter: TextLayouter { TextLayouter(measurer: measurer) }

    static func layout(_ text: String, width: Double?, alignment: ParagraphStyle.Alignment = .left,
                       maxLines: Int? = nil) -> TextBlock {
        layouter.layout([TextSpan(text, style: style)], width: width,
                        style: ParagraphStyle(lineHeight: 17, alignment: alignment, maxLines: maxLines))
    }

    /// Character offsets in `text` where one line ends and the next begins; a break at a space
    /// points at the space, which belongs to neither line.
    static func breaks(of block: TextBlock, in text: String) -> [(offset: Int, atSpace: Bool)] {
        let chars = Array(text)
        var cursor = 0
        var out: [(Int, Bool)] = []
        for (i, line) in block.lines.enumerated() {
            let lineChars = Array(line.text)
            guard cursor + lineChars.count <= chars.count,
                  Array(chars[cursor..<cursor + lineChars.count]) == lineChars else {
                Issue.record("line \(i) '\(line.text)' is not the next piece of the text")
                return out
            }
            cursor += lineChars.count
            if i < block.lines.count - 1 {
                let atSpace = chars[cursor] == " "
                out.append((cursor, atSpace))
                if atSpace { cursor += 1 }
            }
        }
        #expect(cursor == chars.count, "the lines leave text out")
        return out
    }

    /// The character ranges of the splitter's units (eojeols, glued where Korean practice says).
    static func unitRanges(_ text: String) -> [(range: Range<Int>, width: Double)] {
        let units = EojeolSplitter.split([TextSpan(text, style: style)])
        #expect(units.map(\.text).joined(separator: " ") == text)
        var start = 0
        return units.map { unit in
            let n = unit.text.count
            defer { start += n + 1 }
            return (start..<start + n, measurer.width(of: unit.text, font: style.font))
        }
    }

    static let widths: [Double] = [60, 100, 150, 250]

    @Test("keep-all breaks only at spaces between units, except inside a unit wider than the measure",
          arguments: BriefingSentences.all, widths)
    func breaksFallAtSpaces(text: String, width: Double) {
        let block = Self.layout(text, width: width)
        let units = Self.unitRanges(text)
        let isUnitEnd = Set(units.map(\.range.upperBound))
        for b in Self.breaks(of: block, in: text) where !(b.atSpace && isUnitEnd.contains(b.offset)) {
            let unit = units.first { $0.range.contains(b.offset) }
            #expect(unit.map { $0.width > width } == true,
                    "break inside a unit at offset \(b.offset) although it fits \(width) pt")
        }
    }

    @Test("joining the lines with spaces gives back the text when every unit fits",
          arguments: BriefingSentences.all, [150.0, 250])
    func joinGivesText(text: String, width: Double) {
        #expect(Self.unitRanges(text).allSatisfy { $0.width <= width })
        let block = Self.layout(text, width: width)
        #expect(block.lines.map(\.text).joined(separator: " ") == text)
    }

    @Test("no line is wider than the measure", arguments: BriefingSentences.all, widths)
    func linesFit(text: String, width: Double) {
        let block = Self.layout(text, width: width)
        #expect(!block.lines.isEmpty)
        for line in block.lines {
            // A single character wider than the measure is the only thing allowed to stick out.
            #expect(line.width <= width + 1e-9 || line.text.count == 1, "'\(line.text)' is \(line.width) pt wide")
            #expect(line.width == Self.measurer.width(of: line.text, font: Self.style.font))
        }
        #expect(block.naturalWidth == block.lines.map(\.width).max())
    }

    @Test("amounts with their units, 약 with its number and names with their versions never split",
          arguments: Array(stride(from: 60, through: 300, by: 2.5)))
    func protectedPhrasesStayWhole(width: Double) {
        let phrases = ["672억 달러", "5,000억 원", "약 9배", "약 6,000억 위안", "120조 원", "CES 2025", "Qwen 2.5",
                       "ERNIE 4.0", "GPT-4", "1,339곳", "14억 달러", "2023년"]
        for text in BriefingSentences.all {
            let block = Self.layout(text, width: width)
            let breakOffsets = Self.breaks(of: block, in: text).map(\.offset)
            let chars = Array(text)
            // A phrase wider than the measure has to split somewhere.
            for phrase in phrases where Self.measurer.width(of: phrase, font: Self.style.font) <= width {
                let p = Array(phrase)
                guard p.count <= chars.count else { continue }
                for start in 0...(chars.count - p.count) where Array(chars[start..<start + p.count]) == p {
                    let inside = breakOffsets.filter { $0 > start && $0 < start + p.count }
                    #expect(inside.isEmpty, "'\(phrase)' split at \(width) pt: \(block.lines.map(\.text))")
                }
            }
        }
    }

    @Test("no line starts with a unit noun that follows an amount, and none ends with 약 before a number",
          arguments: Array(stride(from: 150, through: 400, by: 2.5)))
    func amountsKeepTheirUnits(width: Double) {
        for text in BriefingSentences.all {
            // 150 pt holds the widest glued unit of these sentences ("672억 달러(약 97조 5,000억 원)로").
            #expect(Self.unitRanges(text).allSatisfy { $0.width <= width })
            let lines = Self.layout(text, width: width).lines.map(\.text)
            for (a, b) in zip(lines, lines.dropFirst()) {
                let previousEndsWithAmount = a.last.map { $0.isNumber || "만억조".contains($0) } ?? false
                let startsWithUnit = ["원", "달러", "위안", "명", "개"].contains { b.hasPrefix($0) }
                #expect(!(previousEndsWithAmount && startsWithUnit), "'\(a)' / '\(b)' at \(width) pt")
                let endsWithAbout = a.hasSuffix(" 약") || a.hasSuffix("(약") || a == "약"
                #expect(!(endsWithAbout && b.first?.isNumber == true), "'\(a)' / '\(b)' at \(width) pt")
            }
        }
    }

    @Test("at 150 pt the investment sentence sets as three lines, the second exactly filling the measure")
    func exactLines() {
        let block = Self.layout(BriefingSentences.investmentShort, width: 150)
        #expect(block.lines.map(\.text) == ["2023년 미국의 AI 민간 투자액은", "672억 달러(약 97조 5,000억 원)로", "중국의 9배에 가깝습니다."])
        #expect(block.lines.map(\.width) == [140, 150, 115])
        #expect(block.naturalWidth == 150)
        #expect(block.height == 51)
        #expect(!block.truncated)
    }

    @Test("a word longer than the measure breaks between characters, never inside 5,000억")
    func overlongWordKeepsDigitRun() {
        // "투자액" is 30 pt and "5,000억원" 45 pt: at 45 pt the longest head that fits ends
        // after "5,0", so the break steps back to before the digit run.
        let block = Self.layout("투자액5,000억원", width: 45)
        #expect(block.lines.map(\.text) == ["투자액", "5,000억원"])
        #expect(block.lines.map(\.width) == [30, 45])
    }

    @Test("an over-long Hangul word breaks at the last syllable that fits")
    func overlongHangul() {
        let block = Self.layout("가나다라마바사아자차 끝", width: 35)
        #expect(block.lines.map(\.text) == ["가나다", "라마바", "사아자", "차 끝"])
        #expect(block.lines.map(\.width) == [30, 30, 30, 22.5])
    }

    @Test("a glued unit wider than the measure breaks before its bracket, keeping 672억 달러 and 약 97조 whole",
          arguments: [60.0, 62.5, 70, 80])
    func overlongGluedUnit(width: Double) {
        // "672억 달러(약 97조" is one 85 pt unit: "672억 달러" and "(약 97조" are both glued pairs.
        let block = Self.layout("672억 달러(약 97조", width: width)
        #expect(block.lines.map(\.text) == ["672억 달러", "(약 97조"])
        #expect(block.lines.map(\.width) == [47.5, 37.5])
    }

    @Test("when only a glued space can break an over-long unit, the space is dropped from both lines")
    func overlongBreaksAtGluedSpace() {
        // "Qwen 2.5" (37.5 pt) at 30 pt: every inner boundary is glued; the space is the least bad break.
        let block = Self.layout("Qwen 2.5", width: 30)
        #expect(block.lines.map(\.text) == ["Qwen", "2.5"])
        #expect(block.lines.map(\.width) == [20, 15])
    }

    @Test("a digit run wider than the measure is split only because nothing else fits")
    func digitRunSplitsAsLastResort() {
        // "1,234,567,890" is 65 pt; with no other break opportunity it has to split.
        let block = Self.layout("1,234,567,890", width: 30)
        #expect(block.lines.map(\.text).joined() == "1,234,567,890")
        #expect(block.lines.allSatisfy { $0.width <= 30 })
        #expect(block.lines.map(\.text) == ["1,234,", "567,89", "0"])
    }

    @Test("a paragraph is justified whole when every line fits within the limits, else set ragged whole; last lines and lines without spaces stay natural",
          arguments: BriefingSentences.all, [100.0, 150, 250, 320])
    func justification(text: String, width: Double) {
        let block = Self.layout(text, width: width, alignment: .justify)
        let j = Justification.standard
        // Lines that justification would widen: not the last, with a space, short of the measure.
        let candidates = block.lines.dropLast().filter { $0.text.contains(" ") && $0.width < width }
        let ragged = !candidates.isEmpty && !block.lines.contains { $0.justifiedWidth != nil }
        var pastLimits = false
        for (i, line) in block.lines.enumerated() {
            #expect(line.baseline.x == 0)
            let spaces = line.text.filter { $0 == " " }.count
            var limits = line
            limits.spaceStretch = j.spaceStretch * 10
            limits.letterStretch = j.letterStretch * 10
            let shares = limits.justificationShares(extra: width - line.width, spaces: spaces, gaps: TextLayouter.hangulGaps(in: line.text))
            let last = i == block.lines.count - 1
            if !last, shares.perSpace > limits.spaceStretch! + 1e-9 || shares.perGap > limits.letterStretch! + 1e-9 { pastLimits = true }
            if last || spaces == 0 || line.width >= width || ragged {
                #expect(line.justifiedWidth == nil, "'\(line.text)' should keep natural widths")
            } else {
                #expect(line.justifiedWidth == width, "'\(line.text)' does not fill \(width) pt")
                #expect(line.spaceStretch == limits.spaceStretch)
                #expect(line.letterStretch == limits.letterStretch)
            }
        }
        #expect(ragged == pastLimits, "ragged: \(ragged), a line past the limits: \(pastLimits)")
    }

    @Test("justification leaves a line at natural width when it already fills the measure")
    func justifiedExactLine() {
        let block = Self.layout(BriefingSentences.investmentShort, width: 150, alignment: .justify)
        #expect(block.lines.map(\.justifiedWidth) == [150, nil, nil])
        #expect(block.lines.map(\.width) == [140, 150, 115])
    }

    @Test("a line ended by a newline is not justified")
    func forcedBreakNotJustified() {
        let block = Self.layout("가 나\n다 라 마 바 사 아", width: 25, alignment: .justify)
        #expect(block.lines.map(\.text) == ["가 나", "다 라", "마 바", "사 아"])
        #expect(block.lines.map(\.justifiedWidth) == [nil, 25, 25, nil])
    }

    @Test("centred lines sit at (measure − width) / 2 and right-aligned lines at measure − width")
    func centreAndRight() {
        let centre = Self.layout(BriefingSentences.investmentShort, width: 150, alignment: .center)
        #expect(centre.lines.map(\.baseline.x) == [5, 0, 17.5])
        let right = Self.layout(BriefingSentences.investmentShort, width: 150, alignment: .right)
        #expect(right.lines.map(\.baseline.x) == [10, 0, 35])
        #expect(zip(right.lines, [140.0, 150, 115]).allSatisfy { $0.bounds.maxX == 150 && $0.width == $1 })
    }

    @Test("maxLines keeps that many lines and ends the last with an ellipsis that fits")
    func maxLinesTruncates() {
        let block = Self.layout(BriefingSentences.investmentShort, width: 150, maxLines: 2)
        #expect(block.truncated)
        #expect(block.lines.count == 2)
        #expect(block.height == 34)
        #expect(block.lines[0].text == "2023년 미국의 AI 민간 투자액은")
        // "672억 달러(약 97조 5,000억 원)로" is exactly 150 pt; room for "…" (5 pt) is 145,
        // so "로" goes and "…" follows ")".
        #expect(block.lines[1].text == "672억 달러(약 97조 5,000억 원)…")
        #expect(block.lines[1].width == 145)
        #expect(block.lines.allSatisfy { $0.width <= 150 })
    }

    @Test("maxLines larger than the line count changes nothing")
    func maxLinesNoCut() {
        let capped = Self.layout(BriefingSentences.investmentShort, width: 150, maxLines: 3)
        let free = Self.layout(BriefingSentences.investmentShort, width: 150)
        #expect(capped == free)
        #expect(!capped.truncated)
    }

    @Test("an ellipsis never follows a trailing space")
    func ellipsisTrimsSpace() {
        // Line 1 is "가나 다라" (42.5 pt); room for the ellipsis at 45 pt is 40, so "라" goes
        // and the space before it must go too.
        let block = Self.layout("가나 다라 마바", width: 45, maxLines: 1)
        #expect(block.lines.map(\.text) == ["가나 다…"])
        #expect(block.lines[0].width == 37.5)
        #expect(block.truncated)
    }

    @Test("a newline forces a break even when the text would fit")
    func forcedNewline() {
        let block = Self.layout("첫째 줄\n둘째 줄", width: 500)
        #expect(block.lines.map(\.text) == ["첫째 줄", "둘째 줄"])
        #expect(block.lines.map(\.width) == [32.5, 32.5])
    }

    @Test("with no width only newlines break")
    func noWidth() {
        let block = Self.layout(BriefingSentences.investment + "\n" + BriefingSentences.korea, width: nil)
        #expect(block.lines.map(\.text) == [BriefingSentences.investment, BriefingSentences.korea])
    }

    @Test("baselines are one line height apart and the first follows half-leading")
    func baselines() {
        let block = Self.layout(BriefingSentences.investment, width: 100)
        // Size 10: ascent 8, descent 2; (17 − 10) / 2 + 8 = 11.5.
        #expect(block.lines.count >= 4)
        for (i, line) in block.lines.enumerated() {
            #expect(line.baseline.y == 11.5 + 17 * Double(i))
            #expect(line.ascent == 8 && line.descent == 2)
        }
        #expect(block.height == 17 * Double(block.lines.count))
    }

    @Test("half-leading follows the font: 10.5 pt on 17 pt puts the first baseline at 11.65")
    func halfLeadingBodySize() {
        let body = TextStyle(font: Font(family: "Test", size: 10.5), color: .black)
        let block = Self.layouter.layout([TextSpan(BriefingSentences.korea, style: body)], width: 500,
                                         style: ParagraphStyle(lineHeight: 17))
        #expect(abs(block.lines[0].baseline.y - ((17 - 10.5) / 2 + 8.4)) < 1e-12)
    }

    @Test("empty input gives an empty block", arguments: ["", " ", "   "])
    func emptyInput(text: String) {
        let block = Self.layout(text, width: 100)
        #expect(block.lines.isEmpty)
        #expect(block.height == 0)
        #expect(block.naturalWidth == 0)
        #expect(!block.truncated)
        #expect(Self.layouter.layout([], width: 100, style: ParagraphStyle(lineHeight: 17)).lines.isEmpty)
    }

    @Test("styled runs keep their style across a line break and merge with their neighbours")
    func stylesSurviveBreaks() {
        let bold = TextStyle(font: Font(family: "Test", size: 10, weight: .bold), color: .black)
        let spans = [TextSpan("규모는 약 ", style: Self.style), TextSpan("6,000억 위안", style: bold),
                     TextSpan("(약 120조 원)에 이릅니다.", style: Self.style)]
        // "약 6,000억 위안(약 120조 원)에" is one glued unit, 140 pt wide.
        let block = Self.layouter.layout(spans, width: 150, style: ParagraphStyle(lineHeight: 17))
        #expect(block.lines.map(\.text) == ["규모는", "약 6,000억 위안(약 120조 원)에", "이릅니다."])
        #expect(block.lines[1].spans.map(\.text) == ["약 ", "6,000억 위안", "(약 120조 원)에"])
        #expect(block.lines[1].spans.map(\.style) == [Self.style, bold, Self.style])
        #expect(block.lines[1].width == 140)
        #expect(block.lines[2].spans.count == 1)
    }

    @Test("items(at:) moves every baseline by the origin")
    func itemsAtOrigin() {
        let block = Self.layout("가나 다라", width: 25)
        let items = block.items(at: Point(x: 72, y: 100))
        let moved = Frame(size: Size(width: 600, height: 800), items: items).textLines
        #expect(moved.map(\.baseline) == [Point(x: 72, y: 111.5), Point(x: 72, y: 128.5)])
    }
}
