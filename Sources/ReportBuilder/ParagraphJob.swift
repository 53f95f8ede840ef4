import ChartLayout
import Drawing

/// One body paragraph of a report as laying it out needs it, so the work can be done ahead of
/// the layout (by another thread, with a measurer of its own) and handed back by block index.
///
/// ```swift
/// for job in layout.paragraphJobs { ready[job.index] = job.layOut(with: ownMeasurer) }
/// let pages = try layout.pages(prelaid: { ready[$0] })
/// ```
public struct ParagraphJob: Sendable {
    /// The paragraph's place among the report's blocks.
    public let index: Int
    /// Its text with styles.
    public let spans: [TextSpan]
    /// The column width it is set in.
    public let width: Double
    /// Line height and alignment.
    public let style: ParagraphStyle

    /// A paragraph at block `index`, set at `width` in `style`.
    public init(index: Int, spans: [TextSpan], width: Double, style: ParagraphStyle) {
        self.index = index; self.spans = spans; self.width = width; self.style = style
    }

    /// The paragraph broken into lines by `measurer`: the lines the layout itself would make,
    /// given a measurer over the same fonts.
    public func layOut(with measurer: any TextMeasuring) -> TextBlock {
        TextLayouter(measurer: measurer).layout(spans, width: width, style: style)
    }
}
