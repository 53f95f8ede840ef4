import Drawing

/// Something a figure's layout left out or changed so that its marks and words stay apart, which
/// the author must hear of: nothing disappears from a chart without a word.
///
/// ```swift
/// let result = BarChartLayout(theme: .standard, measurer: measurer).laidOut(chart, width: 475)
/// for notice in result.notices { print(notice.kind, notice.text) }
/// ```
public struct LayoutNotice: Hashable, Sendable {
    /// What happened to the text.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// A label (a map's place name, a reference line's label, a category's name) found no free place and was left out.
        case droppedLabel
        /// An annotation found no free place near its target and was printed under the chart as a note.
        case annotationAsNote
        /// A label was cut short to fit its room; ``LayoutNotice/shown`` is what was printed.
        case shortenedLabel
    }

    public var kind: Kind
    /// The label or annotation as written.
    public var text: String
    /// What was printed instead, for a shortened label.
    public var shown: String?

    /// Creates a notice.
    public init(_ kind: Kind, _ text: String, shown: String? = nil) { self.kind = kind; self.text = text; self.shown = shown }
}

/// A laid-out figure and what its layout had to leave out or change.
public struct LaidOutFigure: Equatable, Sendable {
    public var frame: Frame
    /// In the order the layout met them.
    public var notices: [LayoutNotice]

    /// Creates a result.
    public init(frame: Frame, notices: [LayoutNotice] = []) { self.frame = frame; self.notices = notices }
}
