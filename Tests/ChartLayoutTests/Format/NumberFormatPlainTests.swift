import Testing
@testable import ChartLayout

@Suite("Plain and percent number formats")
struct NumberFormatPlainTests {
    @Test("plain numbers group thousands with commas")
    func groupsThousands() {
        #expect(NumberFormat.plain().format(1339) == "1,339")
        #expect(NumberFormat.plain().format(1_234_567) == "1,234,567")
        #expect(NumberFormat.plain().format(999) == "999")
    }

    @Test("plain numbers keep the requested decimals")
    func fixedDecimals() {
        #expect(NumberFormat.plain(decimals: 1).format(67.2) == "67.2")
        #expect(NumberFormat.plain(decimals: 2).format(67.2) == "67.20")
        #expect(NumberFormat.plain(decimals: 1).format(0.1 + 0.2) == "0.3")
        #expect(NumberFormat.plain(decimals: 2).format(0.05) == "0.05")
    }

    @Test("years are written without grouping")
    func yearsWithoutGrouping() {
        #expect(NumberFormat.plain(grouping: false).format(2023) == "2023")
        #expect(NumberFormat(grouping: false).format(2023) == "2023")
    }

    @Test("percent multiplies a fraction by 100")
    func percentFromFraction() {
        #expect(NumberFormat.percent().format(0.7) == "70%")
        #expect(NumberFormat.percent(decimals: 1).format(0.704) == "70.4%")
        #expect(NumberFormat.percent(decimals: 0).format(0.07) == "7%")
        #expect(NumberFormat.percent().format(12.5) == "1,250%")
    }

    @Test("prefix and suffix are written exactly around the digits")
    func prefixAndSuffix() {
        #expect(NumberFormat.plain(decimals: 1, prefix: "$", suffix: "B").format(67.2) == "$67.2B")
        #expect(NumberFormat.plain(suffix: "개").format(1339) == "1,339개")
        #expect(NumberFormat.plain(suffix: "배").format(9) == "9배")
        #expect(NumberFormat.plain(decimals: 1, prefix: "$", suffix: "B").format(-67.2) == "\u{2212}$67.2B")
    }

    @Test("a unit noun attaches to figures and is spaced after a Hangul numeral, unless the format says otherwise")
    func unitSpacing() {
        #expect(NumberFormat.plain(unit: "명").format(1339) == "1,339명")
        #expect(NumberFormat.korean(unit: "건").format(54_000) == "5만 4,000건")
        #expect(NumberFormat.korean(unit: "개").format(671e9) == "6,710억 개")
        #expect(NumberFormat.korean(unit: "달러").format(7.76e9) == "77억 6,000만 달러")
        #expect(NumberFormat.english(unit: "dollars").format(5) == "5 dollars")
        var spaced = NumberFormat.plain(unit: "명")
        spaced.unitSpacing = .spaced
        #expect(spaced.format(1339) == "1,339 명")
        var attached = NumberFormat.korean(unit: "달러")
        attached.unitSpacing = .attached
        #expect(attached.format(67.2e9) == "672억달러")
    }

    @Test("a negative number is written with the minus sign, never a hyphen, in every style")
    func minusSign() {
        for format in [NumberFormat.plain(), .percent(), .korean(unit: "원"), .english(), .english(short: true), .koreanCompact(.eok)] {
            let text = format.format(-8.5e10)
            #expect(text.contains("\u{2212}") && !text.contains("-"), "\(text)")
        }
        #expect(NumberFormat.plain().format(-0.2) == "0", "a value that rounds to zero has no sign")
    }

    @Test("the multiplier applies before formatting")
    func multiplierFirst() {
        #expect(NumberFormat.plain(multiplier: 1000).format(1.339) == "1,339")
        #expect(NumberFormat.percent(multiplier: 0.01).format(70) == "70%")
    }

    @Test("values that round to zero carry no minus sign")
    func noNegativeZero() {
        #expect(NumberFormat.plain().format(-0.2) == "0")
        #expect(NumberFormat.plain(decimals: 1).format(-0.04) == "0.0")
        #expect(NumberFormat.plain().format(-0.0) == "0")
    }

    @Test("rounding half away from zero")
    func roundsHalfAwayFromZero() {
        #expect(NumberFormat.plain().format(2.5) == "3")
        #expect(NumberFormat.plain().format(-2.5) == "\u{2212}3")
    }

    @Test("NaN and infinities give the placeholder, never nan")
    func nonFiniteGivesPlaceholder() {
        let styles = NumberFormat.Style.allCases.map { NumberFormat(style: $0) }
        for format in styles {
            #expect(format.format(.nan) == "n/a")
            #expect(format.format(.infinity) == "n/a")
            #expect(format.format(-.infinity) == "n/a")
        }
        #expect(NumberFormat(notAvailable: "–").format(.nan) == "–")
        #expect(NumberFormat.plain(multiplier: 1e300).format(1e300) == "n/a")
        #expect(NumberFormat.percent().format(1e307) == "n/a")
    }

    @Test("huge and tiny values never crash and print every digit")
    func extremesDoNotCrash() {
        #expect(NumberFormat.plain(grouping: false).format(1e20) == "100000000000000000000")
        #expect(NumberFormat.plain().format(Double.greatestFiniteMagnitude).hasPrefix("179,769,313,486,231,57"))
        #expect(NumberFormat.plain(decimals: 15).format(1e300).hasPrefix("1,000"))
        #expect(NumberFormat.plain(decimals: 2).format(Double.leastNonzeroMagnitude) == "0.00")
        #expect(NumberFormat.plain(decimals: -3).format(12.7) == "13")
        #expect(NumberFormat.plain(decimals: 1_000).format(1.5) == "1.500000000000000")
    }

    @Test("approximate marking appears only when rounding changed the value")
    func approximateWhenRounded() {
        var format = NumberFormat.plain(decimals: 1)
        format.approximate = true
        format.approximateMarker = "~"
        #expect(format.format(67.2) == "67.2")
        #expect(format.format(67.25) == "~67.3")
    }
}
