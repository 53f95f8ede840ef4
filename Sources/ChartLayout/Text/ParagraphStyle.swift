import Drawing

/// How a block of text is set: line pitch, alignment and breaking.
///
/// ```swift
/// let body = ParagraphStyle(lineHeight: 17, alignment: .justify)
/// ```
public struct ParagraphStyle: Equatable, Hashable, Sendable {
    /// Horizontal placement of each line within the measure.
    public enum Alignment: String, Equatable, Hashable, Sendable, CaseIterable { case left, center, right, justify }

    /// Distance from one baseline to the next, in points (Korean body text: 160–170 % of the size).
    public var lineHeight: Double
    public var alignment: Alignment
    /// Most lines to set; the last kept line ends with an ellipsis when text is cut. Nil for no limit.
    public var maxLines: Int?
    /// How a justified paragraph fills its lines.
    public var justification: Justification
    /// Where English words in a justified paragraph may be hyphenated; nil: they are not.
    public var hyphenator: Hyphenator?
    /// Whether brackets and quotes at a line's edges hang into the margins (left and justified text).
    public var hangsPunctuation: Bool

    /// Creates a paragraph style.
    public init(lineHeight: Double, alignment: Alignment = .left, maxLines: Int? = nil, justification: Justification = .standard,
                hyphenator: Hyphenator? = nil, hangsPunctuation: Bool = false) {
        self.lineHeight = lineHeight; self.alignment = alignment; self.maxLines = maxLines; self.justification = justification
        self.hyphenator = hyphenator; self.hangsPunctuation = hangsPunctuation
    }
}

/// How justified lines are filled, after W3C klreq (§4.2.4, §4.5): word spaces grow first, up to
/// `spaceStretch`; past that the rest is spread between Hangul syllables, up to `letterStretch`
/// per gap, and never inside Latin words or numbers, nor next to punctuation (§4.3.6). Both are
/// in em of the line's text, as growth over the natural width.
///
/// The paragraph breaker (total fit, see ``TextLayouter``) chooses the breaks that keep every
/// line within these limits as well as the text allows.
public struct Justification: Equatable, Hashable, Sendable {
    /// The most a word space grows before syllables are spread: 0.3 em keeps the Korean space
    /// (0.28 em) under 0.6 em.
    public var spaceStretch: Double
    /// The most added between two Hangul syllables: 0.05 em is below what a reader notices.
    public var letterStretch: Double

    /// Creates justification settings.
    public init(spaceStretch: Double = 0.3, letterStretch: Double = 0.05) {
        self.spaceStretch = spaceStretch; self.letterStretch = letterStretch
    }

    /// The defaults: spaces to 0.3 em extra, syllables to 0.05 em.
    public static let standard = Justification()
}

/// A paragraph set into lines: baselines relative to the block's top-left corner.
public struct TextBlock: Equatable, Hashable, Sendable {
    /// The lines, top to bottom.
    public var lines: [TextLine]
    /// Total height: line count × line height.
    public var height: Double
    /// Width of the widest line (natural widths, before justification).
    public var naturalWidth: Double
    /// True when `maxLines` cut the text short.
    public var truncated: Bool
    /// Each place a line break parts what a house rule keeps together ("약" and its number, as
    /// in "(약 / 97조 5,000억 원)"), because the paragraph could not be set otherwise; the builder
    /// warns of each.
    public var brokenGroups: [String]

    /// Creates a text block.
    public init(lines: [TextLine], height: Double, naturalWidth: Double, truncated: Bool = false, brokenGroups: [String] = []) {
        self.lines = lines; self.height = height; self.naturalWidth = naturalWidth; self.truncated = truncated
        self.brokenGroups = brokenGroups
    }

    /// The block's lines as frame items moved by `origin`.
    public func items(at origin: Point) -> [FrameItem] {
        lines.map { line in
            var moved = line
            moved.baseline = line.baseline.offsetBy(dx: origin.x, dy: origin.y)
            return .text(moved)
        }
    }
}
