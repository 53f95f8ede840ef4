import Drawing

/// How annotations are set: their type, their measure, and their leaders.
///
/// The defaults follow the graphics-desk rules: left-aligned text of 1–3 lines at most 30 % of
/// the plot's width; leaders 0.75 pt dark grey, starting 3 pt from the text and stopping 3 pt
/// short of the target.
///
/// ```swift
/// let style = AnnotationStyle(font: theme.font(8.5, .bold), color: theme.text, lineHeight: 11,
///                             leaderColor: theme.mutedText)
/// ```
public struct AnnotationStyle: Equatable, Sendable {
    /// The text's font.
    public var font: Font
    /// The text's colour.
    public var color: Color
    /// Baseline to baseline, for text that wraps.
    public var lineHeight: Double
    /// The leader's colour: dark grey.
    public var leaderColor: Color
    /// The leader's stroke width, in points.
    public var leaderWidth: Double
    /// The widest the text may be, as a share of the plot's width; longer text wraps.
    public var maxWidthShare: Double
    /// The most lines; text that needs more finds no place.
    public var maxLines: Int
    /// Space between text set against its target's end and that end.
    public var gap: Double
    /// Space a leader leaves at each end, from the text box and from the target.
    public var leaderInset: Double
    /// The shortest leader worth drawing: text nearer than this to its target needs none, so
    /// text that needs one keeps at least this much (plus the insets) away.
    public var minimumLeader: Double
    /// Space kept between text and anything else.
    public var clearance: Double

    /// Creates a style.
    public init(font: Font, color: Color, lineHeight: Double, leaderColor: Color, leaderWidth: Double = 0.75,
                maxWidthShare: Double = 0.3, maxLines: Int = 3, gap: Double = 6, leaderInset: Double = 3,
                minimumLeader: Double = 6, clearance: Double = 3) {
        self.font = font; self.color = color; self.lineHeight = lineHeight
        self.leaderColor = leaderColor; self.leaderWidth = leaderWidth
        self.maxWidthShare = maxWidthShare; self.maxLines = maxLines; self.gap = gap
        self.leaderInset = leaderInset; self.minimumLeader = minimumLeader; self.clearance = clearance
    }
}

extension AnnotationStyle {
    /// A chart's notes in `theme`: the label size, regular, in the muted text colour (still
    /// 4.5:1 on the background) so that a value label beside them stays the number; leaders alike.
    public static func note(in theme: Theme) -> AnnotationStyle {
        let size = theme.chartLabelSize
        return AnnotationStyle(font: theme.font(size), color: theme.mutedText, lineHeight: (size * 1.3).rounded(),
                               leaderColor: theme.mutedText, gap: 10)
    }
}
