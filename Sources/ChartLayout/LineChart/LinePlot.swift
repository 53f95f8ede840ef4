#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Drawing

/// The plot of a line chart: shaded periods and gridlines under the data, the value axis on the
/// left, the time axis below, areas and lines with their end labels, reference lines and
/// annotations over them.
struct LinePlot {
    let layout: LineChartLayout
    let chart: LineChart
    let colors: [Color]
    /// The series named at their line ends.
    let directLabels: Set<Int>

    /// What the plot drew and what it could not place.
    struct Drawn {
        var items: [FrameItem]
        var notices: [LayoutNotice]
        /// Annotations with no free place, for the footer.
        var unplaced: [String]
        var bottom: Double
        /// The plot rectangle (inside the axes), the data points by series, and the boxes of every text drawn.
        var area: Rect
        var points: [[Point?]]
        var textBoxes: [Rect]
    }

    /// Height of the plot when the caller leaves it open: proportional to the width, within bounds.
    static func defaultHeight(width: Double) -> Double { min(max(width * 0.42, 150), 300) }

    mutating func draw(top: Double, width: Double, height: Double?) -> Drawn {
        let theme = layout.theme, measurer = layout.measurer
        let text = ChartText(measurer: measurer)
        let font = theme.font(theme.chartLabelSize), bold = theme.font(theme.chartLabelSize, .bold)
        let metrics = measurer.metrics(of: font)
        let textHeight = metrics.ascent + metrics.descent
        let lineHeight = (theme.chartLabelSize * 1.3).rounded()
        let values = LineValues(chart: chart)
        let xAxis = LineXAxis(chart: chart)
        let order = xAxis.order
        let count = chart.series.count
        var notices: [LayoutNotice] = []

        // End labels: each series' name (a lone series: its last value), at its last point.
        let last: [Int?] = (0..<count).map { s in order.last { values.bands[s][$0] != nil } }
        var endTexts: [String?] = (0..<count).map { s in
            guard directLabels.contains(s), let c = last[s] else { return nil }
            if count == 1 { return chart.value(s, c).map { chart.valueFormat.format($0) } }
            return chart.series[s].name
        }
        let endFonts = (0..<count).map { isHighlighted($0) || count == 1 ? bold : font }
        var endWidth = (0..<count).compactMap { s in endTexts[s].map { measurer.width(of: $0, font: endFonts[s]) } }.max() ?? 0
        // A lone series' last value written out past a third of the width (absurd magnitudes) is left to the axis.
        if endWidth + LineChartLayout.endLabelGap > width * LineChartLayout.maxEndLabelShare {
            notices += endTexts.compactMap { $0 }.map { LayoutNotice(.droppedLabel, $0) }
            endTexts = endTexts.map { _ in nil }; endWidth = 0
        }
        let rightRoom = endWidth > 0 ? endWidth + LineChartLayout.endLabelGap : LineChartLayout.markerRadius + 1

        // Vertical room: period labels above the plot, the top tick label's upper half, the time axis below.
        let topRoom = (chart.periods.isEmpty ? 0 : lineHeight) + textHeight / 2
        let korean = chart.labels.koreanDates
        func timeTicks(left: Double) -> [LineXAxis.Tick] {
            xAxis.ticks(length: max(1, width - rightRoom - left), measurer: measurer, font: font, korean: korean)
        }
        // The gutter and the ticks depend on each other: guess the gutter from a first value scale, then settle.
        let guessHeight = height.map { max(60, $0 - topRoom - 2 * lineHeight - 6) } ?? Self.defaultHeight(width: width)
        var gutter = gutterWidth(values: values, top: top + topRoom, bottom: top + topRoom + guessHeight, font: font, width: width)
        var ticks = timeTicks(left: gutter)
        let axisRoom = 5 + lineHeight * (ticks.contains { $0.year != nil } ? 2 : 1)
        let plotTop = top + topRoom
        let plotHeight = max(60, height.map { $0 - topRoom - axisRoom } ?? Self.defaultHeight(width: width))
        let plotBottom = plotTop + plotHeight
        let settled = gutterWidth(values: values, top: plotTop, bottom: plotBottom, font: font, width: width)
        if settled > gutter { gutter = settled; ticks = timeTicks(left: gutter) }

        let scale = valueScale(values: values, top: plotTop, bottom: plotBottom)
        let plotLeft = gutter, plotRight = width - rightRoom
        let xScale = LinearScale(domain: (xAxis.lower, xAxis.upper), range: (plotLeft, plotRight))
        func x(_ position: Double) -> Double { xAxis.upper > xAxis.lower ? xScale(position) : (plotLeft + plotRight) / 2 }
        let area = Rect(x: plotLeft, y: plotTop, width: max(0, plotRight - plotLeft), height: plotHeight)
        var items: [FrameItem] = []
        var boxes: [Rect] = []

        // Shaded periods, under everything, their labels above the plot.
        let shade = theme.grid.mixed(with: theme.background, amount: 0.45)
        for period in chart.periods {
            guard let from = position(of: period.from, in: xAxis), let to = position(of: period.to, in: xAxis) else { continue }
            var (a, b) = (x(min(from, to)), x(max(from, to)))
            if b - a < 3 { a -= 1.5; b += 1.5 }
            a = max(a, plotLeft); b = min(b, plotRight)
            guard b > a else { continue }
            items.append(.path(PathItem(Path(rect: Rect(x: a, y: plotTop, width: b - a, height: plotHeight)), fill: shade)))
            let label = text.clamped(text.line(period.label, style: TextStyle(font: font, color: theme.mutedText), x: a,
                                               baseline: top + metrics.ascent), minX: 0, maxX: width)
            if boxes.contains(where: { $0.intersects(label.bounds.insetBy(dx: -2, dy: 0)) }) {
                notices.append(LayoutNotice(.droppedLabel, period.label))
            } else {
                items.append(.text(label)); boxes.append(label.bounds)
            }
        }

        // Gridlines and value labels.
        let valueTicks = scale.ticks(length: plotHeight)
        for (tick, label) in zip(valueTicks, tickLabels(valueTicks, scale: scale, length: plotHeight)) {
            let y = scale.position(tick)
            items.append(.path(PathItem(Path(line: Point(x: plotLeft, y: y), to: Point(x: plotRight, y: y)),
                                        stroke: Stroke(color: theme.grid, width: 0.5))))
            let line = text.line(label, style: TextStyle(font: font, color: theme.mutedText), x: plotLeft - 6,
                                 baseline: text.centredBaseline(font, on: y), anchor: .end)
            if !boxes.contains(where: { $0.intersects(line.bounds) }) && line.bounds.minX >= -0.5 { items.append(.text(line)); boxes.append(line.bounds) }
        }
        // The zero line when zero is on the axis, else a hairline axis at the foot.
        let zeroShown: Bool = if case .linear(let s) = scale { min(s.domainStart, s.domainEnd) <= 0 && max(s.domainStart, s.domainEnd) >= 0 } else { false }
        let baseY = zeroShown ? scale.position(0) : plotBottom
        items.append(.path(PathItem(Path(line: Point(x: plotLeft, y: baseY), to: Point(x: plotRight, y: baseY)),
                                    stroke: Stroke(color: theme.rule, width: zeroShown ? 0.75 : 0.5))))

        // The time axis: a short tick under each labelled moment, its label, and the year where one starts.
        for tick in ticks {
            let tx = x(tick.position)
            items.append(.path(PathItem(Path(line: Point(x: tx, y: plotBottom), to: Point(x: tx, y: plotBottom + 4)),
                                        stroke: Stroke(color: theme.rule, width: 0.5))))
            for (i, word) in [tick.main, tick.year].enumerated() {
                guard let word else { continue }
                let line = text.clamped(text.line(word, style: TextStyle(font: i == 0 ? font : bold, color: theme.mutedText), x: tx,
                                                  baseline: plotBottom + 5 + metrics.ascent + Double(i) * lineHeight, anchor: .middle),
                                        minX: 0, maxX: width)
                items.append(.text(line)); boxes.append(line.bounds)
            }
        }

        // Data points, by series and category.
        var points: [[Point?]] = Array(repeating: Array(repeating: nil, count: chart.categories.count), count: count)
        var lows: [[Point?]] = points
        for s in 0..<count {
            for c in order {
                guard let band = values.bands[s][c] else { continue }
                let px = x(xAxis.positions[c])
                points[s][c] = Point(x: px, y: scale.position(band.high))
                lows[s][c] = Point(x: px, y: chart.isStacked ? scale.position(band.low) : baseY)
            }
        }

        // Reference lines under the data.
        var referenceLabels: [(label: String, y: Double)] = []
        for ref in chart.referenceLines {
            let y = scale.position(ref.value)
            guard y >= plotTop - 0.5 && y <= plotBottom + 0.5 else { continue }
            items.append(.path(PathItem(Path(line: Point(x: plotLeft, y: y), to: Point(x: plotRight, y: y)),
                                        stroke: Stroke(color: theme.text, width: 0.75, dash: [3, 2]))))
            referenceLabels.append((ref.label, y))
        }

        // Areas, then lines: grey series first, so the coloured ones stay on top.
        let drawOrder = (0..<count).sorted { (isMuted($0) ? 0 : 1, $0) < (isMuted($1) ? 0 : 1, $1) }
        var segments: [Segment] = []
        if chart.mark == .area {
            for s in drawOrder {
                for run in runs(points[s], order: order) {
                    var path = Path()
                    path.move(to: points[s][run[0]] ?? .zero)
                    for c in run.dropFirst() { if let p = points[s][c] { path.line(to: p) } }
                    for c in run.reversed() { if let p = lows[s][c] { path.line(to: p) } }
                    path.close()
                    let fill = chart.isStacked ? colors[s] : colors[s].mixed(with: theme.background, amount: 0.7)
                    items.append(.path(PathItem(path, fill: fill)))
                }
            }
        }
        for s in drawOrder {
            let muted = isMuted(s)
            let width = muted ? LineChartLayout.mutedWidth : isHighlighted(s) ? LineChartLayout.highlightWidth : LineChartLayout.lineWidth
            // Stacked areas part with a thin line in the background colour; lines and a lone area in their colour.
            let stroke = chart.isStacked ? Stroke(color: theme.background, width: 0.75, join: .round)
                                         : Stroke(color: colors[s], width: width, cap: .round, join: .round)
            for run in runs(points[s], order: order) {
                let ps = run.compactMap { points[s][$0] }
                if ps.count == 1 {
                    // A point between two gaps: a line needs two, so it gets a dot.
                    if !chart.isStacked { items.append(.path(PathItem(Path.circle(center: ps[0], radius: LineChartLayout.markerRadius), fill: colors[s]))) }
                    continue
                }
                var path = Path()
                path.move(to: ps[0])
                for p in ps.dropFirst() { path.line(to: p) }
                items.append(.path(PathItem(path, stroke: stroke)))
                segments += zip(ps, ps.dropFirst()).map { Segment($0, $1) }
            }
            if chart.markers && !chart.isStacked {
                for p in points[s].compactMap({ $0 }) {
                    items.append(.path(PathItem(Path.circle(center: p, radius: LineChartLayout.markerRadius), fill: colors[s],
                                                stroke: Stroke(color: theme.background, width: 0.75))))
                }
            }
        }

        // End labels, pushed apart where they meet, in their series' colour.
        var ends: [EndLabels.Label] = []
        for s in 0..<count {
            guard let label = endTexts[s], let c = last[s], let p = points[s][c], let low = lows[s][c] else { continue }
            let anchor = chart.isStacked ? (p.y + low.y) / 2 : p.y
            ends.append(EndLabels.Label(series: s, text: label, anchor: anchor, from: p))
        }
        let placedEnds = EndLabels.place(ends, lineHeight: max(lineHeight, textHeight + 1), top: plotTop - topRoom + textHeight / 2,
                                         bottom: plotBottom)
        let chrome = ChartChrome(theme: theme, measurer: measurer)
        for end in placedEnds {
            let s = end.series
            let color = count == 1 || !isMuted(s) ? chrome.readable(colors[s]) : theme.mutedText
            let line = text.line(end.text, style: TextStyle(font: endFonts[s], color: color), x: plotRight + LineChartLayout.endLabelGap,
                                 baseline: text.centredBaseline(endFonts[s], on: end.y))
            items.append(.text(line)); boxes.append(line.bounds)
            // A series that ends before the axis does, or a label pushed off its point, gets a leader to it.
            if end.from.x < plotRight - 1 || abs(end.y - end.anchor) > textHeight / 2 {
                let to = Point(x: plotRight + LineChartLayout.endLabelGap - 2, y: end.y)
                let from = Point(x: end.from.x + 3, y: end.from.y)
                if to.x - from.x > 2 {
                    items.append(.path(PathItem(Path(line: from, to: to), stroke: Stroke(color: theme.mutedText, width: 0.5, dash: [1, 1.5]))))
                }
            }
        }

        // Reference labels above their lines at the right end, else the left; else left out, and said so.
        for ref in referenceLabels {
            let style = TextStyle(font: font, color: theme.text)
            let baseline = ref.y - 3 - metrics.descent
            let candidates = [text.line(ref.label, style: style, x: plotRight, baseline: baseline, anchor: .end),
                              text.line(ref.label, style: style, x: plotLeft + 2, baseline: baseline),
                              text.line(ref.label, style: style, x: plotRight, baseline: ref.y + 3 + metrics.ascent, anchor: .end)]
            let free = candidates.first { line in
                line.bounds.minX >= plotLeft - 0.5 && !boxes.contains { $0.intersects(line.bounds) }
                    && !segments.contains { $0.crosses(line.bounds) }
            }
            if let free { items.append(.text(free)); boxes.append(free.bounds) } else { notices.append(LayoutNotice(.droppedLabel, ref.label)) }
        }

        // Annotations pointing at their points.
        var unplaced: [String] = []
        let placer = PointAnnotationPlacer(theme: theme, measurer: measurer, area: area)
        var obstacles = PointAnnotationPlacer.Obstacles(boxes: boxes, segments: segments
            + referenceLabels.map { Segment(Point(x: plotLeft, y: $0.y), Point(x: plotRight, y: $0.y)) })
        for annotation in chart.annotations {
            guard let c = chart.categories.firstIndex(of: annotation.category), annotation.series < count,
                  let target = points[annotation.series][c],
                  let placed = placer.place(annotation.text, at: target, avoiding: obstacles) else {
                unplaced.append(annotation.text); continue
            }
            items += placed.items
            items.append(.path(PathItem(Path.circle(center: target, radius: LineChartLayout.markerRadius + 0.5),
                                        fill: colors[annotation.series], stroke: Stroke(color: theme.background, width: 1))))
            obstacles.boxes += placed.boxes
            obstacles.segments += placed.leaders
            boxes += placed.boxes
        }

        return Drawn(items: items, notices: notices, unplaced: unplaced, bottom: plotBottom + axisRoom, area: area, points: points, textBoxes: boxes)
    }

    func isHighlighted(_ s: Int) -> Bool { chart.highlight.contains(chart.series[s].name) }
    func isMuted(_ s: Int) -> Bool { !chart.highlight.isEmpty && !isHighlighted(s) }

    /// Runs of consecutive present points in axis order: a missing value ends a run.
    func runs(_ points: [Point?], order: [Int]) -> [[Int]] {
        var out: [[Int]] = [], current: [Int] = []
        for c in order {
            if points[c] != nil { current.append(c) } else if !current.isEmpty { out.append(current); current = [] }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// A category's (or a date's) position on the axis: the category as written, else a date read in the axis' unit.
    func position(of text: String, in axis: LineXAxis) -> Double? {
        if let c = chart.categories.firstIndex(of: text) { return axis.positions[c] }
        guard let unit = axis.unit, let point = TimePoint(text) else { return nil }
        return point.position(in: unit)
    }

    /// The value scale from `bottom` up to `top`, niced at both ends.
    func valueScale(values: LineValues, top: Double, bottom: Double) -> ValueScale {
        switch chart.scale {
        case .log:
            // Whole decades would squash data within one decade into a sliver: round out to 1, 2 or 5 × 10ⁿ instead.
            return .log(LogScale(domain: (Self.roundedDown(values.lower), Self.roundedUp(values.upper)), range: (bottom, top)))
        case .linear:
            return .linear(LinearScale(domain: (values.lower, values.upper), range: (bottom, top))
                .nice(count: ValueScale.tickCount(length: bottom - top)))
        }
    }

    /// The largest 1, 2 or 5 × 10ⁿ at most `v` (positive).
    static func roundedDown(_ v: Double) -> Double {
        guard v > 0, v.isFinite else { return 1 }
        let decade = pow(10, floor(log10(v)))
        return [5.0, 2, 1].map { $0 * decade }.first { $0 <= v * (1 + 1e-12) } ?? decade
    }

    /// The smallest 1, 2 or 5 × 10ⁿ at least `v` (positive).
    static func roundedUp(_ v: Double) -> Double {
        guard v > 0, v.isFinite else { return 10 }
        let decade = pow(10, floor(log10(v)))
        return [1.0, 2, 5, 10].map { $0 * decade }.first { $0 >= v * (1 - 1e-12) } ?? 10 * decade
    }

    /// The value axis' labels: shares in a 100 % stack, else the chart's format made compact.
    func tickLabels(_ ticks: [Double], scale: ValueScale, length: Double) -> [String] {
        let step = scale.tickStep(length: length)
        if chart.isStacked && chart.layout == .percent {
            let format = NumberFormat.percent(decimals: step.map { LinearScale.decimals(forStep: $0 * 100) } ?? 0)
            return ticks.map { format.format($0) }
        }
        if chart.scale == .log { return ticks.map { chart.valueFormat.axisFormat(ticks: ticks, step: $0).format($0) } }
        let format = chart.valueFormat.axisFormat(ticks: ticks, step: step)
        return ticks.map { format.format($0) }
    }

    /// The width of the value labels' gutter for a plot from `top` to `bottom`, with the gap to the plot.
    func gutterWidth(values: LineValues, top: Double, bottom: Double, font: Font, width: Double) -> Double {
        let scale = valueScale(values: values, top: top, bottom: bottom)
        let ticks = scale.ticks(length: bottom - top)
        let widest = tickLabels(ticks, scale: scale, length: bottom - top).map { layout.measurer.width(of: $0, font: font) }.max() ?? 0
        // Capped: labels of absurd values (1e300 written out) must still leave the plot room; those wider are left out.
        return min(widest + 6, width * 0.4)
    }
}
