import Drawing

/// Every visual default of a report in one value: fonts, sizes, colours and spacing.
///
/// The spec loader fills every field (from the report's `theme:` overrides over
/// ``Theme/standard``); layout never guesses a default of its own.
///
/// ```swift
/// var theme = Theme.standard
/// theme.accent = Color(hex: "#c0392b")!
/// ```
public struct Theme: Equatable, Hashable, Sendable {
    /// Family of every text run; one family for Hangul and Latin keeps baselines and sizes matched.
    public var fontFamily: String
    /// Body text size and baseline pitch (Korean practice: 160–170 % of the size).
    public var bodySize: Double
    public var bodyLineHeight: Double
    /// Heading sizes by level (1, 2, 3).
    public var headingSizes: [Double]
    /// Title on the first page.
    public var titleSize: Double
    /// Captions, notes, sources, page furniture.
    public var smallSize: Double
    /// Chart title, subtitle, labels, source.
    public var chartTitleSize: Double
    public var chartSubtitleSize: Double
    public var chartLabelSize: Double
    public var chartSourceSize: Double

    public var text: Color
    public var mutedText: Color
    public var accent: Color
    /// Bars that are not highlighted when some are.
    public var mutedBar: Color
    public var rule: Color
    public var grid: Color
    public var background: Color
    /// Series colours in order, for every chart kind (colour-blind safe by default). The first
    /// is the accent, so one series, a highlighted bar and the first of several series share a colour.
    public var palette: [Color]

    /// Bar thickness ÷ band step.
    public var barFill: Double
    /// Bar thickness bounds in points.
    public var barThickness: ClosedRange<Double>

    /// Table text size and baseline pitch (Korean tables: 9 / 14 pt).
    public var tableSize: Double
    public var tableLineHeight: Double
    /// The smallest size a table's text may shrink to when its columns cannot fit the width.
    public var tableMinimumSize: Double
    /// Zebra stripes behind every other row.
    public var tableStripe: Color
    /// The tint behind an emphasised row (a reference model, a total).
    public var tableEmphasis: Color
    /// Delta markers: a rise and a fall (Korean practice: red up, blue down).
    public var tableUp: Color
    public var tableDown: Color
    /// How justified body text fills its lines (klreq limits for spaces and syllables).
    public var justification: Justification = .standard
    /// Whether body paragraphs are justified (on a wide enough measure) or set ragged-right.
    public var justifiesBody = true
    /// How a counter or unit noun follows a figure wherever the report writes numbers (charts,
    /// tables, maps, prose bindings), unless a `format:` says otherwise.
    public var unitSpacing: NumberFormat.UnitSpacing = .spelling
    /// Whether brackets and quotes at the edges of body lines hang into the margins.
    public var hangsPunctuation = false
    /// Where English words in justified paragraphs may be hyphenated; nil: they never are.
    /// The spec loader sets the system's dictionary here unless the theme says `hyphenate: false`.
    public var hyphenator: Hyphenator?

    /// Creates a theme; prefer starting from ``standard``.
    public init(fontFamily: String, bodySize: Double, bodyLineHeight: Double, headingSizes: [Double], titleSize: Double,
                smallSize: Double, chartTitleSize: Double, chartSubtitleSize: Double, chartLabelSize: Double,
                chartSourceSize: Double, text: Color, mutedText: Color, accent: Color, mutedBar: Color, rule: Color,
                grid: Color, background: Color, palette: [Color], barFill: Double, barThickness: ClosedRange<Double>,
                tableSize: Double = 9, tableLineHeight: Double = 14, tableMinimumSize: Double = 7,
                tableStripe: Color = Color(rgb: 0xf4f5f7), tableEmphasis: Color = Color(rgb: 0xe8eff6),
                tableUp: Color = Color(rgb: 0xc22929), tableDown: Color = Color(rgb: 0x1a63b3)) {
        self.fontFamily = fontFamily; self.bodySize = bodySize; self.bodyLineHeight = bodyLineHeight
        self.headingSizes = headingSizes; self.titleSize = titleSize; self.smallSize = smallSize
        self.chartTitleSize = chartTitleSize; self.chartSubtitleSize = chartSubtitleSize
        self.chartLabelSize = chartLabelSize; self.chartSourceSize = chartSourceSize
        self.text = text; self.mutedText = mutedText; self.accent = accent; self.mutedBar = mutedBar
        self.rule = rule; self.grid = grid; self.background = background; self.palette = palette
        self.barFill = barFill; self.barThickness = barThickness
        self.tableSize = tableSize; self.tableLineHeight = tableLineHeight; self.tableMinimumSize = tableMinimumSize
        self.tableStripe = tableStripe; self.tableEmphasis = tableEmphasis; self.tableUp = tableUp; self.tableDown = tableDown
    }

    /// The house style: Noto Sans CJK KR, 10.5/17 pt body, a newsroom blue accent and, after it,
    /// the Okabe–Ito palette (its blue left out: two blues in one report read as two meanings).
    public static let standard = Theme(
        fontFamily: "Noto Sans CJK KR", bodySize: 10.5, bodyLineHeight: 17, headingSizes: [16, 13, 11.5], titleSize: 22,
        smallSize: 8.5, chartTitleSize: 12, chartSubtitleSize: 9, chartLabelSize: 8.5, chartSourceSize: 7.5,
        text: Color(rgb: 0x222222), mutedText: Color(rgb: 0x666666), accent: Color(rgb: 0x1a6496),
        mutedBar: Color(rgb: 0xb9c3cb), rule: Color(rgb: 0x333333), grid: Color(rgb: 0xe2e2e2),
        background: .white,
        palette: [0x1a6496, 0xe69f00, 0x009e73, 0xcc79a7, 0x56b4e9, 0xd55e00, 0x8a7a0a].map(Color.init(rgb:)),
        barFill: 0.72, barThickness: 10...28)

    /// The colour of series `index` of `count`: the accent for a lone series, else the palette in
    /// order, around again past its end. Every chart kind takes its colours here.
    public func seriesColor(_ index: Int, of count: Int) -> Color {
        guard count > 1, !palette.isEmpty else { return accent }
        return palette[index % palette.count]
    }

    /// A font of the theme's family.
    public func font(_ size: Double, _ weight: Font.Weight = .regular) -> Font {
        Font(family: fontFamily, size: size, weight: weight)
    }

    /// The heading size for `level` (1-based); deeper levels reuse the last size.
    public func headingSize(level: Int) -> Double {
        headingSizes.isEmpty ? bodySize : headingSizes[min(max(level, 1), headingSizes.count) - 1]
    }
}
