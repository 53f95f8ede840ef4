import Drawing

extension BarPlot {
    /// Vertical bars (columns): categories along the bottom, values growing upwards from the zero
    /// line; tick labels in a gutter on the left, reference labels at the right end of their line.
    struct Vertical: Side {
        let geometry: Geometry
        let notices: [LayoutNotice]
        /// Reference labels sit on their lines: the lines stop at the plot's edge.
        let referenceOverhang = 0.0
        private let chart: BarChart
        private let basics: PlotBasics
        private let theme: Theme
        private let text: ChartText
        private let metrics: FontMetrics
        /// The category labels in display order, each wrapped to `categoryWidths[slot]` and centred under its column.
        private let blocks: [TextBlock]
        private let categoryWidths: [Double]
        private let top: Double, width: Double
        /// The bottom of the value axis, where the category labels start.
        private let plotBottom: Double

        /// The widest column.
        static let widestColumn = 60.0

        /// Plot height when the caller leaves it open: proportional to the width, within bounds.
        static func defaultHeight(width: Double) -> Double { min(max(width * 0.45, 160), 320) }

        init(layout: BarChartLayout, chart: BarChart, basics: PlotBasics, domain: (Double, Double), top: Double, width: Double,
             height: Double?) {
            let (theme, measurer) = (layout.theme, layout.measurer)
            let (seriesCount, n, labelSize, labelFont) = (basics.seriesCount, basics.names.count, basics.labelSize, basics.labelFont)
            let (stacked, pad) = (basics.stacked, basics.pad)
            let metrics = measurer.metrics(of: labelFont)
            let layouter = TextLayouter(measurer: measurer)
            let (lower, upper) = domain

            // Value axis gutter on the left: as wide as the widest tick label.
            let plotHeightGuess = height ?? Self.defaultHeight(width: width)
            var gutter = 0.0
            if chart.valueAxis {
                let probe = layout.valueScale(chart, lower: lower, upper: upper, range: (plotHeightGuess, 0), axisLength: plotHeightGuess)
                let ticks = probe.ticks(length: plotHeightGuess)
                let labels = layout.tickLabels(chart, ticks: ticks, step: probe.tickStep(length: plotHeightGuess))
                // Capped: tick labels of absurd values (1e120 written out) must still leave the columns room.
                gutter = min((labels.map { measurer.width(of: $0, font: labelFont) }.max() ?? 0) + 6, width / 2)
            }
            // Align 0: what rounding leaves of the width goes after the last column, so the first starts exactly at the gutter.
            let bands = BandScale(domain: basics.slots, range: (gutter, width), align: 0)
            let step = bands.step
            // A column is at most 60 pt wide; side by side, each at most 1.5 × the theme's thickest bar (42 pt by
            // default), so a group of three reads as three columns rather than one slab.
            let sideBySide = Horizontal.slideThickness(theme) * Double(seriesCount) + Double(seriesCount - 1) * BarPlot.groupGap
            let barWidth = min(step * theme.barFill, stacked ? Self.widestColumn : min(Self.widestColumn * Double(seriesCount), sideBySide))
            let seriesWidth = stacked ? barWidth : (barWidth - Double(seriesCount - 1) * BarPlot.groupGap) / Double(seriesCount)

            let labels = ColumnLabels(layouter: layouter, basics: basics, theme: theme).choose(step: step, gutter: gutter, width: width)
            let (blocks, categoryWidths) = (labels.blocks, labels.widths)
            notices = labels.notices
            let labelArea = (blocks.map(\.height).max() ?? 0) + 4
            let plotHeight = max(60, (height.map { $0 - labelArea } ?? Self.defaultHeight(width: width)))
            let plotTop = top, plotBottom = plotTop + plotHeight

            // Room for value labels above positive columns and below negative ones.
            let marks = basics.marks.marks
            let labelled = chart.valueLabels && !basics.severalStacked
            let textHeight = metrics.ascent + metrics.descent
            let hasNegative = marks.contains { $0.end < $0.start }
            // The top tick's label is centred on its gridline: leave it half a line above the plot, or it is dropped.
            var topRoom = labelled ? textHeight + pad : (chart.valueAxis ? textHeight / 2 : 0)
            var bottomRoom = labelled && hasNegative ? textHeight + pad : 0
            var scale = layout.valueScale(chart, lower: lower, upper: upper, range: (plotBottom - bottomRoom, plotTop + topRoom),
                                          axisLength: plotHeight - topRoom - bottomRoom)
            // An annotation set above its column (below, for a negative one), after the value label, needs room too.
            let reach = layout.annotationReach(chart, marks: marks, names: basics.names, width: width)
            if reach.contains(where: { $0 > 0 }) {
                let extra = reach.map { $0 > 0 ? $0 + (labelled ? textHeight + pad : 0) : 0 }
                let (a, b) = (plotBottom - bottomRoom, plotTop + topRoom)
                let along = marks.map { a > b ? (a - scale.position($0.end)) / (a - b) : 0 }
                let up = marks.indices.map { marks[$0].end >= marks[$0].start && reach[$0] > 0 ? along[$0] : 0 }
                let down = marks.indices.map { marks[$0].end < marks[$0].start && reach[$0] > 0 ? 1 - along[$0] : 0 }
                topRoom = BarChartLayout.farEndRoom(fractions: up, extra: extra, span: a - plotTop, current: topRoom,
                                                   cap: BarChartLayout.annotationRoomCap)
                bottomRoom = BarChartLayout.farEndRoom(fractions: down, extra: extra, span: plotBottom - b, current: bottomRoom,
                                                      cap: BarChartLayout.annotationRoomCap)
                scale = layout.valueScale(chart, lower: lower, upper: upper, range: (plotBottom - bottomRoom, plotTop + topRoom),
                                          axisLength: plotHeight - topRoom - bottomRoom)
            }

            // Inside only when every label fits its column; with few columns, all outside if any must be.
            let fits = zip(marks, basics.labelWidths).map { mark, w -> Bool in
                guard mark.value != nil else { return true }
                let length = abs(scale.position(mark.end) - scale.position(mark.start))
                return length >= textHeight + 2 * pad && w + 2 <= seriesWidth
            }
            geometry = Geometry(bands: bands, barThickness: barWidth, seriesThickness: seriesWidth, scale: scale,
                                valueExtent: (plotTop, plotBottom), tickLength: plotHeight - topRoom - bottomRoom, fits: fits,
                                allOutside: Geometry.allOutside(fits: fits, bars: n * seriesCount), bottom: plotBottom + labelArea)
            self.chart = chart; self.basics = basics; self.theme = theme; self.metrics = metrics
            self.text = ChartText(measurer: measurer)
            self.blocks = blocks; self.categoryWidths = categoryWidths; self.top = top; self.width = width; self.plotBottom = plotBottom
        }

        func tickLabel(_ label: String, at y: Double, occupied: OccupiedBoxes) -> TextLine? {
            let line = text.line(label, style: TextStyle(font: basics.labelFont, color: theme.mutedText),
                                 x: geometry.bands.rangeStart - 6, baseline: text.centredBaseline(basics.labelFont, on: y), anchor: .end)
            return !occupied.collides(line.bounds) && line.bounds.minY >= top ? line : nil
        }

        func placeCategoryLabel(_ slot: Int, centre: Double, items: inout [FrameItem], occupied: inout OccupiedBoxes) {
            // Their boxes join the occupied set in `finishBars`, once the bars are placed.
            items += blocks[slot].items(at: Point(x: centre - categoryWidths[slot] / 2, y: plotBottom + 4))
        }

        func missingLabel(at bandCentre: Double, occupied: OccupiedBoxes) -> TextLine? {
            let word = text.line(chart.labels.notAvailable, style: TextStyle(font: basics.labelFont, color: theme.mutedText),
                                 x: bandCentre, baseline: geometry.scale.baseline - basics.pad - metrics.descent, anchor: .middle)
            return occupied.collides(word.bounds) ? nil : word
        }

        func segmentLabel(_ bar: Bar, color: Color) -> TextLine {
            let font = basics.font(for: bar.mark)
            return text.line(bar.mark.label, style: TextStyle(font: font, color: color), x: bar.bandCentre,
                             baseline: text.centredBaseline(font, on: bar.rect.minY + bar.rect.height / 2), anchor: .middle)
        }

        func outsideLabel(_ bar: Bar, clearOf placed: [Rect]) -> TextLine? {
            let baseline = bar.isNegative ? bar.low + basics.pad + metrics.ascent : bar.high - basics.pad - metrics.descent
            let line = text.clamped(text.line(bar.mark.label, style: TextStyle(font: basics.font(for: bar.mark), color: theme.text),
                                              x: bar.bandCentre, baseline: baseline, anchor: .middle), minX: 0, maxX: width)
            // A label wider than its column can meet its neighbour's; drop it rather than print one over the other.
            return placed.contains { $0.intersects(line.bounds) } ? nil : line
        }

        func insideLabel(_ bar: Bar, color: Color) -> TextLine {
            let baseline = bar.isNegative ? bar.low - basics.pad - metrics.descent : bar.high + basics.pad + metrics.ascent
            return text.line(bar.mark.label, style: TextStyle(font: basics.font(for: bar.mark), color: color),
                             x: bar.bandCentre, baseline: baseline, anchor: .middle)
        }

        func finishBars(_ items: [FrameItem], occupied: inout OccupiedBoxes) {
            // Category label boxes join the occupied set after the bars so annotations avoid them too.
            for item in items { if case .text(let l) = item, l.baseline.y > plotBottom { occupied.add(l.bounds) } }
        }

        func referenceLabels(_ label: String, at y: Double) -> [TextLine] {
            // At the line's right end above it, else below it, else at its left end above, then below.
            let style = TextStyle(font: basics.labelFont, color: theme.text)
            let above = y - 3 - metrics.descent, below = y + 3 + metrics.ascent
            let (start, end) = (geometry.bands.rangeStart, geometry.bands.rangeEnd)
            return [(end, above, ChartText.Anchor.end), (end, below, .end), (start, above, .start), (start, below, .start)].map { x, baseline, anchor in
                text.clamped(text.line(label, style: style, x: x, baseline: baseline, anchor: anchor), minX: 0, maxX: width)
            }
        }
    }
}
