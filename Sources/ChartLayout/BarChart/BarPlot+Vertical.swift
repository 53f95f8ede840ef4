import Drawing

extension BarPlot {
    /// Vertical bars (columns): categories along the bottom, values growing upwards from the zero
    /// line; tick labels in a gutter on the left, reference labels at the right end of their line.
    struct Vertical: Side {
        let geometry: Geometry
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
            let barWidth = min(step * theme.barFill, stacked ? 60 : 60 * Double(seriesCount))
            let seriesWidth = stacked ? barWidth : (barWidth - Double(seriesCount - 1) * BarPlot.groupGap) / Double(seriesCount)

            // Category labels under each column, wrapped to the band (never rotated), at most two lines.
            // A band narrower than one character labels only every `labelEvery`-th column, each label wrapped to
            // the bands up to the next labelled one (and to the frame), so labels neither overlap nor leave it.
            let labelEvery = step - 4 >= labelSize ? 1 : step > 0 ? Int(min(Double(n), ((labelSize + 4) / step).rounded(.up))) : n
            let categoryWidths = (0..<n).map { slot in
                let centre = gutter + step * (Double(slot) + 0.5)
                return min(step * Double(labelEvery) - 4, 2 * centre, 2 * (width - centre))
            }
            let blocks = zip(basics.names, basics.isHighlighted).enumerated().map { slot, label in
                // A column at the frame's edge with no room for one character goes unlabelled.
                layouter.layout([TextSpan(slot % labelEvery == 0 && categoryWidths[slot] >= labelSize ? label.0 : "",
                                          style: TextStyle(font: label.1 ? basics.boldFont : labelFont, color: theme.text))],
                                width: categoryWidths[slot], style: ParagraphStyle(lineHeight: (labelSize * 1.25).rounded(), alignment: .center, maxLines: 2))
            }
            let labelArea = (blocks.map(\.height).max() ?? 0) + 4
            let plotHeight = max(60, (height.map { $0 - labelArea } ?? Self.defaultHeight(width: width)))
            let plotTop = top, plotBottom = plotTop + plotHeight

            // Room for value labels above positive columns and below negative ones.
            let marks = basics.marks.marks
            let labelled = chart.valueLabels && !basics.severalStacked
            let textHeight = metrics.ascent + metrics.descent
            let hasNegative = marks.contains { $0.end < $0.start }
            // The top tick's label is centred on its gridline: leave it half a line above the plot, or it is dropped.
            let topRoom = labelled ? textHeight + pad : (chart.valueAxis ? textHeight / 2 : 0)
            let bottomRoom = labelled && hasNegative ? textHeight + pad : 0
            let scale = layout.valueScale(chart, lower: lower, upper: upper, range: (plotBottom - bottomRoom, plotTop + topRoom),
                                          axisLength: plotHeight - topRoom - bottomRoom)

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

        func referenceLabel(_ label: String, at y: Double) -> TextLine {
            text.line(label, style: TextStyle(font: basics.labelFont, color: theme.text), x: geometry.bands.rangeEnd,
                      baseline: y - 3 - metrics.descent, anchor: .end)
        }
    }
}
