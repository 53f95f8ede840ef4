import Drawing

/// Lays a ``BarChart`` out as a ``Frame``: title block, legend, plot, annotations, notes and source.
///
/// Follows the graphics-desk rules in docs/chart-design.md: bars start at a zero line and
/// their lengths are proportional to values; labels go inside a bar only when they fit with
/// contrast; nothing overlaps and nothing leaves the frame. The same chart laid out at a report
/// column and at slide size keeps its text at its point size and adapts ticks and wrapping.
///
/// ```swift
/// let frame = BarChartLayout(theme: .standard, measurer: measurer).layout(chart, width: 475)
/// let slide = BarChartLayout(theme: .standard, measurer: measurer).layout(chart, width: 960, height: 540)
/// ```
public struct BarChartLayout {
    public let theme: Theme
    public let measurer: any TextMeasuring

    /// Creates a layout engine for one theme and measurer.
    public init(theme: Theme, measurer: any TextMeasuring) { self.theme = theme; self.measurer = measurer }

    /// Padding between a label and its bar end, in em of the label font.
    static let labelPaddingEm = 0.4
    /// Gap between the category label column and the bars.
    static let labelGap = 8.0
    /// Preferred bar thickness before the theme's bounds apply.
    static let preferredThickness = 18.0
    /// The category column takes at most this share of the width; longer labels wrap.
    static let maxLabelShare = 0.32

    /// The chart as a frame `width` points wide. With `height`, the plot fills it (slides);
    /// without, the height follows from the content. Content that cannot fit a given height
    /// makes the frame taller rather than overlap: callers compare `frame.size.height`.
    public func layout(_ chart: BarChart, width: Double, height: Double? = nil) -> Frame {
        laidOut(chart, width: width, height: height).frame
    }

    /// The chart laid out as ``layout(_:width:height:)`` does, with what the layout had to leave
    /// out or move (an annotation with no free place, a label with no room) for the author's warnings.
    public func laidOut(_ chart: BarChart, width: Double, height: Double? = nil) -> LaidOutFigure {
        layout(chart, width: width, height: height, sharedDomain: nil, showsLegend: true)
    }

    /// `noteRoom` is height kept free above the footer for annotations that found no place in the plot.
    func layout(_ chart: BarChart, width: Double, height: Double?, sharedDomain: (Double, Double)?, showsLegend: Bool,
                sharedColumnWidth: Double? = nil, noteRoom: Double = 0) -> LaidOutFigure {
        var items: [FrameItem] = []
        var notices: [LayoutNotice] = []
        var y = 0.0
        let chrome = ChartChrome(theme: theme, measurer: measurer)
        var subtitle = chart.subtitle ?? ""
        if chart.scale == .log { subtitle += subtitle.isEmpty ? chart.labels.logScale : " · \(chart.labels.logScale)" }
        let header = chrome.header(title: chart.title, subtitle: subtitle, width: width)
        items += header.items
        y = header.height

        // Legend: only when there is more than one series.
        if chart.series.count > 1 && showsLegend {
            let key = chrome.key(chart.series.map(\.name), colors: seriesColors(chart), width: width, at: y)
            items += key.items; y += key.height
        }

        // Footer first, so a fixed height knows what the plot may use.
        let footerBlocks = chrome.footer(note: chart.note, source: chart.source, labels: chart.labels, width: width)
        let footerHeight = ChartChrome.height(of: footerBlocks)

        // Plot.
        let available = height.map { max(0, $0 - y - footerHeight - noteRoom) }
        let plot = BarPlot(layout: self, chart: chart).layout(top: y, width: width, height: available, sharedDomain: sharedDomain,
                                                              sharedColumnWidth: sharedColumnWidth)
        items += plot.items
        notices += plot.notices
        // At a fixed height annotations may use all the room between the header and the footer.
        let area = available.map { Rect(x: 0, y: plot.area.minY, width: width, height: max($0, plot.area.height)) } ?? plot.area
        let (annotationItems, unplaced) = placeAnnotations(chart, plot: plot, area: area)
        items += annotationItems
        notices += unplaced.map { LayoutNotice(.annotationAsNote, $0) }
        y = plot.bottom

        // An annotation that found no free place is kept as a note, never drawn over data.
        let extra = unplaced.isEmpty ? [] : ["※ " + unplaced.joined(separator: " · ")]
        let blocks = chrome.footer(note: chart.note, source: chart.source, labels: chart.labels, width: width, extra: extra)
        if let height, !unplaced.isEmpty, noteRoom == 0 {
            // At a fixed height the plot took the room the note now needs: lay out again with it kept free.
            return layout(chart, width: width, height: height, sharedDomain: sharedDomain, showsLegend: showsLegend,
                          sharedColumnWidth: sharedColumnWidth, noteRoom: ChartChrome.height(of: blocks) - footerHeight)
        }
        return LaidOutFigure(frame: chrome.finish(items, footer: blocks, from: y, width: width, height: height), notices: notices)
    }

    // MARK: - Shared pieces

    func style(_ size: Double, _ weight: Font.Weight = .regular, color: Color? = nil) -> TextStyle {
        TextStyle(font: theme.font(size, weight), color: color ?? theme.text)
    }

    /// Series colours: the accent for one series, the palette for several.
    func seriesColors(_ chart: BarChart) -> [Color] {
        chart.series.indices.map { theme.seriesColor($0, of: chart.series.count) }
    }

    /// The fill of one bar: muted unless its category is highlighted (when any is).
    func fill(_ chart: BarChart, category: String, series: Int) -> Color {
        let base = seriesColors(chart)[series]
        guard !chart.highlight.isEmpty, !chart.highlight.contains(category) else { return base }
        return chart.series.count == 1 ? theme.mutedBar : base.mixed(with: theme.background, amount: 0.63)
    }

    /// White or the text colour, whichever contrasts more with the bar (WCAG); nil when neither reaches 4.5:1.
    func insideLabelColor(on fill: Color) -> Color? {
        let white = fill.contrastRatio(with: .white), dark = fill.contrastRatio(with: theme.text)
        let best = white >= dark ? Color.white : theme.text
        return max(white, dark) >= 4.5 ? best : nil
    }

    /// The category label column a horizontal chart needs at `width` (shared by small-multiple panels).
    func categoryColumnWidth(_ chart: BarChart, width: Double) -> Double {
        let font = theme.font(theme.chartLabelSize), bold = theme.font(theme.chartLabelSize, .bold)
        let widest = chart.categories.map { measurer.width(of: $0, font: chart.highlight.contains($0) ? bold : font) }.max() ?? 0
        return min(widest, width * Self.maxLabelShare)
    }

    /// Tick labels: shares as percentages in 100 % layouts, else the value format made compact.
    func tickFormat(_ chart: BarChart, ticks: [Double], step: Double?) -> NumberFormat {
        if chart.layout == .percent {
            return .percent(decimals: step.map { LinearScale.decimals(forStep: $0 * 100) } ?? 0)
        }
        return chart.valueFormat.axisFormat(ticks: ticks, step: step)
    }

    /// The tick labels, one per tick. Log ticks have no common step: each power of ten gets the
    /// decimals it needs, so 0.01 and 0.1 do not both read "0".
    func tickLabels(_ chart: BarChart, ticks: [Double], step: Double?) -> [String] {
        guard chart.scale == .log else {
            let format = tickFormat(chart, ticks: ticks, step: step)
            return ticks.map { format.format($0) }
        }
        return ticks.map { chart.valueFormat.axisFormat(ticks: ticks, step: $0).format($0) }
    }

    /// The value scale over `range`, niced at its far end when an axis is drawn.
    func valueScale(_ chart: BarChart, lower: Double, upper: Double, range: (Double, Double), axisLength: Double) -> ValueScale {
        switch chart.scale {
        case .log:
            let s = LogScale(domain: (lower, upper), range: range)
            return .log(chart.valueAxis ? s.nice() : s)
        case .linear:
            let s = LinearScale(domain: (lower, upper), range: range)
            return .linear(chart.valueAxis ? s.nice(count: ValueScale.tickCount(length: axisLength)) : s)
        }
    }
}

/// What a plot produced: its items, the boxes it occupies, where each bar is, and its extent.
struct PlotResult {
    var items: [FrameItem]
    var occupied: OccupiedBoxes
    /// The bars in drawing order, for annotations.
    var bars: [PlottedBar]
    /// Lines annotations must not cross: the zero line and reference lines.
    var segments: [Segment]
    var area: Rect
    var bottom: Double
    /// What the plot left out or shortened.
    var notices: [LayoutNotice] = []
}

/// A drawn bar, as annotations see it: which category and series, where, which way its value end faces, and its value label.
struct PlottedBar {
    let category: String
    let series: Int
    let rect: Rect
    let end: AnnotationTarget.Side
    /// The value label's box when it stands outside the bar.
    var label: Rect? = nil
}
