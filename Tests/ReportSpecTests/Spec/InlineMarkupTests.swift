import ReportBuilder
import Testing
@testable import ReportSpec

@Suite("Inline markup")
struct InlineMarkupTests {
    @Test("a hyphen typed before a number at a word's start is a minus sign; hyphens inside words and ranges stay", arguments: [
        ("전년보다 -850억 원(-12%) 줄었다", "전년보다 \u{2212}850억 원(\u{2212}12%) 줄었다"),
        ("-3.5%p", "\u{2212}3.5%p"),
        ("2014-2023년, GPT-4, COVID-19, DeepSeek-V3", "2014-2023년, GPT-4, COVID-19, DeepSeek-V3"),
        ("**-1조 2,000억 원** 감소", "\u{2212}1조 2,000억 원 감소"),
        ("a - b, --, -x", "a - b, --, -x"),
    ])
    func minusSigns(text: String, expected: String) {
        #expect(InlineMarkup.parse(text).map(\.text).joined() == expected)
    }

    @Test("**text** is strong")
    func strong() {
        #expect(InlineMarkup.parse("시장 규모는 약 **6,000억 위안**(약 120조 원)에 이릅니다.")
                == [Inline("시장 규모는 약 "), Inline("6,000억 위안", emphasis: .strong), Inline("(약 120조 원)에 이릅니다.")])
    }

    @Test("*text* is emphasis")
    func emphasis() {
        #expect(InlineMarkup.parse("중국은 *빠르게* 앞서 나가고") == [Inline("중국은 "), Inline("빠르게", emphasis: .emphasis), Inline(" 앞서 나가고")])
    }

    @Test("[text](url) is a link")
    func link() {
        #expect(InlineMarkup.parse("출처: [AI 인덱스 2024](https://aiindex.stanford.edu/report/).")
                == [Inline("출처: "), Inline("AI 인덱스 2024", link: "https://aiindex.stanford.edu/report/"), Inline(".")])
    }

    @Test("all three mix in one line")
    func mixed() {
        #expect(InlineMarkup.parse("**굵게** *강조* [링크](https://example.com)")
                == [Inline("굵게", emphasis: .strong), Inline(" "), Inline("강조", emphasis: .emphasis), Inline(" "),
                    Inline("링크", link: "https://example.com")])
    }

    @Test("unmatched or empty markers stay literal", arguments: [
        "2**3 = 8", "a * b", "**열림만", "*열림만", "별표 하나*", "****", "**", "[대괄호만]", "[text] (url)", "[열린](https://x.com", "",
    ])
    func literal(text: String) {
        #expect(InlineMarkup.parse(text) == (text.isEmpty ? [] : [Inline(text)]))
    }

    @Test("a link's address may hold balanced parentheses")
    func parenthesesInAddress() {
        #expect(InlineMarkup.parse("[수성](https://en.wikipedia.org/wiki/Mercury_(planet)) 끝")
                == [Inline("수성", link: "https://en.wikipedia.org/wiki/Mercury_(planet)"), Inline(" 끝")])
        #expect(InlineMarkup.parse("[a](https://x.org/a(b) c") == [Inline("a", link: "https://x.org/a(b"), Inline(" c")])
    }

    @Test("unclosed markers by the hundred thousand stay literal text", arguments: ["[", "*", "**", "[a](", "](", "[x]("])
    func manyUnclosed(marker: String) {
        let text = String(repeating: marker, count: 100_000)
        #expect(InlineMarkup.parse(text).map(\.text).joined().count <= text.count)
    }

    @Test("only https, http and mailto addresses are links")
    func allowedLinks() {
        for ok in ["https://a.org", "HTTP://a.org", "mailto:x@y.org"] { #expect(InlineMarkup.isAllowedLink(ok), "\(ok)") }
        for bad in ["javascript:alert(1)", "file:///etc/passwd", "ftp://a.org", "data:text/html,x", "#sec-1", ""] {
            #expect(!InlineMarkup.isAllowedLink(bad), "\(bad)")
        }
    }
}
