import Drawing

extension BarPlot {
    /// Horizontal bars: categories down the left in a label column, values growing rightwards
    /// from the zero line; tick labels under the rows, reference labels above them.
    struct Horizontal: Side {
        let geometry: Geometry
        let notices: [LayoutNotice]
        /// Reference lines reach up towards their labels above the rows.
        let referenceOverhang = 2.0
        private let chart: BarChart
        private let basics: PlotBasics
        private let theme: Theme
        private let measurer: any TextMeasuring
        private let text: ChartText
        /// The category labels, right-aligned in the label column, in display order.
        private let blocks: [TextBlock]
        private let top: Double, width: Double
        /// Where the value axis ends: the frame's right edge, less half the widest edge stroke.
        private let plotRight: Double

        init(layout: BarChartLayout, chart: BarChart, basics: PlotBasics, domain: (Double, Double), top: Double, width: Double,
             height: Double?, sharedColumnWidth: Double?) {
            let (theme, measurer) = (layout.theme, layout.measurer)
            let (names, seriesCount, n) = (basics.names, basics.seriesCount, basics.names.count)
            let (labelFont, boldFont, stacked) = (basics.labelFont, basics.boldFont, basics.stacked)
            let layouter = TextLayouter(measurer: measurer)

            // Category column: as wide as the widest label, capped; longer labels wrap to 2 lines.
            let widest = zip(names, basics.isHighlighted).map { measurer.width(of: $0, font: $1 ? boldFont : labelFont) }.max() ?? 0
            let columnWidth = sharedColumnWidth ?? min(widest, width * BarChartLayout.maxLabelShare)
            // Two lines, or three rather than cut one short; a label still cut is reported with what it shows.
            func labelBlocks(maxLines: Int) -> [TextBlock] {
                zip(names, basics.isHighlighted).map { name, bold in
                    layouter.layout([TextSpan(name, style: TextStyle(font: bold ? boldFont : labelFont, color: theme.text))], width: columnWidth,
                                    style: ParagraphStyle(lineHeight: (basics.labelSize * 1.25).rounded(), alignment: .right, maxLines: maxLines))
                }
            }
            var blocks = labelBlocks(maxLines: 2)
            if blocks.contains(where: \.truncated) {
                // A label cut even at three lines keeps two: taller rows would buy nothing.
                let three = labelBlocks(maxLines: 3)
                if !three.contains(where: \.truncated) { blocks = three }
            }
            notices = zip(names, blocks).filter { $0.1.truncated }.map { name, block in
                LayoutNotice(.shortenedLabel, name, shown: block.lines.map(\.text).joined(separator: " "))
            }

            // Rows: bar (or group of bars) thickness, then the row pitch.
            let refLabelRoom = chart.referenceLines.isEmpty ? 0 : basics.lineHeight
            let axisRoom = chart.valueAxis ? basics.lineHeight : 0
            var barThickness: Double
            var step: Double
            let minLabelRow = (blocks.map(\.height).max() ?? 0) + 4
            // Side by side, each bar is at least as thick as the labels beside it (values, the not-available word),
            // or labels of neighbouring bars in a group overlap.
            let labelHeight = measurer.metrics(of: labelFont).ascent + measurer.metrics(of: labelFont).descent
            let minSeriesThickness = chart.valueLabels ? max(7, labelHeight) : 7
            let minGroup = stacked ? 0 : Double(seriesCount) * minSeriesThickness + Double(seriesCount - 1) * BarPlot.groupGap
            var blockTop = top
            if let height {
                // A fixed height (a slide): bars grow with the room, up to 1.5 × the theme's thickest bar each (42 pt by
                // default), so three bars stay bars rather than slabs; the rows then spread, their gaps up to one bar, and what is still left is shared above and below the rows, so the plot sits in the middle of
                // the slide instead of leaving its lower half empty. The room below the rows is at least 1 pt (see
                // `bottom`): count it, or a slide grows a point too tall.
                let cap = Self.slideThickness(theme)
                let widestGroup = max(stacked ? cap : cap * Double(seriesCount) + Double(seriesCount - 1) * BarPlot.groupGap, minGroup)
                let available = height - refLabelRoom - max(axisRoom, 1)
                let filling = available / Double(n)
                barThickness = max(minGroup, min(widestGroup, filling * theme.barFill))
                step = max(minLabelRow, minGroup / theme.barFill, min(filling, barThickness / Self.loosestFill))
                barThickness = min(barThickness, step * theme.barFill)
                blockTop = top + max(0, ((available - step * Double(n)) / 2).rounded(.down))
            } else {
                barThickness = min(max(BarChartLayout.preferredThickness, theme.barThickness.lowerBound), theme.barThickness.upperBound)
                barThickness = max(barThickness, minGroup)
                step = max(barThickness / theme.barFill, minLabelRow)
            }
            let seriesThickness = stacked ? barThickness : (barThickness - Double(seriesCount - 1) * BarPlot.groupGap) / Double(seriesCount)
            let bands = BandScale(domain: basics.slots, start: blockTop + refLabelRoom, step: step)

            let plotLeft = columnWidth > 0 ? columnWidth + BarChartLayout.labelGap : 0
            // A gridline or reference line at the far end of the axis must keep its stroke inside the frame.
            let edgeStroke = max(chart.valueAxis ? BarPlot.gridWidth : 0, chart.referenceLines.isEmpty ? 0 : BarPlot.referenceWidth)
            let plotRight = width - edgeStroke / 2

            // Outside value labels, and annotations set against their bar's end, need room at the axis' ends:
            // reserve it, then place.
            let (lower, upper) = domain
            let marks = basics.marks.marks
            let unreserved = layout.valueScale(chart, lower: lower, upper: upper, range: (plotLeft, plotRight), axisLength: plotRight - plotLeft)
            let labelled = chart.valueLabels && !basics.severalStacked
            let reach = layout.annotationReach(chart, marks: marks, names: basics.names, width: width)
            let annotated = reach.contains { $0 > 0 }
            func fitting(_ scale: ValueScale) -> [Bool] {
                Self.fits(marks, basics.labelWidths, scale, basics.pad, seriesThickness, textHeight: theme.chartLabelSize * 1.2)
            }
            func reserved(_ fits: [Bool]) -> ValueScale {
                let allOutside = Geometry.allOutside(fits: fits, bars: n * seriesCount)
                let outside = marks.indices.map { labelled && marks[$0].value != nil && (allOutside || !fits[$0]) }
                func room(_ side: (BarMark) -> Bool) -> Double {
                    marks.indices.filter { outside[$0] && side(marks[$0]) }.map { basics.labelWidths[$0] + basics.pad }.max() ?? 0
                }
                let positive = { (m: BarMark) in m.end >= m.start }
                var right = room(positive), left = room { !positive($0) }
                if annotated {
                    // What beyond each annotated bar's end must fit: its outside label, then its note.
                    let extra = marks.indices.map { (outside[$0] ? basics.labelWidths[$0] + basics.pad : 0) + reach[$0] }
                    let (a, b) = (plotLeft + left, plotRight - right)
                    let probe = layout.valueScale(chart, lower: lower, upper: upper, range: (a, b), axisLength: b - a)
                    let along = marks.map { b > a ? (probe.position($0.end) - a) / (b - a) : 0 }
                    right = BarChartLayout.farEndRoom(fractions: marks.indices.map { positive(marks[$0]) && reach[$0] > 0 ? along[$0] : 0 },
                                                      extra: extra, span: plotRight - a, current: right, cap: BarChartLayout.annotationRoomCap)
                    left = BarChartLayout.farEndRoom(fractions: marks.indices.map { !positive(marks[$0]) && reach[$0] > 0 ? 1 - along[$0] : 0 },
                                                     extra: extra, span: b - plotLeft, current: left, cap: BarChartLayout.annotationRoomCap)
                }
                // With no positive value the zero line is the right edge: keep its stroke inside the frame.
                let rightEdge = upper <= 0 && lower < 0 ? max(right, BarPlot.zeroLineWidth / 2) : right
                return layout.valueScale(chart, lower: lower, upper: upper, range: (plotLeft + left, plotRight - rightEdge),
                                         axisLength: plotRight - plotLeft - left - right)
            }
            var fits = fitting(unreserved)
            var scale = labelled || annotated ? reserved(fits) : unreserved
            if annotated {
                // Bars shortened for a note may no longer hold their labels: those go outside, with room made for them.
                let refits = zip(fits, fitting(scale)).map { $0 && $1 }
                if refits != fits { fits = refits; scale = reserved(fits) }
            }
            let allOutside = Geometry.allOutside(fits: fits, bars: n * seriesCount)

            // A point below the rows keeps the zero line's stroke inside the frame.
            geometry = Geometry(bands: bands, barThickness: barThickness, seriesThickness: seriesThickness, scale: scale,
                                valueExtent: (plotLeft, plotRight), tickLength: plotRight - plotLeft, fits: fits, allOutside: allOutside,
                                bottom: bands.rangeEnd + max(axisRoom, 1))
            self.chart = chart; self.basics = basics; self.theme = theme; self.measurer = measurer
            self.text = ChartText(measurer: measurer)
            self.blocks = blocks; self.top = blockTop; self.width = width; self.plotRight = plotRight
        }

        /// The thickest a bar grows at a fixed height: 1.5 × the theme's thickest bar.
        static func slideThickness(_ theme: Theme) -> Double { 1.5 * theme.barThickness.upperBound }
        /// At a fixed height, rows spread until a bar fills this share of its row, no further.
        static let loosestFill = 0.5

        /// Whether each label fits inside its bar: long enough for it with padding, and thick enough for the text.
        private static func fits(_ marks: [BarMark], _ widths: [Double], _ scale: ValueScale, _ pad: Double,
                                 _ thickness: Double, textHeight: Double) -> [Bool] {
            zip(marks, widths).map { mark, w in
                guard mark.value != nil else { return true }
                let length = abs(scale.position(mark.end) - scale.position(mark.start))
                return !(length < w + 2 * pad || thickness < textHeight)
            }
        }

        func tickLabel(_ label: String, at x: Double, occupied: OccupiedBoxes) -> TextLine? {
            let line = text.clamped(text.line(label, style: TextStyle(font: basics.labelFont, color: theme.mutedText),
                                              x: x, baseline: geometry.bands.rangeEnd + basics.lineHeight * 0.75, anchor: .middle),
                                    minX: 0, maxX: width)
            return occupied.collides(line.bounds, margin: 2) ? nil : line
        }

        func placeCategoryLabel(_ slot: Int, centre: Double, items: inout [FrameItem], occupied: inout OccupiedBoxes) {
            let block = blocks[slot]
            items += block.items(at: Point(x: 0, y: centre - block.height / 2))
            block.lines.forEach { occupied.add($0.bounds.offsetBy(dx: 0, dy: centre - block.height / 2)) }
        }

        func missingLabel(at bandCentre: Double, occupied: OccupiedBoxes) -> TextLine? {
            // Without value labels, only a lone series marks a missing value.
            guard chart.valueLabels || basics.seriesCount == 1 else { return nil }
            // Right of the zero line, unless that is the frame's edge (no positive values).
            let w = measurer.width(of: chart.labels.notAvailable, font: basics.labelFont)
            let zero = geometry.scale.baseline
            let x = zero + basics.pad + w <= plotRight ? zero + basics.pad : zero - basics.pad - w
            return text.line(chart.labels.notAvailable, style: TextStyle(font: basics.labelFont, color: theme.mutedText),
                             x: x, baseline: text.centredBaseline(basics.labelFont, on: bandCentre))
        }

        func segmentLabel(_ bar: Bar, color: Color) -> TextLine {
            valueLabel(bar, color: color, x: (bar.low + bar.high - basics.labelWidths[bar.index]) / 2)
        }

        func outsideLabel(_ bar: Bar, clearOf placed: [Rect]) -> TextLine? {
            valueLabel(bar, color: theme.text, x: bar.isNegative ? bar.low - basics.pad - basics.labelWidths[bar.index] : bar.high + basics.pad)
        }

        func insideLabel(_ bar: Bar, color: Color) -> TextLine {
            valueLabel(bar, color: color, x: bar.isNegative ? bar.low + basics.pad : bar.high - basics.pad - basics.labelWidths[bar.index])
        }

        func finishBars(_ items: [FrameItem], occupied: inout OccupiedBoxes) {}

        func referenceLabels(_ label: String, at x: Double) -> [TextLine] {
            // Above the rows: centred on the line, else beside its top on the right, else on the left.
            let style = TextStyle(font: basics.labelFont, color: theme.text), baseline = top + basics.lineHeight * 0.7
            return [(x, ChartText.Anchor.middle), (x + 3, .start), (x - 3, .end)].map { x, anchor in
                text.clamped(text.line(label, style: style, x: x, baseline: baseline, anchor: anchor), minX: 0, maxX: width)
            }
        }

        /// A value label starting at `x`, centred on the bar across its band; its box takes the
        /// regular label font's ascent and descent, bold or not.
        private func valueLabel(_ bar: Bar, color: Color, x: Double) -> TextLine {
            let font = basics.font(for: bar.mark)
            let metrics = measurer.metrics(of: basics.labelFont)
            return TextLine(spans: [TextSpan(bar.mark.label, style: TextStyle(font: font, color: color))],
                            baseline: Point(x: x, y: text.centredBaseline(font, on: bar.bandCentre)), width: basics.labelWidths[bar.index],
                            ascent: metrics.ascent, descent: metrics.descent)
        }
    }
}
