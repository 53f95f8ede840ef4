@testable import CairoRendering
import Testing

@Suite("SVG numbers")
struct SVGNumberTests {
    @Test("numbers are rounded to the given places with trailing zeros trimmed")
    func rounding() {
        #expect(SVGNumber.format(507.2756, decimals: 3) == "507.276")
        #expect(SVGNumber.format(12.5, decimals: 2) == "12.5")
        #expect(SVGNumber.format(12.504, decimals: 2) == "12.5")
        #expect(SVGNumber.format(168, decimals: 3) == "168")
        #expect(SVGNumber.format(0.05, decimals: 2) == "0.05")
        #expect(SVGNumber.format(-1.005, decimals: 1) == "-1")
        #expect(SVGNumber.format(0.125, decimals: 2) == "0.13")
    }

    @Test("negative zero is written 0, and no value ever gets an exponent")
    func noNegativeZeroNoExponent() {
        #expect(SVGNumber.format(-0.0, decimals: 2) == "0")
        #expect(SVGNumber.format(-0.004, decimals: 2) == "0")
        #expect(SVGNumber.format(1e-9, decimals: 3) == "0")
        #expect(SVGNumber.format(1.5e7, decimals: 2) == "15000000")
        #expect(SVGNumber.format(.nan, decimals: 2) == "0")
        #expect(SVGNumber.format(.infinity, decimals: 2) == "0")
    }

    @Test("integer steps are written with a decimal point only where needed")
    func units() {
        #expect(SVGNumber.format(units: 1234, decimals: 2) == "12.34")
        #expect(SVGNumber.format(units: -5, decimals: 2) == "-0.05")
        #expect(SVGNumber.format(units: 1200, decimals: 2) == "12")
        #expect(SVGNumber.format(units: 1230, decimals: 2) == "12.3")
    }
}
