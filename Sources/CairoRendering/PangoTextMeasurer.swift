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

    /// Keyed by the text's bytes: String's own hashing and equality normalise Unicode on every
    /// lookup, a few percent of a long Korean report's build; equal bytes shape identically.
    private struct WidthKey: Hashable {
        let text: String
        let font: Font
        static func == (a: WidthKey, b: WidthKey) -> Bool { a.font == b.font && a.text.utf8.elementsEqual(b.text.utf8) }
        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hasher.combine(font)
        }
    }
    /// Spaces by the two characters around them, keyed like widths.
    private var spaces: [WidthKey: Double] = [:]
    /// The same for the usual case of two one-scalar characters, keyed by their code points: a
    /// paragraph asks once per word, and building the text key cost more than shaping saved.
    private var scalarSpaces: [ScalarPair: Double] = [:]
    private struct ScalarPair: Hashable {
        let left: UInt32, right: UInt32
        let font: Font
    }

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
        let l = left.unicodeScalars, r = right.unicodeScalars
        if l.count == 1, r.count == 1, let a = l.first, let b = r.first {
            let pair = ScalarPair(left: a.value, right: b.value, font: font)
            if let w = scalarSpaces[pair] { return w }
            let w = spaceWidth(ofText: left, right, font: font)
            scalarSpaces[pair] = w
            return w
        }
        return spaceWidth(ofText: left, right, font: font)
    }

    private func spaceWidth(ofText left: Character, _ right: Character, font: Font) -> Double {
        let key = WidthKey(text: "\(left) \(right)", font: font)
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
