import Drawing

/// Measures text with Pango over the bundled fonts: the measurer the command line injects into layout.
///
/// Widths are cached per (text, font): charts and reports measure the same labels and words many times.
///
/// ```swift
/// let measurer = PangoTextMeasurer(engine: engine)
/// measurer.width(of: "베이징", font: label)
/// ```
public final class PangoTextMeasurer: TextMeasuring {
    private let engine: TextEngine
    private var widths: [WidthKey: Double] = [:]
    private var fontMetrics: [Font: FontMetrics] = [:]

    private struct WidthKey: Hashable { let text: String; let font: Font }
    private struct SpaceKey: Hashable { let left: Character; let right: Character; let font: Font }
    private var spaces: [SpaceKey: Double] = [:]

    /// Creates a measurer that shapes exactly as `engine` draws.
    public init(engine: TextEngine) { self.engine = engine }

    public func width(of text: String, font: Font) -> Double {
        let key = WidthKey(text: text, font: font)
        if let w = widths[key] { return w }
        let w = engine.width(of: text, font: font)
        widths[key] = w
        return w
    }

    public func spaceWidth(after left: Character, before right: Character, font: Font) -> Double {
        let key = SpaceKey(left: left, right: right, font: font)
        if let w = spaces[key] { return w }
        let w = width(of: "\(left) \(right)", font: font) - width(of: "\(left)\(right)", font: font)
        spaces[key] = w
        return w
    }

    public func metrics(of font: Font) -> FontMetrics {
        if let m = fontMetrics[font] { return m }
        let m = engine.metrics(of: font)
        fontMetrics[font] = m
        return m
    }
}
