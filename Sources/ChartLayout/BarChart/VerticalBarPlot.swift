import Drawing

/// Vertical bars (columns): categories along the bottom, values growing upwards from a zero line.
struct VerticalBarPlot {
    let layout: BarChartLayout
    let chart: BarChart

    private var theme: Theme { layout.theme }
    private var measurer: any TextMeasuring { layout.measurer }

    /// Plot height when the caller leaves it open: proportional to the width, within bounds.
    static func defaultHeight(width: Double) -> Double { min(max(width * 0.45, 160), 320) }

    func layout(top: Double, width: Double, height: Double?, sharedDomain: (Double, Double)?) -> PlotResult {
        let basics = PlotBasics(layout: layout, chart: chart)
        let (marks, names, seriesCount) = (basics.marks, basics.names, basics.seriesCount)
        let n = names.count
        var occupied = OccupiedBoxes()
        guard n > 0 else { return PlotBasics.empty(top: top, width: width) }

        let text = ChartText(measurer: measurer)
        let layouter = TextLayouter(measurer: measurer)
        let (labelSize, labelFont, boldFont) = (basics.labelSize, basics.labelFont, basics.boldFont)
        let pad = basics.pad
        let metrics = measurer.metrics(of: labelFont)
        let isHighlighted = names.map { chart.highlight.contains($0) }
        func labelFontFor(_ m: BarMark) -> Font { isHighlighted[m.category] ? boldFont : labelFont }
        let stacked = chart.layout != .grouped || seriesCount == 1
        let lower = sharedDomain?.0 ?? marks.lower, upper = sharedDomain?.1 ?? marks.upper

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
        let plotLeft = gutter, plotRight = width
        let step = (plotRight - plotLeft) / Double(n)
        let groupGap = 1.0
        let barWidth = min(step * theme.barFill, stacked ? 60 : 60 * Double(seriesCount))
        let seriesWidth = stacked ? barWidth : (barWidth - Double(seriesCount - 1) * groupGap) / Double(seriesCount)

        // Category labels under each column, wrapped to the band (never rotated), at most two lines.
        // A band narrower than one character labels only every `labelEvery`-th column, each label wrapped to
        // the bands up to the next labelled one (and to the frame), so labels neither overlap nor leave it.
        let labelEvery = step - 4 >= labelSize ? 1 : step > 0 ? Int(min(Double(n), ((labelSize + 4) / step).rounded(.up))) : n
        func labelWidth(_ slot: Int) -> Double {
            let centre = plotLeft + step * (Double(slot) + 0.5)
            return min(step * Double(labelEvery) - 4, 2 * centre, 2 * (width - centre))
        }
        let blocks = zip(names, isHighlighted).enumerated().map { slot, label in
            // A column at the frame's edge with no room for one character goes unlabelled.
            layouter.layout([TextSpan(slot % labelEvery == 0 && labelWidth(slot) >= labelSize ? label.0 : "",
                                      style: TextStyle(font: label.1 ? boldFont : labelFont, color: theme.text))],
                            width: labelWidth(slot), style: ParagraphStyle(lineHeight: (labelSize * 1.25).rounded(), alignment: .center, maxLines: 2))
        }
        let labelArea = (blocks.map(\.height).max() ?? 0) + 4
        let refLabelRoom = 0.0
        let plotHeight = max(60, (height.map { $0 - labelArea } ?? Self.defaultHeight(width: width)))
        let plotTop = top + refLabelRoom, plotBottom = plotTop + plotHeight

        // Room for value labels above positive columns and below negative ones.
        let labelled = chart.valueLabels && (stacked ? seriesCount == 1 : true)
        let labelWidths = marks.marks.map { measurer.width(of: $0.label, font: labelFontFor($0)) }
        let textHeight = metrics.ascent + metrics.descent
        let hasNegative = marks.marks.contains { $0.end < $0.start }
        // The top tick's label is centred on its gridline: leave it half a line above the plot, or it is dropped.
        let topRoom = labelled ? textHeight + pad : (chart.valueAxis ? textHeight / 2 : 0)
        let bottomRoom = labelled && hasNegative ? textHeight + pad : 0
        let scale = layout.valueScale(chart, lower: lower, upper: upper, range: (plotBottom - bottomRoom, plotTop + topRoom),
                                      axisLength: plotHeight - topRoom - bottomRoom)

        var items: [FrameItem] = []
        var bars: [BarKey: Rect] = [:]
        if chart.valueAxis {
            let length = plotHeight - topRoom - bottomRoom
            let ticks = scale.ticks(length: length)
            let tickLabels = layout.tickLabels(chart, ticks: ticks, step: scale.tickStep(length: length))
            for (t, tickLabel) in zip(ticks, tickLabels) {
                let y = scale.position(t)
                items.append(.path(PathItem(Path(line: Point(x: plotLeft, y: y), to: Point(x: plotRight, y: y)),
                                            stroke: Stroke(color: theme.grid, width: 0.5))))
                let label = text.line(tickLabel, style: TextStyle(font: labelFont, color: theme.mutedText),
                                      x: plotLeft - 6, baseline: text.centredBaseline(labelFont, on: y), anchor: .end)
                if !occupied.collides(label.bounds) && label.bounds.minY >= top { items.append(.text(label)); occupied.add(label.bounds) }
            }
        }

        let gridEnd = items.count
        // Inside only when every label fits its column; with few columns, all outside if any must be.
        let fits = zip(marks.marks, labelWidths).map { mark, w -> Bool in
            guard mark.value != nil else { return true }
            let length = abs(scale.position(mark.end) - scale.position(mark.start))
            return length >= textHeight + 2 * pad && w + 2 <= seriesWidth
        }
        let allOutside = fits.contains(false) && n * seriesCount <= 12
        var outsideLabels: [Rect] = []

        for (slot, name) in names.enumerated() {
            let bandLeft = plotLeft + step * Double(slot)
            let centre = bandLeft + step / 2
            let block = blocks[slot]
            let labelTop = plotBottom + 4
            items += block.items(at: Point(x: centre - labelWidth(slot) / 2, y: labelTop))
            for (i, mark) in marks.marks.enumerated() where mark.category == slot {
                let x0 = stacked ? centre - barWidth / 2 : centre - barWidth / 2 + Double(mark.series) * (seriesWidth + groupGap)
                let bandCentre = x0 + seriesWidth / 2
                guard mark.value != nil else {
                    // In a stack of several series a missing segment is just absent; only an empty stack says so, once.
                    // (The word is placed before later segments exist, so the collision test cannot catch this.)
                    let emptyStack = marks.marks.allSatisfy { $0.category != slot || $0.value == nil }
                    if stacked && seriesCount > 1 && !(emptyStack && mark.series == 0) { continue }
                    let word = text.line(chart.labels.notAvailable, style: TextStyle(font: labelFont, color: theme.mutedText),
                                         x: bandCentre, baseline: scale.baseline - pad - metrics.descent, anchor: .middle)
                    if !occupied.collides(word.bounds) { items.append(.text(word)); occupied.add(word.bounds) }
                    continue
                }
                var yTop = min(scale.position(mark.start), scale.position(mark.end))
                var yBottom = max(scale.position(mark.start), scale.position(mark.end))
                if chart.scale == .log { yBottom = scale.baseline; yTop = scale.position(mark.end) }
                if mark.end != mark.start && yBottom - yTop < 0.5 { if mark.end >= mark.start { yTop = yBottom - 0.5 } else { yBottom = yTop + 0.5 } }
                let rect = Rect(x: x0, y: yTop, width: seriesWidth, height: yBottom - yTop)
                let fill = layout.fill(chart, category: name, series: mark.series)
                items.append(.path(PathItem(Path(rect: rect), fill: fill)))
                occupied.add(rect)
                bars[BarKey(category: name, series: mark.series)] = rect
                guard labelled || (stacked && seriesCount > 1 && chart.valueLabels) else { continue }
                let negative = mark.end < mark.start
                let style = TextStyle(font: labelFontFor(mark), color: theme.text)
                if stacked && seriesCount > 1 {
                    // Stack segments: a label only inside, centred, when it fits.
                    if fits[i], let color = layout.insideLabelColor(on: fill) {
                        let line = text.line(mark.label, style: TextStyle(font: labelFontFor(mark), color: color), x: bandCentre,
                                             baseline: text.centredBaseline(labelFontFor(mark), on: rect.minY + rect.height / 2), anchor: .middle)
                        items.append(.text(line))
                    }
                } else if !fits[i] || allOutside {
                    let baseline = negative ? yBottom + pad + metrics.ascent : yTop - pad - metrics.descent
                    let line = text.clamped(text.line(mark.label, style: style, x: bandCentre, baseline: baseline, anchor: .middle),
                                            minX: 0, maxX: width)
                    // A label wider than its column can meet its neighbour's; drop it rather than print one over the other.
                    if outsideLabels.contains(where: { $0.intersects(line.bounds) }) { continue }
                    items.append(.text(line)); occupied.add(line.bounds); outsideLabels.append(line.bounds)
                } else if let color = layout.insideLabelColor(on: fill) {
                    let baseline = negative ? yBottom - pad - metrics.descent : yTop + pad + metrics.ascent
                    items.append(.text(text.line(mark.label, style: TextStyle(font: labelFontFor(mark), color: color),
                                                 x: bandCentre, baseline: baseline, anchor: .middle)))
                }
            }
        }
        // Category label boxes join the occupied set after the bars so annotations avoid them too.
        for item in items { if case .text(let l) = item, l.baseline.y > plotBottom { occupied.add(l.bounds) } }

        let zeroY = scale.baseline
        items.append(.path(PathItem(Path(line: Point(x: plotLeft, y: zeroY), to: Point(x: plotRight, y: zeroY)),
                                    stroke: Stroke(color: theme.rule, width: 0.75))))
        // Reference lines go under the columns so they never cross a value label.
        var references: [FrameItem] = []
        for ref in chart.referenceLines {
            let y = scale.position(ref.value)
            guard y >= plotTop - 0.5 && y <= plotBottom + 0.5 else { continue }
            references.append(.path(PathItem(Path(line: Point(x: plotLeft, y: y), to: Point(x: plotRight, y: y)),
                                             stroke: Stroke(color: theme.text, width: 0.75, dash: [3, 2]))))
            let label = text.line(ref.label, style: TextStyle(font: labelFont, color: theme.text), x: plotRight,
                                  baseline: y - 3 - metrics.descent, anchor: .end)
            if !occupied.collides(label.bounds) { items.append(.text(label)); occupied.add(label.bounds) }
        }
        items.insert(contentsOf: references, at: gridEnd)
        let bottom = plotBottom + labelArea
        return PlotResult(items: items, occupied: occupied, bars: bars,
                          area: Rect(x: 0, y: top, width: width, height: bottom - top), bottom: bottom)
    }
}
