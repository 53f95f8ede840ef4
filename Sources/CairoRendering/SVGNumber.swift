/// Numbers as SVG text: fixed point, locale-free, short and identical on every machine.
///
/// Values are rounded to `decimals` places (half away from zero), trailing zeros and a bare
/// decimal point are trimmed, "-0" becomes "0", and there is never an exponent, which some
/// slide importers cannot read. Arithmetic is on integers, so the text never depends on the
/// locale or on how a platform prints doubles.
///
/// ```swift
/// SVGNumber.format(507.2756, decimals: 3)   // "507.276"
/// SVGNumber.format(-0.0001, decimals: 2)    // "0"
/// SVGNumber.format(12.50, decimals: 2)      // "12.5"
/// ```
enum SVGNumber {
    /// Decimals for glyph outlines: 1/100 pt is far below a pixel even at 4x zoom.
    static let outlineDecimals = 2
    /// Decimals for everything else (frame geometry, sizes, opacities).
    static let geometryDecimals = 3

    /// `value` as text with at most `decimals` places.
    static func format(_ value: Double, decimals: Int) -> String {
        format(units: units(value, decimals: decimals), decimals: decimals)
    }

    /// `value` in steps of 10^-decimals, rounded; non-finite values count as 0.
    static func units(_ value: Double, decimals: Int) -> Int {
        let scaled = (value * scale(decimals)).rounded()
        // Anything beyond ±2^53 is not a coordinate a drawing can mean; clamp rather than trap.
        guard scaled.isFinite else { return 0 }
        return Int(max(min(scaled, 9.0e15), -9.0e15))
    }

    /// A count of 10^-decimals steps as decimal text.
    static func format(units: Int, decimals: Int) -> String {
        var bytes: [UInt8] = []
        append(units: units, decimals: decimals, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends a count of 10^-decimals steps as decimal text to `bytes`, without making a
    /// String: path data is most of an SVG, and formatting each number as a String was a
    /// tenth of a map-heavy build.
    static func append(units: Int, decimals: Int, to bytes: inout [UInt8]) {
        if units == 0 { bytes.append(UInt8(ascii: "0")); return }
        if units < 0 { bytes.append(UInt8(ascii: "-")) }
        var divisor: UInt = 1
        for _ in 0..<decimals { divisor *= 10 }
        let magnitude = units.magnitude
        appendDigits(magnitude / divisor, to: &bytes)
        var fraction = magnitude % divisor
        if fraction == 0 { return }
        bytes.append(UInt8(ascii: "."))
        // Leading zeros of the fraction, then its digits without the trailing zeros.
        var digits = decimals
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        var width = 1
        var probe = fraction
        while probe >= 10 { probe /= 10; width += 1 }
        for _ in 0..<(digits - width) { bytes.append(UInt8(ascii: "0")) }
        appendDigits(fraction, to: &bytes)
    }

    private static func appendDigits(_ value: UInt, to bytes: inout [UInt8]) {
        var power: UInt = 1
        while power <= value / 10 { power *= 10 }
        var rest = value
        while power > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / power))
            rest %= power
            power /= 10
        }
    }

    private static func scale(_ decimals: Int) -> Double {
        var s = 1.0
        for _ in 0..<decimals { s *= 10 }
        return s
    }
}
