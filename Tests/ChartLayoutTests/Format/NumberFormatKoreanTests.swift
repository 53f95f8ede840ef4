import Testing
@testable import ChartLayout

@Suite("Korean large-number formats")
struct NumberFormatKoreanTests {
    @Test("Korean units follow press style for the required examples", arguments: [
        (600_000_000_000.0, "위안", "6,000억 위안"),
        (67.2e9, "달러", "672억 달러"),
        (7.76e9, "달러", "77억 6,000만 달러"),
        (5.58e6, "달러", "558만 달러"),
        (97.5e12, "원", "97조 5,000억 원"),
        (120e12, "원", "120조 원"),
        (2e12, "위안", "2조 위안"),
        (500e6, "위안", "5억 위안"),
        (1.4e9, "달러", "14억 달러"),
        (2400, "", "2,400"),
        (0, "", "0"),
        (-67.2e9, "달러", "\u{2212}672억 달러"),
    ])
    func requiredExamples(value: Double, unit: String, expected: String) {
        #expect(NumberFormat.korean(unit: unit).format(value) == expected)
    }

    @Test("a rounded source value is marked approximate with 약")
    func approximateSixThousandEok() {
        let format = NumberFormat.korean(unit: "위안", significantDigits: 2, approximate: true)
        #expect(format.format(601_234_000_000) == "약 6,000억 위안")
        #expect(format.format(600_000_000_000) == "6,000억 위안")
    }

    @Test("two significant digits with approximate marking gives 약 78억 달러")
    func approximateSeventyEightEok() {
        let format = NumberFormat.korean(unit: "달러", significantDigits: 2, approximate: true)
        #expect(format.format(7.76e9) == "약 78억 달러")
    }

    @Test("a multiplier turns a billions column into Korean units without spurious 약")
    func multiplierForBillions() {
        let usd = NumberFormat.korean(unit: "달러", multiplier: 1e9, significantDigits: 3, approximate: true)
        #expect(usd.format(67.2) == "672억 달러")
        #expect(usd.format(7.76) == "77억 6,000만 달러")
        #expect(usd.format(1.4) == "14억 달러")
    }

    @Test("zero groups are dropped, never written as 0만")
    func zeroGroupsDropped() {
        let exact = NumberFormat.korean(significantDigits: nil)
        #expect(exact.format(100_000_000) == "1억")
        #expect(exact.format(100_000_001) == "1억 1")
        #expect(exact.format(1_000_000_010_000) == "1조 1만")
        #expect(!exact.format(100_000_000).contains("0만"))
    }

    @Test("values below one 조 are never written as a fraction of 조")
    func neverFractionalJo() {
        #expect(NumberFormat.korean(unit: "원").format(0.6e12) == "6,000억 원")
    }

    @Test("exact mode keeps every digit")
    func exactKeepsDigits() {
        let exact = NumberFormat.korean(unit: "원", significantDigits: nil)
        #expect(exact.format(123_456_789_012) == "1,234억 5,678만 9,012원", "attached after figures (맞춤법 제43항)")
        #expect(NumberFormat.korean(unit: "원").format(123_456_789_012) == "1,235억 원")
    }

    @Test("rounding up can carry into the next unit")
    func roundingCarries() {
        #expect(NumberFormat.korean(significantDigits: 2).format(99_960_000) == "1억")
        #expect(NumberFormat.korean(significantDigits: 4).format(9_999.6) == "1만")
    }

    @Test("values past 조 use 경 and beyond that keep growing the top group")
    func beyondJo() {
        #expect(NumberFormat.korean().format(1.2e16) == "1경 2,000조")
        #expect(NumberFormat.korean().format(1e21).hasSuffix("경"))
        #expect(NumberFormat.korean().format(Double.greatestFiniteMagnitude).hasSuffix("경"))
    }

    @Test("prefix, unit noun and suffix combine in reading order")
    func affixesInOrder() {
        let format = NumberFormat.korean(unit: "달러", approximate: true, prefix: "+", suffix: ")")
        #expect(format.format(7.7612e9) == "약 +77억 6,100만 달러)")
    }

    @Test("compact axis labels share one unit with fixed decimals")
    func compactAxisLabels() {
        let eok = NumberFormat.koreanCompact(.eok)
        #expect([0, 2e11, 4e11].map(eok.format) == ["0", "2,000억", "4,000억"])
        #expect(NumberFormat.koreanCompact(.jo, decimals: 1).format(1.2e12) == "1.2조")
        #expect(NumberFormat.koreanCompact(.jo, decimals: 1, unit: "원").format(1.25e12) == "1.3조 원")
        #expect(NumberFormat.koreanCompact(.one).format(2400) == "2,400")
    }

    @Test("the shared axis unit is the largest unit not above the maximum")
    func sharedAxisUnit() {
        #expect(NumberFormat.compactKoreanUnit(for: 4e11) == .eok)
        #expect(NumberFormat.compactKoreanUnit(for: 1.2e12) == .jo)
        #expect(NumberFormat.compactKoreanUnit(for: 1e8) == .eok)
        #expect(NumberFormat.compactKoreanUnit(for: 9_999) == .one)
        #expect(NumberFormat.compactKoreanUnit(for: -5e4) == .man)
        #expect(NumberFormat.compactKoreanUnit(for: .nan) == .one)
        #expect(NumberFormat.compactKoreanUnit(for: .infinity) == .one)
        #expect(NumberFormat.koreanAxis(for: [0, 2e11, 4e11]).koreanUnit == .eok)
        #expect(NumberFormat.koreanAxis(for: [0.5, 1.2], multiplier: 1e12).koreanUnit == .jo)
        #expect(NumberFormat.koreanAxis(for: []).koreanUnit == .one)
    }
}

@Suite("Korean axis formats")
struct NumberFormatKoreanAxisTests {
    @Test("an axis with ticks finer than its unit gets the decimals to tell them apart")
    func axisDecimalsFromTickStep() {
        let axis = NumberFormat.koreanAxis(for: [0, 5e3, 1e4], tickStep: 5e3)
        #expect(axis.koreanUnit == .man)
        #expect([0, 5e3, 1e4].map(axis.format) == ["0", "0.5만", "1.0만"])
    }

    @Test("an axis over 조 with 0.2조 steps writes one decimal")
    func axisInJo() {
        let ticks = LinearScale(domain: 0...1.2e12).ticks(count: 6)
        let step = LinearScale(domain: 0...1.2e12).tickStep(count: 6)
        let axis = NumberFormat.koreanAxis(for: ticks, tickStep: step, unit: "원")
        #expect(ticks.map(axis.format) == ["0 원", "0.2조 원", "0.4조 원", "0.6조 원", "0.8조 원", "1.0조 원", "1.2조 원"])
    }
}
