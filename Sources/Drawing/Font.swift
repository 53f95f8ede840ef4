/// A font request: family, size in points and weight. Resolution to a file is the renderer's job.
///
/// ```swift
/// let body = Font(family: "Noto Sans CJK KR", size: 10.5)
/// let heading = body.with(size: 18, weight: .bold)
/// ```
public struct Font: Equatable, Hashable, Sendable {
    /// Weights the bundled font set has; Korean has no italics, so style is weight only.
    public enum Weight: String, Equatable, Hashable, Sendable, CaseIterable { case regular, bold }
    public var family: String
    public var size: Double
    public var weight: Weight
    /// Creates a font request.
    public init(family: String, size: Double, weight: Weight = .regular) {
        self.family = family; self.size = size; self.weight = weight
    }
    /// A copy with some properties changed.
    public func with(size: Double? = nil, weight: Weight? = nil) -> Font {
        Font(family: family, size: size ?? self.size, weight: weight ?? self.weight)
    }
}

/// Vertical metrics of a font at its size, in points.
public struct FontMetrics: Equatable, Hashable, Sendable {
    /// Distance from the baseline up to the top of the line box.
    public var ascent: Double
    /// Distance from the baseline down to the bottom of the line box.
    public var descent: Double
    /// Creates metrics.
    public init(ascent: Double, descent: Double) { self.ascent = ascent; self.descent = descent }
}

/// How a run of text looks: its font and its colour.
///
/// ```swift
/// let label = TextStyle(font: Font(family: "Noto Sans CJK KR", size: 8), color: .black)
/// ```
public struct TextStyle: Equatable, Hashable, Sendable {
    public var font: Font
    public var color: Color
    /// A rule under the text, in its colour: how a link is told from emphasis.
    public var underline: Bool
    /// Creates a text style.
    public init(font: Font, color: Color, underline: Bool = false) { self.font = font; self.color = color; self.underline = underline }

    /// Where an underline sits below the baseline, and how thick it is, in em of the text.
    public static let underlinePosition = 0.13, underlineThickness = 0.055
}

/// A run of text in one style, optionally a link.
///
/// ```swift
/// let run = TextSpan("6,000억 위안", style: bold)
/// ```
public struct TextSpan: Equatable, Hashable, Sendable {
    public var text: String
    public var style: TextStyle
    /// Where the run links to, if anywhere.
    public var link: LinkTarget?
    /// Creates a run.
    public init(_ text: String, style: TextStyle, link: LinkTarget? = nil) {
        self.text = text; self.style = style; self.link = link
    }
}

/// The target of a link: a URI or a named destination inside the document.
public enum LinkTarget: Equatable, Hashable, Sendable {
    /// An external address such as `https://…` or `mailto:…`.
    case uri(String)
    /// A named destination placed with ``FrameItem/anchor(_:)``.
    case destination(String)

    /// Whether this is an address a reader may open: `https:`, `http:` or `mailto:`.
    ///
    /// ```swift
    /// LinkTarget.uri("https://example.com").isWebOrMailAddress   // true
    /// LinkTarget.uri("javascript:alert(1)").isWebOrMailAddress   // false
    /// ```
    public var isWebOrMailAddress: Bool {
        guard case .uri(let uri) = self else { return false }
        let lower = uri.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
    }
}
