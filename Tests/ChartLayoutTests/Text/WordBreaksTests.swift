import Drawing
import Testing
import TestSupport
@testable import ChartLayout

/// Breaks inside a word for total fit: English words at their hyphenation points, addresses at
/// their punctuation, compounds after their own hyphen; never Hangul, numbers or names.
@Suite("Breaks inside words")
struct WordBreaksTests {
    static let style = TextStyle(font: Font(family: "Test", size: 10), color: .black)
    static let h = HyphenatorTests.thesis

    static func pieces(_ text: String) -> [String] {
        FitItem.items(EojeolSplitter.split([TextSpan(text, style: style)], softBreaks: true), hyphenator: h)
            .map { $0.pieces.map(\.text).joined() + ($0.joint == .hyphen ? "=" : $0.joint == .none ? "|" : "") }
    }

    @Test("an English word splits at its hyphenation points, punctuation and particles kept on its pieces")
    func hyphenation() {
        #expect(Self.pieces("hyphenation, 가나") == ["hy=", "phen=", "ation,", "가나"])
        #expect(Self.pieces("Hyphenation을") == ["Hy=", "phen=", "ation을"])
    }

    @Test("nothing splits a name, an acronym, a model number or Hangul", arguments: ["DeepSeek-V3", "GPT-4o", "HYPHENATION", "2hyphenation", "hyphenation2", "초거대인공지능반도체"])
    func untouched(text: String) { #expect(Self.pieces(text) == [text]) }

    @Test("an opening bracket written against a word may start a line, keeping the bracketed amount whole")
    func bracket() {
        #expect(Self.pieces("672억 달러(약 97조") == ["672억 달러|", "(약", "97조"])
        #expect(Self.pieces("보고서「AI」") == ["보고서|", "「AI」"])
        #expect(Self.pieces("(약") == ["(약"], "never before a bracket that starts the word")
        #expect(Self.pieces("2024(잠정)") == ["2024(잠정)"], "nor after a figure")
    }

    @Test("a compound of lowercase words breaks after its own hyphen, adding nothing")
    func compound() {
        #expect(Self.pieces("large-scale") == ["large-|", "scale"])
        #expect(Self.pieces("AI-driven") == ["AI-driven"])
    }

    @Test("an address breaks after // and before / . ? & =, never in its first four or last four characters")
    func address() {
        #expect(Self.pieces("https://www.msit.go.kr/bbs/view.do?a=1&b=2") ==
                ["https://|", "www|", ".msit|", ".go|", ".kr|", "/bbs|", "/view|", ".do|", "?a|", "=|", "1|", "&b=2"])
        #expect(Self.pieces("press@msit.go.kr") == ["press|", "@msit|", ".go.kr"])
        #expect(FitItem.isAddress("www.example.com") && !FitItem.isAddress("e.g.") && !FitItem.isAddress("3.5%"))
    }

    @Test("a line broken at a hyphenation point ends in a hyphen; at an address point, in nothing; a line that runs on keeps none")
    func lines() {
        let items = FitItem.items(EojeolSplitter.split([TextSpan("hyphenation www.example.com/path", style: Self.style)]), hyphenator: Self.h)
        #expect(FitItem.line(items[0...0], hyphenated: true).map(\.text).joined() == "hy-")
        #expect(FitItem.line(items[0...1], hyphenated: false).map(\.text).joined() == "hyphen")
        #expect(FitItem.line(items[2...3], hyphenated: true).map(\.text).joined() == "ation www.example")
        #expect(FitItem.line(items[4...], hyphenated: true).map(\.text).joined() == ".com/path")
    }

    @Test("total fit hyphenates to spare loose lines, never sets a line past the measure, and loses no letter",
          arguments: [95.0, 105, 120, 140])
    func totalFit(width: Double) {
        let m = FixedAdvanceMeasurer()
        let text = "an hyphenation of words in hyphenation tables and hyphenation"
        func lines(_ h: Hyphenator?) -> [TextLine] {
            TextLayouter(measurer: m).layout([TextSpan(text, style: Self.style)], width: width,
                                             style: ParagraphStyle(lineHeight: 17, alignment: .justify, hyphenator: h)).lines
        }
        let hyphenated = lines(Self.h), plain = lines(nil)
        let loosest = TotalFitTests.wordSpaces(hyphenated, width: width).max() ?? 0
        #expect(loosest <= (TotalFitTests.wordSpaces(plain, width: width).max() ?? 0) + 1e-9)
        #expect(hyphenated.allSatisfy { $0.width <= width + 1e-9 })
        let texts = hyphenated.map(\.text)
        #expect(texts.last?.hasSuffix("-") == false)
        #expect(texts.joined(separator: " ").replacingOccurrences(of: "- ", with: "") == text)
    }
}
