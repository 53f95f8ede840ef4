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
        if units == 0 { return "0" }
        let magnitude = units.magnitude
        let divisor = UInt(scale(decimals))
        var text = units < 0 ? "-" : ""
        text += String(magnitude / divisor)
        var fraction = magnitude % divisor
        if fraction == 0 { return text }
        var digits = decimals
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        let fractionText = String(fraction)
        text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        return text
    }

    private static func scale(_ decimals: Int) -> Double {
        var s = 1.0
        for _ in 0..<decimals { s *= 10 }
        return s
    }
}
