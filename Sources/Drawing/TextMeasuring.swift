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
}
