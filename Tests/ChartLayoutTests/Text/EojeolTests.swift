import Drawing
import Testing
@testable import ChartLayout

@Suite("Eojeol splitting and glue rules")
struct EojeolTests {
    static let style = TextStyle(font: Font(family: "Test", size: 10), color: .black)

    static func units(_ text: String) -> [String] {
        EojeolSplitter.split([TextSpan(text, style: style)]).map(\.text)
    }

    @Test("words split at spaces, and repeated spaces and tabs give no empty units")
    func splitsAtSpaces() {
        #expect(Self.units("중국 AI  산업\t규모") == ["중국", "AI", "산업", "규모"])
        #expect(Self.units("  ").isEmpty)
    }

    @Test("a unit noun after an amount is glued to it, with or without punctuation or a particle", arguments: [
        ("672억", "달러"), ("5,000억", "원)로"), ("6,000억", "위안(약"), ("558만", "달러"), ("1,339", "개"), ("97조", "원"),
        ("6,000만", "달러보다"), ("14억", "달러였습니다."), ("3,000억", "위안에"), ("2만~3만", "명과"),
    ])
    func unitNounGlue(left: String, right: String) {
        #expect(EojeolSplitter.mustGlue(left, right))
    }

    @Test("약 is glued to the number after it, an amount's groups together, names to their versions, a spaced dash to the word before", arguments: [
        ("약", "9배"), ("약", "6,000억"), ("달러(약", "97조"), ("위안(약", "120조"), ("97조", "5,000억"), ("77억", "6,000만"), ("\u{2212}1조", "2,000억"), ("Qwen", "2.5"), ("CES", "2025에는"), ("ERNIE", "4.0으로"), ("Llama", "2"), ("보호", "—"),
    ])
    func otherGlue(left: String, right: String) {
        #expect(EojeolSplitter.mustGlue(left, right))
    }

    @Test("ordinary neighbours are not glued", arguments: [
        ("미국의", "AI"), ("2023년", "5,000억"), ("만", "2"), ("AI", "민간"), ("투자액은", "672억"), ("약", "두"), ("2023년", "중국"), ("계약", "2건"),
    ])
    func noGlue(left: String, right: String) {
        #expect(!EojeolSplitter.mustGlue(left, right))
    }

    @Test("glued units keep one space inside; an amount with its groups and unit is one unit, parted at its groups only when relaxed")
    func gluedUnits() {
        #expect(Self.units("672억 달러(약 97조 5,000억 원)로 중국의 약 9배")
                == ["672억 달러(약 97조 5,000억 원)로", "중국의", "약 9배"])
        let relaxed = EojeolSplitter.split([TextSpan("672억 달러(약 97조 5,000억 원)로", style: Self.style)], relaxed: true).map(\.text)
        #expect(relaxed == ["672억 달러(약 97조", "5,000억 원)로"])
        let soft = EojeolSplitter.split([TextSpan("중국의 약 9배", style: Self.style)], softBreaks: true)
        #expect(soft.map(\.text) == ["중국의", "약", "9배"])
        #expect(soft.map(\.softlyJoined) == [false, false, true])
        #expect(Self.units("열린 CES 2025에는 Qwen 2.5 제품군") == ["열린", "CES 2025에는", "Qwen 2.5", "제품군"])
    }

    @Test("a newline marks a forced break and stops glue across it")
    func newlineBreaks() {
        let units = EojeolSplitter.split([TextSpan("672억\n달러 끝", style: Self.style)])
        #expect(units.map(\.text) == ["672억", "달러", "끝"])
        #expect(units.map(\.breakAfter) == [true, false, false])
    }

    @Test("units follow span boundaries and keep each piece's style")
    func styledPieces() {
        let bold = TextStyle(font: Font(family: "Test", size: 10, weight: .bold), color: .black)
        let units = EojeolSplitter.split([TextSpan("약 ", style: Self.style), TextSpan("6,000억 위안", style: bold),
                                          TextSpan("에", style: Self.style)])
        #expect(units.count == 1)
        #expect(units[0].pieces.map(\.text) == ["약", " ", "6,000억", " ", "위안", "에"])
        #expect(units[0].pieces.map(\.style) == [Self.style, Self.style, bold, bold, bold, Self.style])
    }
}
