import Drawing

/// A text measurer with exact, font-free advances, so layout tests assert exact numbers.
///
/// Wide characters (Hangul, CJK) advance 1 em, a space 0.25 em, everything else 0.5 em;
/// bold adds nothing. Ascent is 0.8 em and descent 0.2 em.
///
/// ```swift
/// let m = FixedAdvanceMeasurer()
/// m.width(of: "한국 AI", font: Font(family: "X", size: 10))  // 20 + 2.5 + 10 = 32.5
/// ```
public struct FixedAdvanceMeasurer: TextMeasuring {
    /// Creates the measurer.
    public init() {}

    public func width(of text: String, font: Font) -> Double {
        text.unicodeScalars.reduce(0) { $0 + Self.advance(of: $1) } * font.size
    }

    public func metrics(of font: Font) -> FontMetrics {
        FontMetrics(ascent: font.size * 0.8, descent: font.size * 0.2)
    }

    /// Advance of one scalar in em.
    public static func advance(of s: Unicode.Scalar) -> Double {
        if s == " " { return 0.25 }
        switch s.value {
        case 0x1100...0x11FF, 0x2E80...0x9FFF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60: return 1
        default: return 0.5
        }
    }
}
