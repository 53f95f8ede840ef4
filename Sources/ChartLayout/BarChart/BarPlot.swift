import Drawing

/// The plot of a bar chart, either way round: categories on bands across the plot, each bar
/// growing from one zero line along the value axis.
///
/// Gridlines, bars, the zero line and reference lines are drawn here once, in band and value
/// coordinates that the chart's orientation maps to the page. How the plot is sized and where its
/// labels go differ between horizontal bars and vertical columns: those pieces are its ``Side``.
struct BarPlot {
    let layout: BarChartLayout
    let chart: BarChart

    /// Stroke width of the zero line.
    static let zeroLineWidth = 0.75
    /// Stroke width of the gridlines.
    static let gridWidth = 0.5
    /// Stroke width of reference lines.
    static let referenceWidth = 0.75
    /// Space between the bars of a group.
    static let groupGap = 1.0

    /// The plot from `top`, `width` wide; with `height` it fills it (slides). Panels of small
    /// multiples pass their shared value domain and, for horizontal bars, their shared label column.
    func layout(top: Double, width: Double, height: Double?, sharedDomain: (Double, Double)?, sharedColumnWidth: Double? = nil) -> PlotResult {
        let basics = PlotBasics(layout: layout, chart: chart)
        guard !basics.names.isEmpty else { return PlotBasics.empty(top: top, width: width) }
        let domain = sharedDomain ?? (basics.marks.lower, basics.marks.upper)
        let side: any Side
        switch chart.orientation {
        case .horizontal:
            side = Horizontal(layout: layout, chart: chart, basics: basics, domain: domain, top: top, width: width, height: height,
                              sharedColumnWidth: sharedColumnWidth)
        case .vertical:
            side = Vertical(layout: layout, chart: chart, basics: basics, domain: domain, top: top, width: width, height: height)
        }
        return draw(side, basics: basics, top: top, width: width)
    }

    /// A straight path's pieces as segments, for annotations to keep clear of.
    static func segments(of path: Path) -> [Segment] {
        var points: [Point] = []
        for element in path.elements {
            if case .move(let p) = element { points.append(p) } else if case .line(let p) = element { points.append(p) }
        }
        return points.count < 2 ? [] : (1..<points.count).map { Segment(points[$0 - 1], points[$0]) }
    }

    private func draw(_ side: any Side, basics: PlotBasics, top: Double, width: Double) -> PlotResult {
        let geometry = side.geometry
        let (axes, scale, bands) = (chart.orientation, geometry.scale, geometry.bands)
        let theme = layout.theme
        var items: [FrameItem] = []
        var occupied = OccupiedBoxes()
        var plotted: [PlottedBar] = []

        // Grid and tick labels first, under the bars.
        if chart.valueAxis {
            let ticks = scale.ticks(length: geometry.tickLength)
            let tickLabels = layout.tickLabels(chart, ticks: ticks, step: scale.tickStep(length: geometry.tickLength))
            for (tick, tickLabel) in zip(ticks, tickLabels) {
                let position = scale.position(tick)
                items.append(.path(PathItem(axes.line(across: bands.rangeStart, bands.rangeEnd, at: position),
                                            stroke: Stroke(color: theme.grid, width: Self.gridWidth))))
                if let label = side.tickLabel(tickLabel, at: position, occupied: occupied) { items.append(.text(label)); occupied.add(label.bounds) }
            }
        }

        let gridEnd = items.count
        let marks = basics.marks.marks
        var outsideLabels: [Rect] = []
        for (slot, name) in basics.names.enumerated() {
            guard let centre = bands.center(at: slot) else { continue }
            side.placeCategoryLabel(slot, centre: centre, items: &items, occupied: &occupied)
            for (i, mark) in marks.enumerated() where mark.category == slot {
                let start = basics.stacked ? centre - geometry.barThickness / 2
                    : centre - geometry.barThickness / 2 + Double(mark.series) * (geometry.seriesThickness + Self.groupGap)
                let bandCentre = start + geometry.seriesThickness / 2
                guard mark.value != nil else {
                    // In a stack a missing segment is just absent; the word would sit on the other segments.
                    // Only a stack with nothing in it says so, once.
                    let emptyStack = marks.allSatisfy { $0.category != slot || $0.value == nil }
                    if !basics.severalStacked || (emptyStack && mark.series == 0), let word = side.missingLabel(at: bandCentre, occupied: occupied) {
                        items.append(.text(word)); occupied.add(word.bounds)
                    }
                    continue
                }
                var (low, high) = axes.ends(scale.position(mark.start), scale.position(mark.end))
                if chart.scale == .log { low = scale.baseline; high = scale.position(mark.end) }
                // Every non-zero value gets at least a hairline so it never reads as missing.
                if mark.end != mark.start && axes.length(from: low, to: high) < 0.5 {
                    if mark.end >= mark.start { high = axes.advance(low, by: 0.5) } else { low = axes.advance(high, by: -0.5) }
                }
                let rect = axes.rect(band: start, thickness: geometry.seriesThickness, low: low, high: high)
                let fill = layout.fill(chart, category: name, series: mark.series)
                items.append(.path(PathItem(Path(rect: rect), fill: fill)))
                occupied.add(rect)
                plotted.append(PlottedBar(category: name, series: mark.series, rect: rect, end: axes.endSide(negative: mark.end < mark.start)))
                guard chart.valueLabels else { continue }
                let bar = Bar(index: i, mark: mark, low: low, high: high, rect: rect, bandCentre: bandCentre)
                if basics.severalStacked {
                    // Stack segments: a label only inside, centred, when it fits.
                    if geometry.fits[i], let color = layout.insideLabelColor(on: fill) { items.append(.text(side.segmentLabel(bar, color: color))) }
                } else if !geometry.fits[i] || geometry.allOutside {
                    guard let label = side.outsideLabel(bar, clearOf: outsideLabels) else { continue }
                    items.append(.text(label)); occupied.add(label.bounds); outsideLabels.append(label.bounds)
                    plotted[plotted.count - 1].label = label.bounds
                } else if let color = layout.insideLabelColor(on: fill) {
                    items.append(.text(side.insideLabel(bar, color: color)))
                }
            }
        }
        side.finishBars(items, occupied: &occupied)

        // The zero line, a step darker than the grid, over the bars' bases.
        let zeroLine = axes.line(across: bands.rangeStart, bands.rangeEnd, at: scale.baseline)
        items.append(.path(PathItem(zeroLine, stroke: Stroke(color: theme.rule, width: Self.zeroLineWidth))))
        var segments = Self.segments(of: zeroLine)

        // Reference lines go under the bars so they never cross a value label. A label that a bar or
        // another label covers moves to the line's other places; with none free it is left out, and said so.
        var references: [FrameItem] = []
        var notices: [LayoutNotice] = []
        for ref in chart.referenceLines {
            let position = scale.position(ref.value)
            guard position >= geometry.valueExtent.start - 0.5 && position <= geometry.valueExtent.end + 0.5 else { continue }
            let line = axes.line(across: bands.rangeStart - side.referenceOverhang, bands.rangeEnd, at: position)
            references.append(.path(PathItem(line, stroke: Stroke(color: theme.text, width: Self.referenceWidth, dash: [3, 2]))))
            segments += Self.segments(of: line)
            // Within the plot, give or take the ascent of a label on its top line.
            let plotBox = Rect(x: 0, y: top - 2, width: width, height: geometry.bottom - top + 4)
            if let label = side.referenceLabels(ref.label, at: position).first(where: { plotBox.contains($0.bounds) && !occupied.collides($0.bounds) }) {
                items.append(.text(label)); occupied.add(label.bounds)
            } else {
                notices.append(LayoutNotice(.droppedLabel, ref.label))
            }
        }
        items.insert(contentsOf: references, at: gridEnd)

        return PlotResult(items: items, occupied: occupied, bars: plotted, segments: segments,
                          area: Rect(x: 0, y: top, width: width, height: geometry.bottom - top), bottom: geometry.bottom,
                          notices: notices + side.notices)
    }
}
