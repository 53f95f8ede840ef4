#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decimal text for finite, non-negative doubles, built from rounded integers so labels never show float noise.
///
/// ```swift
/// DecimalDigits.fixed(0.1 + 0.2, decimals: 1)   // ("0", "3")
/// ```
enum DecimalDigits {
    /// The digits and the fraction of `magnitude` rounded half away from zero to `decimals` places.
    ///
    /// ```swift
    /// DecimalDigits.fixed(1339.2, decimals: 2)   // ("1339", "20")
    /// ```
    static func fixed(_ magnitude: Double, decimals: Int) -> (integer: String, fraction: String) {
        var places = min(max(decimals, 0), 15)
        var scaled = (magnitude * powerOfTen(places)).rounded()
        // Huge values overflow once scaled; their fraction digits would be noise anyway.
        if !scaled.isFinite {
            places = 0
            scaled = magnitude.rounded()
        }
        guard scaled.isFinite else { return ("0", String(repeating: "0", count: places)) }
        var digits = integerDigits(scaled)
        guard places > 0 else { return (digits, "") }
        if digits.count <= places {
            digits = String(repeating: "0", count: places + 1 - digits.count) + digits
        }
        let split = digits.index(digits.endIndex, offsetBy: -places)
        return (String(digits[..<split]), String(digits[split...]))
    }

    /// The decimal digits of a finite, non-negative, integral double.
    ///
    /// ```swift
    /// DecimalDigits.integerDigits(1e20)   // "100000000000000000000"
    /// ```
    static func integerDigits(_ value: Double) -> String {
        guard value.isFinite, value >= 0 else { return "0" }
        let integral = value.rounded(.towardZero)
        if let exact = UInt64(exactly: integral) { return String(exact) }
        // Past UInt64 the shortest round-trip description ("1.2345e+20") carries every meaningful digit.
        let text = String(describing: integral)
        let parts = text.split(separator: "e", maxSplits: 1)
        guard parts.count == 2, let exponent = Int(parts[1]) else { return text }
        let mantissa = parts[0]
        let fractionCount = mantissa.split(separator: ".", maxSplits: 1).dropFirst().first?.count ?? 0
        let digits = mantissa.filter { $0 != "." }
        let zeros = max(0, exponent - fractionCount)
        return digits + String(repeating: "0", count: zeros)
    }

    /// `digits` with `separator` every three digits from the right.
    ///
    /// ```swift
    /// DecimalDigits.grouped("1339")   // "1,339"
    /// ```
    static func grouped(_ digits: String, separator: String = ",") -> String {
        guard digits.count > 3 else { return digits }
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result += separator }
            result.append(character)
        }
        return result
    }

    /// `digits` with leading zeros removed, keeping a single "0" for zero.
    ///
    /// ```swift
    /// DecimalDigits.trimmingLeadingZeros("0500")   // "500"
    /// ```
    static func trimmingLeadingZeros(_ digits: Substring) -> String {
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    /// 10 to the power `exponent`, exact for the integral powers a double can hold.
    ///
    /// ```swift
    /// DecimalDigits.powerOfTen(3)   // 1000
    /// ```
    static func powerOfTen(_ exponent: Int) -> Double {
        // Repeated multiplication stays exact up to 10^22; beyond that pow is as good as anything.
        if (0...22).contains(exponent) {
            var result = 1.0
            for _ in 0..<exponent { result *= 10 }
            return result
        }
        return pow(10, Double(exponent))
    }

    /// `magnitude` rounded half away from zero to `digits` significant digits.
    ///
    /// ```swift
    /// DecimalDigits.roundedToSignificant(601_234_000_000, digits: 2)   // 600_000_000_000
    /// ```
    static func roundedToSignificant(_ magnitude: Double, digits: Int) -> Double {
        guard magnitude.isFinite, magnitude != 0 else { return magnitude }
        let significant = min(max(digits, 1), 17)
        let exponent = Int(floor(log10(abs(magnitude)))) - significant + 1
        let result: Double
        // Dividing by an exact power of ten keeps whole-number results exact; multiplying handles fractions.
        if exponent >= 0 {
            let factor = powerOfTen(exponent)
            result = (magnitude / factor).rounded() * factor
        } else {
            let factor = powerOfTen(-exponent)
            result = (magnitude * factor).rounded() / factor
        }
        return result.isFinite ? result : magnitude
    }

    /// Whether `shown` differs from `actual` by more than float noise.
    ///
    /// ```swift
    /// DecimalDigits.differs(shown: 6e11, actual: 601_234_000_000)   // true
    /// ```
    static func differs(shown: Double, actual: Double) -> Bool {
        abs(shown - actual) > abs(actual) * 1e-9
    }
}
