import Drawing

/// What every bar plot starts from: categories in display order, their marks, and the label type.
struct PlotBasics {
    let order: [Int]
    let marks: BarMarks
    /// Category names in display order.
    let names: [String]
    /// One band-scale key per category slot, "0", "1", …: names may repeat, and a band scale keeps one band per key.
    let slots: [String]
    /// Whether each category (in display order) is highlighted, its labels bold.
    let isHighlighted: [Bool]
    let seriesCount: Int
    /// Whether a category's series share one bar (stacked, or a single series) rather than standing side by side.
    let stacked: Bool
    let labelSize: Double
    let labelFont: Font
    let boldFont: Font
    /// The width of each mark's value label, in its own font.
    let labelWidths: [Double]
    /// Space between a value label and its bar.
    let pad: Double
    /// Pitch of one line of labels (key, ticks, reference labels).
    let lineHeight: Double

    init(layout: BarChartLayout, chart: BarChart) {
        order = chart.displayOrder
        marks = BarMarks(chart: chart, order: order)
        names = order.map { chart.categories[$0] }
        slots = names.indices.map(String.init)
        isHighlighted = names.map { chart.highlight.contains($0) }
        seriesCount = max(1, chart.series.count)
        stacked = chart.layout != .grouped || seriesCount == 1
        let labelSize = layout.theme.chartLabelSize
        let fonts = (regular: layout.theme.font(labelSize), bold: layout.theme.font(labelSize, .bold))
        let highlighted = isHighlighted
        labelWidths = marks.marks.map { layout.measurer.width(of: $0.label, font: highlighted[$0.category] ? fonts.bold : fonts.regular) }
        self.labelSize = labelSize
        labelFont = fonts.regular
        boldFont = fonts.bold
        pad = labelSize * BarChartLayout.labelPaddingEm
        lineHeight = (labelSize * 1.6).rounded()
    }

    /// Several series stacked in one bar: their segments are labelled inside or not at all.
    var severalStacked: Bool { stacked && seriesCount > 1 }

    /// The font of a mark's value label: bold in a highlighted category.
    func font(for mark: BarMark) -> Font { isHighlighted[mark.category] ? boldFont : labelFont }

    /// An empty plot at `top`, for a chart with no categories.
    static func empty(top: Double, width: Double) -> PlotResult {
        PlotResult(items: [], occupied: OccupiedBoxes(), bars: [], segments: [], area: Rect(x: 0, y: top, width: width, height: 0), bottom: top)
    }
}
