import Drawing

/// What every bar plot starts from: categories in display order, their marks, and the label type.
struct PlotBasics {
    let order: [Int]
    let marks: BarMarks
    /// Category names in display order.
    let names: [String]
    let seriesCount: Int
    let labelSize: Double
    let labelFont: Font
    let boldFont: Font
    /// Space between a value label and its bar.
    let pad: Double
    /// Pitch of one line of labels (key, ticks, reference labels).
    let lineHeight: Double

    init(layout: BarChartLayout, chart: BarChart) {
        order = layout.order(chart)
        marks = BarMarks(chart: chart, order: order)
        names = order.map { chart.categories[$0] }
        seriesCount = max(1, chart.series.count)
        labelSize = layout.theme.chartLabelSize
        labelFont = layout.theme.font(labelSize)
        boldFont = layout.theme.font(labelSize, .bold)
        pad = labelSize * BarChartLayout.labelPaddingEm
        lineHeight = (labelSize * 1.6).rounded()
    }

    /// An empty plot at `top`, for a chart with no categories.
    static func empty(top: Double, width: Double) -> PlotResult {
        PlotResult(items: [], occupied: OccupiedBoxes(), bars: [:], area: Rect(x: 0, y: top, width: width, height: 0), bottom: top)
    }
}
