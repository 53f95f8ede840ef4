import Testing
@testable import ChartLayout

@Suite("English compact number formats")
struct NumberFormatEnglishTests {
    @Test("long English compact writes the scale word after a space")
    func longWords() {
        #expect(NumberFormat.english().format(67.2e9) == "67.2 billion")
        #expect(NumberFormat.english().format(5.58e6) == "5.58 million")
        #expect(NumberFormat.english().format(1.5e3) == "1.5 thousand")
        #expect(NumberFormat.english().format(2e12) == "2 trillion")
    }

    @Test("short English compact writes a letter with no space")
    func shortLetters() {
        #expect(NumberFormat.english(short: true).format(67.2e9) == "67.2B")
        #expect(NumberFormat.english(short: true, prefix: "$").format(67.2e9) == "$67.2B")
        #expect(NumberFormat.english(short: true).format(-5.58e6) == "\u{2212}5.58M")
    }

    @Test("values below a thousand are written plainly")
    func smallValuesPlain() {
        #expect(NumberFormat.english().format(999) == "999")
        #expect(NumberFormat.english().format(0) == "0")
        #expect(NumberFormat.english().format(0.1234) == "0.123")
    }

    @Test("rounding that reaches the next tier moves to its word")
    func roundingMovesTier() {
        #expect(NumberFormat.english().format(999_999) == "1 million")
    }

    @Test("exact mode uses fixed decimals")
    func exactUsesDecimals() {
        #expect(NumberFormat.english(significantDigits: nil, decimals: 2).format(67.2e9) == "67.20 billion")
    }

    @Test("approximate marking in English reads about")
    func approximateAbout() {
        #expect(NumberFormat.english(approximate: true).format(67.24e9) == "about 67.2 billion")
        #expect(NumberFormat.english(approximate: true).format(67.2e9) == "67.2 billion")
    }
}
