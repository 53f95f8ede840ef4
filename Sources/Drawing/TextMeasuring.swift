/// Measures text for layout. The only way layout learns how wide text is.
///
/// The command line passes a measurer backed by Pango over the bundled fonts; unit tests
/// pass a fixed-advance measurer so widths and line breaks are exact numbers.
///
/// ```swift
/// let w = measurer.width(of: "672억 달러", font: label.font)
/// ```
public protocol TextMeasuring {
    /// The advance width, in points, of `text` shaped as one run in `font`.
    func width(of text: String, font: Font) -> Double
    /// The line-box metrics of `font`.
    func metrics(of font: Font) -> FontMetrics
    /// The width of one space set between `left` and `right`, as shaped in a line.
    ///
    /// A lone space is not enough: a font may widen a space by the script around it
    /// (Noto Sans CJK's Korean `locl` does, between Hangul).
    func spaceWidth(after left: Character, before right: Character, font: Font) -> Double
}

extension TextMeasuring {
    /// The space measured in context: the pair with a space minus the pair without.
    public func spaceWidth(after left: Character, before right: Character, font: Font) -> Double {
        width(of: "\(left) \(right)", font: font) - width(of: "\(left)\(right)", font: font)
    }
}
