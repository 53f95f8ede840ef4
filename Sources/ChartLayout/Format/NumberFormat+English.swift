#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension NumberFormat {
    /// English scale words with the largest unit the rounded value reaches: "67.2 billion", "5.58M".
    func englishBody(_ magnitude: Double, short: Bool) -> Body {
        let rounded = significantDigits.map { DecimalDigits.roundedToSignificant(magnitude, digits: $0) } ?? magnitude
        // Choosing the tier after rounding turns 999,999 into "1 million" rather than "1,000 thousand".
        let tier = Self.englishTiers.first { rounded >= $0.scale }
        let scale = tier?.scale ?? 1
        let label = tier.map { short ? $0.letter : " " + $0.word } ?? ""
        let quotient = rounded / scale
        let text: String
        let shown: Double
        if let significant = significantDigits {
            let leading = quotient > 0 ? Int(floor(log10(quotient))) : 0
            let places = max(0, min(significant, 17) - 1 - leading)
            let fixed = fixedText(quotient, decimals: places, grouping: true)
            text = Self.trimmingTrailingFractionZeros(fixed.text)
            shown = fixed.shown * scale
        } else {
            let fixed = fixedText(quotient, decimals: decimals, grouping: true)
            text = fixed.text
            shown = fixed.shown * scale
        }
        let isZero = shown == 0
        return Body(
            text: isZero ? text : text + label,
            isZero: isZero,
            isRounded: DecimalDigits.differs(shown: shown, actual: magnitude)
        )
    }

    private static let englishTiers: [(scale: Double, word: String, letter: String)] = [
        (1e12, "trillion", "T"),
        (1e9, "billion", "B"),
        (1e6, "million", "M"),
        (1e3, "thousand", "K"),
    ]

    /// "1.50" → "1.5", "2.00" → "2": significant-digit rounding already decided the precision.
    private static func trimmingTrailingFractionZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = Substring(text)
        while result.last == "0" { result = result.dropLast() }
        if result.last == "." { result = result.dropLast() }
        return String(result)
    }
}
