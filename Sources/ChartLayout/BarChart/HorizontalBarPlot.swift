import Drawing

/// Horizontal bars: categories down the left, values growing rightwards from a zero line.
struct HorizontalBarPlot {
    let layout: BarChartLayout
    let chart: BarChart

    /// Stroke width of the zero line.
    static let zeroLineWidth = 0.75
    /// Stroke width of the gridlines.
    static let gridWidth = 0.5
    /// Stroke width of reference lines.
    static let referenceWidth = 0.75

    private var theme: Theme { layout.theme }
    private var measurer: any TextMeasuring { layout.measurer }

    func layout(top: Double, width: Double, height: Double?, sharedDomain: (Double, Double)?, sharedColumnWidth: Double? = nil) -> PlotResult {
        let basics = PlotBasics(layout: layout, chart: chart)
        let (marks, names, seriesCount) = (basics.marks, basics.names, basics.seriesCount)
        let n = names.count
        var occupied = OccupiedBoxes()
        guard n > 0 else { return PlotBasics.empty(top: top, width: width) }

        let text = ChartText(measurer: measurer)
        let layouter = TextLayouter(measurer: measurer)
        let (labelSize, labelFont, boldFont) = (basics.labelSize, basics.labelFont, basics.boldFont)
        let (pad, lineHeight) = (basics.pad, basics.lineHeight)

        // Category column: as wide as the widest label, capped; longer labels wrap to 2 lines.
        let isHighlighted = names.map { chart.highlight.contains($0) }
        let widest = zip(names, isHighlighted).map { measurer.width(of: $0, font: $1 ? boldFont : labelFont) }.max() ?? 0
        let columnWidth = sharedColumnWidth ?? min(widest, width * BarChartLayout.maxLabelShare)
        let blocks = zip(names, isHighlighted).map { name, bold in
            layouter.layout([TextSpan(name, style: TextStyle(font: bold ? boldFont : labelFont, color: theme.text))],
                            width: columnWidth, style: ParagraphStyle(lineHeight: (labelSize * 1.25).rounded(), alignment: .right, maxLines: 2))
        }

        // Rows: bar (or group of bars) thickness, then the row pitch.
        let stacked = chart.layout != .grouped || seriesCount == 1
        let groupGap = 1.0
        let refLabelRoom = chart.referenceLines.isEmpty ? 0 : lineHeight
        let axisRoom = chart.valueAxis ? lineHeight : 0
        var barThickness: Double
        var step: Double
        let minLabelRow = (blocks.map(\.height).max() ?? 0) + 4
        // Side by side, each bar is at least as thick as the labels beside it (values, the not-available word),
        // or labels of neighbouring bars in a group overlap.
        let labelHeight = measurer.metrics(of: labelFont).ascent + measurer.metrics(of: labelFont).descent
        let minSeriesThickness = chart.valueLabels ? max(7, labelHeight) : 7
        let minGroup = stacked ? 0 : Double(seriesCount) * minSeriesThickness + Double(seriesCount - 1) * groupGap
        if let height {
            // Fill the height, but never past twice the theme's thickest bar: three bars on a slide stay bars, not slabs.
            // The room below the rows is at least 1 pt (see `bottom`): count it, or a slide grows a point too tall.
            let thickest = 2 * theme.barThickness.upperBound
            let widestStep = max((stacked ? thickest : thickest * Double(seriesCount)), minGroup) / theme.barFill
            step = max(minLabelRow, minGroup / theme.barFill, min(widestStep, (height - refLabelRoom - max(axisRoom, 1)) / Double(n)))
            barThickness = step * theme.barFill
        } else {
            barThickness = min(max(BarChartLayout.preferredThickness, theme.barThickness.lowerBound), theme.barThickness.upperBound)
            barThickness = max(barThickness, minGroup)
            step = max(barThickness / theme.barFill, minLabelRow)
        }
        let seriesThickness = stacked ? barThickness : (barThickness - Double(seriesCount - 1) * groupGap) / Double(seriesCount)

        let plotLeft = n > 0 && columnWidth > 0 ? columnWidth + BarChartLayout.labelGap : 0
        // A gridline or reference line at the far end of the axis must keep its stroke inside the frame.
        let edgeStroke = max(chart.valueAxis ? Self.gridWidth : 0, chart.referenceLines.isEmpty ? 0 : Self.referenceWidth)
        let plotRight = width - edgeStroke / 2
        let rowsTop = top + refLabelRoom
        let rowsBottom = rowsTop + step * Double(n)

        // Value labels that sit outside bars need room at the ends: reserve it, then place.
        let lower = sharedDomain?.0 ?? marks.lower, upper = sharedDomain?.1 ?? marks.upper
        let labelled = chart.valueLabels
        func labelFontFor(_ m: BarMark) -> Font { isHighlighted[m.category] ? boldFont : labelFont }
        let labelWidths = marks.marks.map { measurer.width(of: $0.label, font: labelFontFor($0)) }
        var scale = layout.valueScale(chart, lower: lower, upper: upper, range: (plotLeft, plotRight), axisLength: plotRight - plotLeft)
        var outside = outsidePlacement(marks.marks, labelWidths, scale, pad, seriesThickness, stacked: stacked)
        if labelled && !stacked || (labelled && seriesCount == 1) {
            if outside.contains(true) && n * seriesCount <= 12 { outside = marks.marks.map { $0.value != nil } }
            let right = zip(marks.marks, zip(labelWidths, outside)).filter { $0.1.1 && $0.0.end >= $0.0.start }.map { $0.1.0 + pad }.max() ?? 0
            let left = zip(marks.marks, zip(labelWidths, outside)).filter { $0.1.1 && $0.0.end < $0.0.start }.map { $0.1.0 + pad }.max() ?? 0
            // With no positive value the zero line is the right edge: keep its stroke inside the frame.
            let rightEdge = upper <= 0 && lower < 0 ? max(right, Self.zeroLineWidth / 2) : right
            scale = layout.valueScale(chart, lower: lower, upper: upper, range: (plotLeft + left, plotRight - rightEdge),
                                      axisLength: plotRight - plotLeft - left - right)
        }

        var items: [FrameItem] = []
        var bars: [BarKey: Rect] = [:]

        // Grid and tick labels first, under the bars.
        if chart.valueAxis {
            let length = plotRight - plotLeft
            let ticks = scale.ticks(length: length)
            let tickLabels = layout.tickLabels(chart, ticks: ticks, step: scale.tickStep(length: length))
            for (t, tickLabel) in zip(ticks, tickLabels) {
                let x = scale.position(t)
                items.append(.path(PathItem(Path(line: Point(x: x, y: rowsTop), to: Point(x: x, y: rowsBottom)),
                                            stroke: Stroke(color: theme.grid, width: Self.gridWidth))))
                let label = text.clamped(text.line(tickLabel, style: TextStyle(font: labelFont, color: theme.mutedText),
                                                   x: x, baseline: rowsBottom + lineHeight * 0.75, anchor: .middle),
                                         minX: 0, maxX: width)
                if !occupied.collides(label.bounds, margin: 2) { items.append(.text(label)); occupied.add(label.bounds) }
            }
        }

        let gridEnd = items.count
        let metrics = measurer.metrics(of: labelFont)
        for (slot, name) in names.enumerated() {
            let rowTop = rowsTop + step * Double(slot)
            let centre = rowTop + step / 2
            let block = blocks[slot]
            let blockItems = block.items(at: Point(x: 0, y: centre - block.height / 2))
            items += blockItems
            block.lines.forEach { occupied.add($0.bounds.offsetBy(dx: 0, dy: centre - block.height / 2)) }

            for (i, mark) in marks.marks.enumerated() where mark.category == slot {
                let y0 = stacked ? centre - barThickness / 2
                    : centre - barThickness / 2 + Double(mark.series) * (seriesThickness + groupGap)
                let bandCentre = y0 + seriesThickness / 2
                let baseline = text.centredBaseline(labelFontFor(mark), on: bandCentre)
                guard mark.value != nil else {
                    // In a stack a missing segment is just absent; the word would sit on the other segments.
                    // Only a stack with nothing in it says so, once.
                    let severalStacked = stacked && seriesCount > 1
                    let emptyStack = marks.marks.allSatisfy { $0.category != slot || $0.value == nil }
                    if (labelled || seriesCount == 1) && (!severalStacked || (emptyStack && mark.series == 0)) {
                        // Right of the zero line, unless that is the frame's edge (no positive values).
                        let w = measurer.width(of: chart.labels.notAvailable, font: labelFont)
                        let x = scale.baseline + pad + w <= plotRight ? scale.baseline + pad : scale.baseline - pad - w
                        let word = text.line(chart.labels.notAvailable, style: TextStyle(font: labelFont, color: theme.mutedText),
                                             x: x, baseline: text.centredBaseline(labelFont, on: bandCentre))
                        items.append(.text(word)); occupied.add(word.bounds)
                    }
                    continue
                }
                var x0 = min(scale.position(mark.start), scale.position(mark.end))
                var x1 = max(scale.position(mark.start), scale.position(mark.end))
                if chart.scale == .log { x0 = scale.baseline; x1 = scale.position(mark.end) }
                // Every non-zero value gets at least a hairline so it never reads as missing.
                if mark.end != mark.start && x1 - x0 < 0.5 { if mark.end >= mark.start { x1 = x0 + 0.5 } else { x0 = x1 - 0.5 } }
                let rect = Rect(x: x0, y: y0, width: x1 - x0, height: seriesThickness)
                let fill = layout.fill(chart, category: name, series: mark.series)
                items.append(.path(PathItem(Path(rect: rect), fill: fill)))
                occupied.add(rect)
                bars[BarKey(category: name, series: mark.series)] = rect
                guard labelled else { continue }
                let w = labelWidths[i]
                let negative = mark.end < mark.start
                if outside[i] && !(stacked && seriesCount > 1) {
                    let line = TextLine(spans: [TextSpan(mark.label, style: TextStyle(font: labelFontFor(mark), color: theme.text))],
                                        baseline: Point(x: negative ? x0 - pad - w : x1 + pad, y: baseline), width: w,
                                        ascent: metrics.ascent, descent: metrics.descent)
                    items.append(.text(line)); occupied.add(line.bounds)
                } else if !outside[i], let color = layout.insideLabelColor(on: fill) {
                    let x = stacked && seriesCount > 1 ? (x0 + x1 - w) / 2 : (negative ? x0 + pad : x1 - pad - w)
                    let line = TextLine(spans: [TextSpan(mark.label, style: TextStyle(font: labelFontFor(mark), color: color))],
                                        baseline: Point(x: x, y: baseline), width: w, ascent: metrics.ascent, descent: metrics.descent)
                    items.append(.text(line))
                }
            }
        }

        // The zero line, a step darker than the grid, over the bars' bases.
        let zeroX = scale.baseline
        items.append(.path(PathItem(Path(line: Point(x: zeroX, y: rowsTop), to: Point(x: zeroX, y: rowsBottom)),
                                    stroke: Stroke(color: theme.rule, width: Self.zeroLineWidth))))

        // Reference lines, under the bars so they never cross a value label; labelled above the rows.
        var references: [FrameItem] = []
        for ref in chart.referenceLines {
            let x = scale.position(ref.value)
            guard x >= plotLeft - 0.5 && x <= plotRight + 0.5 else { continue }
            references.append(.path(PathItem(Path(line: Point(x: x, y: rowsTop - 2), to: Point(x: x, y: rowsBottom)),
                                             stroke: Stroke(color: theme.text, width: Self.referenceWidth, dash: [3, 2]))))
            let label = text.clamped(text.line(ref.label, style: TextStyle(font: labelFont, color: theme.text), x: x,
                                               baseline: top + lineHeight * 0.7, anchor: .middle), minX: 0, maxX: width)
            if !occupied.collides(label.bounds) { items.append(.text(label)); occupied.add(label.bounds) }
        }
        items.insert(contentsOf: references, at: gridEnd)

        // A point below the rows keeps the zero line's stroke inside the frame.
        let bottom = rowsBottom + max(axisRoom, 1)
        return PlotResult(items: items, occupied: occupied, bars: bars,
                          area: Rect(x: 0, y: top, width: width, height: bottom - top), bottom: bottom)
    }

    /// Which labels must go outside their bar: too long to fit with padding (or too thin for the text).
    private func outsidePlacement(_ marks: [BarMark], _ widths: [Double], _ scale: ValueScale, _ pad: Double,
                                  _ thickness: Double, stacked: Bool) -> [Bool] {
        let textHeight = theme.chartLabelSize * 1.2
        return zip(marks, widths).map { mark, w in
            guard mark.value != nil else { return false }
            let length = abs(scale.position(mark.end) - scale.position(mark.start))
            return length < w + 2 * pad || thickness < textHeight
        }
    }
}
