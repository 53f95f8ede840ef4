import Drawing

/// Lays a ``DotPlot`` out as a ``Frame``: title block, key, one row per category with its
/// label on the left, dots (on stems, or joined in a range) on a shared value axis whose ticks
/// run under the rows, value labels beside the dots, then notes and source.
///
/// ```swift
/// let frame = DotPlotLayout(theme: .standard, measurer: measurer).layout(chart, width: 475)
/// ```
public struct DotPlotLayout {
    public let theme: Theme
    public let measurer: any TextMeasuring

    /// Creates a layout engine for one theme and measurer.
    public init(theme: Theme, measurer: any TextMeasuring) { self.theme = theme; self.measurer = measurer }

    static let dotRadius = 4.5
    static let stemWidth = 1.5
    static let rangeWidth = 4.0
    /// Row pitch bounds: room for a two-line label below; above, rows so far apart on a slide
    /// that the eye no longer runs along them.
    static let minimumPitch = 20.0, maximumPitch = 64.0
    static let labelGap = 8.0

    /// The chart as a frame `width` points wide; with `height`, the rows share it (slides).
    public func layout(_ chart: DotPlot, width: Double, height: Double? = nil) -> Frame { laidOut(chart, width: width, height: height).frame }

    /// The chart laid out, with what had to be left out (value labels with no free place).
    public func laidOut(_ chart: DotPlot, width: Double, height: Double? = nil) -> LaidOutFigure {
        let chrome = ChartChrome(theme: theme, measurer: measurer)
        var (items, y) = chrome.header(title: chart.title, subtitle: chart.subtitle, width: width)
        let colors = chart.series.indices.map { theme.seriesColor($0, of: chart.series.count) }
        if chart.series.count > 1 {
            let key = chrome.key(chart.series.map(\.name), colors: colors, width: width, at: y)
            items += key.items; y += key.height
        }
        let footer = chrome.footer(note: chart.note, source: chart.source, labels: chart.labels, width: width)
        let font = theme.font(theme.chartLabelSize), bold = theme.font(theme.chartLabelSize, .bold)
        let metrics = measurer.metrics(of: font)
        let text = ChartText(measurer: measurer)
        let lineHeight = (theme.chartLabelSize * 1.3).rounded()
        let order = chart.displayOrder
        var notices: [LayoutNotice] = []

        // Category labels: right-aligned in a column as wide as the widest, at most a third of the width.
        let highlighted = { (c: Int) in chart.highlight.contains(chart.categories[c]) }
        let widest = order.map { measurer.width(of: chart.categories[$0], font: highlighted($0) ? bold : font) }.max() ?? 0
        let column = min(widest, width * 0.32)
        let blocks = order.map { c in
            TextLayouter(measurer: measurer).layout([TextSpan(chart.categories[c], style: TextStyle(font: highlighted(c) ? bold : font, color: theme.text))],
                                                    width: column, style: ParagraphStyle(lineHeight: (theme.chartLabelSize * 1.25).rounded(), alignment: .right, maxLines: 2))
        }
        notices += zip(order, blocks).filter { $0.1.truncated }.map { LayoutNotice(.shortenedLabel, chart.categories[$0.0], shown: $0.1.lines.map(\.text).joined(separator: " ")) }

        // Value labels: which go right of the row's last dot, which left of its first (a range's lower end).
        var labelled = chart.valueLabels && (chart.series.count == 1 || chart.style == .range)
        func label(_ s: Int, _ c: Int) -> String? { labelled ? chart.value(s, c).map { chart.valueFormat.format($0) } : nil }
        // Values written out past a quarter of the width (absurd magnitudes) are left to the axis.
        if labelled, order.contains(where: { c in chart.series.indices.contains { label($0, c).map { measurer.width(of: $0, font: bold) > width / 4 } ?? false } }) {
            labelled = false
            notices += chart.series.indices.flatMap { s in order.compactMap { chart.value(s, $0).map { chart.valueFormat.format($0) } } }
                .prefix(1).map { LayoutNotice(.droppedLabel, $0) }
        }
        // A range's ends may swap sides from row to row (a fall), so both margins fit any of its labels.
        let widths = order.flatMap { c in chart.series.indices.compactMap { label($0, c).map { measurer.width(of: $0, font: bold) } } }
        let rightWidth = widths.max() ?? 0
        let negative = chart.style == .lollipop && order.contains { (chart.value(0, $0) ?? 0) < 0 }
        let leftWidth = chart.style == .range || negative ? rightWidth : 0

        // Rows, then the axis under them.
        let axisRoom = lineHeight + 4
        let n = max(order.count, 1)
        let natural = max(Self.minimumPitch, (blocks.map(\.height).max() ?? 0) + 6)
        let pitch = height.map { min(Self.maximumPitch, max(natural, ($0 - y - ChartChrome.height(of: footer) - axisRoom) / Double(n))) } ?? natural
        let rowsTop = y
        let rowsBottom = rowsTop + pitch * Double(order.count)
        let plotLeft = (column > 0 ? column + Self.labelGap : 0) + (leftWidth > 0 ? leftWidth + 6 : 0) + Self.dotRadius
        // Room after the value labels for notes set against their rows, as bars keep it after their ends.
        let noteStyle = AnnotationStyle.note(in: theme)
        let notePlacer = AnnotationPlacer(measurer: measurer, style: noteStyle)
        let noteReach = chart.annotations.compactMap { a in
            notePlacer.blocks(for: a.text, maxWidth: noteStyle.maxWidthShare * width, limit: 1).first.map { $0.naturalWidth + noteStyle.gap + noteStyle.clearance }
        }.max() ?? 0
        let plotRight = width - (rightWidth > 0 ? rightWidth + 6 : 0) - noteReach - Self.dotRadius
        let values = order.flatMap { c in chart.series.indices.compactMap { chart.value($0, c) } } + chart.referenceLines.map(\.value)
        var lower = values.min() ?? 0, upper = values.max() ?? 1
        if chart.style == .lollipop || LineValues.nearZero(lower, upper) { lower = min(lower, 0); upper = max(upper, 0) }
        if lower == upper { upper = lower + 1 }
        let count = ValueScale.tickCount(length: plotRight - plotLeft)
        let scale = LinearScale(domain: (lower, upper), range: (plotLeft, plotRight)).nice(count: count)
        let ticks = scale.ticks(count: count)
        let tickFormat = chart.valueFormat.axisFormat(ticks: ticks, step: scale.tickStep(count: count))
        var boxes: [Rect] = []
        for tick in ticks {
            let x = scale(tick)
            items.append(.path(PathItem(Path(line: Point(x: x, y: rowsTop), to: Point(x: x, y: rowsBottom)), stroke: Stroke(color: theme.grid, width: 0.5))))
            let line = text.clamped(text.line(tickFormat.format(tick), style: TextStyle(font: font, color: theme.mutedText), x: x,
                                              baseline: rowsBottom + 4 + metrics.ascent, anchor: .middle), minX: 0, maxX: width)
            if !boxes.contains(where: { $0.intersects(line.bounds.insetBy(dx: -2, dy: 0)) }) { items.append(.text(line)); boxes.append(line.bounds) }
        }
        if scale.domainStart <= 0 && scale.domainEnd >= 0 {
            items.append(.path(PathItem(Path(line: Point(x: scale(0), y: rowsTop), to: Point(x: scale(0), y: rowsBottom)),
                                        stroke: Stroke(color: theme.rule, width: 0.75))))
        }
        for ref in chart.referenceLines {
            let x = scale(ref.value)
            items.append(.path(PathItem(Path(line: Point(x: x, y: rowsTop), to: Point(x: x, y: rowsBottom)),
                                        stroke: Stroke(color: theme.text, width: 0.75, dash: [3, 2]))))
            let line = text.clamped(text.line(ref.label, style: TextStyle(font: font, color: theme.text), x: x,
                                              baseline: rowsBottom + 4 + metrics.ascent + lineHeight, anchor: .middle), minX: 0, maxX: width)
            if boxes.contains(where: { $0.intersects(line.bounds) }) { notices.append(LayoutNotice(.droppedLabel, ref.label)) } else {
                items.append(.text(line)); boxes.append(line.bounds)
            }
        }
        let referenceRoom = chart.referenceLines.isEmpty ? 0 : lineHeight

        let chromeColors = ChartChrome(theme: theme, measurer: measurer)
        // What notes must keep clear of and point at: every row's dots and span, its right-hand label.
        var spans: [Int: Rect] = [:], dots: [Int: [Int: Rect]] = [:], rightLabels: [Int: Rect] = [:]
        for (row, c) in order.enumerated() {
            let centre = rowsTop + pitch * (Double(row) + 0.5)
            items += blocks[row].items(at: Point(x: 0, y: centre - blocks[row].height / 2))
            boxes += blocks[row].lines.map { $0.bounds.offsetBy(dx: 0, dy: centre - blocks[row].height / 2) }
            let muted = !chart.highlight.isEmpty && !highlighted(c)
            let present = chart.series.indices.compactMap { s in chart.value(s, c).map { (s: s, x: scale($0)) } }
            guard let first = present.min(by: { $0.x < $1.x }), let last = present.max(by: { $0.x < $1.x }) else {
                let word = text.line(chart.labels.notAvailable, style: TextStyle(font: font, color: theme.mutedText), x: plotLeft,
                                     baseline: text.centredBaseline(font, on: centre))
                items.append(.text(word)); continue
            }
            switch chart.style {
            case .lollipop:
                items.append(.path(PathItem(Path(line: Point(x: scale(0), y: centre), to: Point(x: present[0].x, y: centre)),
                                            stroke: Stroke(color: muted ? theme.mutedBar : colors[0], width: Self.stemWidth))))
            case .range where present.count > 1:
                let bar = muted ? theme.grid : theme.mutedBar
                items.append(.path(PathItem(Path(line: Point(x: first.x, y: centre), to: Point(x: last.x, y: centre)),
                                            stroke: Stroke(color: bar, width: Self.rangeWidth, cap: .round))))
            default: break
            }
            let r = Self.dotRadius
            let from = chart.style == .lollipop ? min(scale(0), first.x - r) : first.x - r
            spans[c] = Rect(x: from, y: centre - r, width: max(last.x + r, chart.style == .lollipop ? scale(0) : 0) - from, height: 2 * r)
            for p in present {
                let fill = muted ? theme.mutedBar : colors[p.s]
                items.append(.path(PathItem(Path.circle(center: Point(x: p.x, y: centre), radius: r), fill: fill,
                                            stroke: Stroke(color: theme.background, width: 1))))
                dots[c, default: [:]][p.s] = Rect(x: p.x - r, y: centre - r, width: 2 * r, height: 2 * r)
            }
            // Labels: the rightmost dot's to its right; a range's leftmost dot's to its left; in their dots' colours.
            let style = { (s: Int) in TextStyle(font: highlighted(c) || chart.highlight.isEmpty ? bold : font,
                                                color: muted ? theme.mutedText : chromeColors.readable(colors[s])) }
            let baseline = text.centredBaseline(font, on: centre)
            if let words = label(last.s, c) {
                // A lollipop below zero has its stem on the right: its label goes left.
                let leftward = chart.style == .lollipop && (chart.value(0, c) ?? 0) < 0
                let line = text.line(words, style: style(last.s), x: leftward ? last.x - Self.dotRadius - 4 : last.x + Self.dotRadius + 4,
                                     baseline: baseline, anchor: leftward ? .end : .start)
                items.append(.text(line)); boxes.append(line.bounds)
                if !leftward { rightLabels[c] = line.bounds }
            }
            if chart.style == .range, present.count > 1, let words = label(first.s, c) {
                let line = text.line(words, style: style(first.s), x: first.x - Self.dotRadius - 4, baseline: baseline, anchor: .end)
                items.append(.text(line)); boxes.append(line.bounds)
            }
        }

        // Notes: at a row's range (a lollipop's stem and dot), or at one series' dot, with a leader when not set against it.
        var unplaced: [String] = []
        var obstacles = AnnotationObstacles(rects: boxes + spans.values.sorted { $0.minY < $1.minY },
                                            segments: chart.referenceLines.map { Segment(Point(x: scale($0.value), y: rowsTop), Point(x: scale($0.value), y: rowsBottom)) })
        let noteArea = Rect(x: column > 0 ? column + Self.labelGap : 0, y: rowsTop, width: width - (column > 0 ? column + Self.labelGap : 0), height: rowsBottom - rowsTop)
        for annotation in chart.annotations {
            guard let c = chart.categories.firstIndex(of: annotation.category), let span = spans[c] else { unplaced.append(annotation.text); continue }
            let single = chart.style == .dot && chart.series.count > 1
            let rect = single ? dots[c]?[annotation.series] ?? span : span
            let atEnd = abs(rect.maxX - span.maxX) < 0.01
            let target = AnnotationTarget(rect: rect, end: .right, attachments: atEnd ? rightLabels[c].map { [$0] } ?? [] : [])
            obstacles.marks = spans.filter { $0.key != c }.values.sorted { $0.minY < $1.minY }
            var around = obstacles
            around.rects.removeAll { $0 == rect || $0 == span }
            if let placed = notePlacer.place(annotation.text, target: target, obstacles: around, area: noteArea) {
                items += placed.items(style: noteStyle)
                obstacles.add(placed)
            } else {
                unplaced.append(annotation.text)
            }
        }
        notices += unplaced.map { LayoutNotice(.annotationAsNote, $0) }
        let footerBlocks = chrome.footer(note: chart.note, source: chart.source, labels: chart.labels, width: width,
                                         extra: unplaced.isEmpty ? [] : ["※ " + unplaced.joined(separator: " · ")])
        let bottom = rowsBottom + axisRoom + referenceRoom
        return LaidOutFigure(frame: chrome.finish(items, footer: footerBlocks, from: bottom, width: width, height: height), notices: notices)
    }
}
