import Drawing

/// Lays a ``LineChart`` out as a ``Frame``: title block, the plot with its time axis, lines or
/// stacked areas labelled at their ends, reference lines, shaded periods and annotations with
/// leaders, then notes and source.
///
/// Follows docs/chart-design.md: the value axis is labelled and starts at zero for areas (for
/// lines when the data lie near it); up to six series are named at their line ends instead of in
/// a key; with a highlight, the other series are grey and drawn beneath; a missing value breaks
/// the line; nothing overlaps and nothing leaves the frame, and what cannot be placed is noticed.
///
/// ```swift
/// let result = LineChartLayout(theme: .standard, measurer: measurer).laidOut(chart, width: 475)
/// let slide = LineChartLayout(theme: .standard, measurer: measurer).layout(chart, width: 912, height: 492)
/// ```
public struct LineChartLayout {
    public let theme: Theme
    public let measurer: any TextMeasuring

    /// Creates a layout engine for one theme and measurer.
    public init(theme: Theme, measurer: any TextMeasuring) { self.theme = theme; self.measurer = measurer }

    /// The most series named at their line ends; more get a key above the plot.
    public static let maxDirectLabels = 6
    /// Stroke widths: a coloured line, a highlighted one, a grey one.
    static let lineWidth = 2.0, highlightWidth = 2.5, mutedWidth = 1.25
    static let markerRadius = 2.5
    /// Space between a line's end and its label.
    static let endLabelGap = 6.0
    /// End labels take at most this share of the width; longer names send the chart to a key.
    static let maxEndLabelShare = 0.3

    /// The chart as a frame `width` points wide; with `height`, the plot fills it (slides).
    public func layout(_ chart: LineChart, width: Double, height: Double? = nil) -> Frame {
        laidOut(chart, width: width, height: height).frame
    }

    /// The chart laid out, with what had to be left out or moved (a label with no free place, an
    /// annotation kept as a note).
    public func laidOut(_ chart: LineChart, width: Double, height: Double? = nil) -> LaidOutFigure {
        laidOut(chart, width: width, height: height, noteRoom: 0)
    }

    private func laidOut(_ chart: LineChart, width: Double, height: Double?, noteRoom: Double) -> LaidOutFigure {
        let chrome = ChartChrome(theme: theme, measurer: measurer)
        var subtitle = chart.subtitle ?? ""
        if chart.scale == .log { subtitle += subtitle.isEmpty ? chart.labels.logScale : " · \(chart.labels.logScale)" }
        var (items, y) = chrome.header(title: chart.title, subtitle: subtitle, width: width)
        let colors = seriesColors(chart)
        let direct = directLabels(chart, width: width)
        if direct.isEmpty && chart.series.count > 1 {
            let key = chrome.key(chart.series.map(\.name), colors: colors, width: width, at: y)
            items += key.items; y += key.height
        }
        let footer = chrome.footer(note: chart.note, source: chart.source, labels: chart.labels, width: width)
        let available = height.map { max(0, $0 - y - ChartChrome.height(of: footer) - noteRoom) }
        var plot = LinePlot(layout: self, chart: chart, colors: colors, directLabels: direct)
        let drawn = plot.draw(top: y, width: width, height: available)
        items += drawn.items
        var notices = drawn.notices
        var extra: [String] = []
        if !drawn.unplaced.isEmpty {
            extra = ["※ " + drawn.unplaced.joined(separator: " · ")]
            notices += drawn.unplaced.map { LayoutNotice(.annotationAsNote, $0) }
        }
        let blocks = chrome.footer(note: chart.note, source: chart.source, labels: chart.labels, width: width, extra: extra)
        if let height, !extra.isEmpty, noteRoom == 0 {
            // At a fixed height the plot took the room the note needs: lay out again with it kept free.
            return laidOut(chart, width: width, height: height, noteRoom: ChartChrome.height(of: blocks) - ChartChrome.height(of: footer))
        }
        return LaidOutFigure(frame: chrome.finish(items, footer: blocks, from: drawn.bottom, width: width, height: height), notices: notices)
    }

    /// Series colours: the palette (the accent alone for one series). With a highlight, the
    /// highlighted lines take the palette in their own order, so one highlighted line is in the
    /// accent, and the rest are grey (stacked areas: their colours faded).
    func seriesColors(_ chart: LineChart) -> [Color] {
        let highlighted = chart.series.indices.filter { chart.highlight.contains(chart.series[$0].name) }
        return chart.series.indices.map { s in
            guard !chart.highlight.isEmpty, !chart.isStacked else {
                let base = theme.seriesColor(s, of: chart.series.count)
                return chart.highlight.isEmpty || chart.highlight.contains(chart.series[s].name) ? base : base.mixed(with: theme.background, amount: 0.63)
            }
            guard let rank = highlighted.firstIndex(of: s) else { return theme.mutedBar }
            return theme.seriesColor(rank, of: highlighted.count)
        }
    }

    /// The series named at their ends: every series, up to six; with a highlight, only the
    /// highlighted lines (up to six), the grey ones being the background they stand out from.
    /// Empty when the names would not fit the margin, and the chart takes a key instead.
    func directLabels(_ chart: LineChart, width: Double) -> Set<Int> {
        let lines = !chart.highlight.isEmpty && !chart.isStacked
        let named = chart.series.indices.filter { !lines || chart.highlight.contains(chart.series[$0].name) }
        guard named.count <= Self.maxDirectLabels else { return [] }
        let font = theme.font(theme.chartLabelSize, .bold)
        let widest = named.map { measurer.width(of: chart.series[$0].name, font: font) }.max() ?? 0
        return widest + Self.endLabelGap <= width * Self.maxEndLabelShare ? Set(named) : []
    }
}
