import Drawing

/// Lays a ``SlopeChart`` out as a ``Frame``: title block, the two moments' names over two
/// upright axes, a line per category between them, and each end labelled with the category and
/// its value, the labels of a side pushed apart where they meet; then notes and source.
///
/// ```swift
/// let frame = SlopeChartLayout(theme: .standard, measurer: measurer).layout(chart, width: 475)
/// ```
public struct SlopeChartLayout {
    public let theme: Theme
    public let measurer: any TextMeasuring

    /// Creates a layout engine for one theme and measurer.
    public init(theme: Theme, measurer: any TextMeasuring) { self.theme = theme; self.measurer = measurer }

    static let dotRadius = 3.0
    static let gap = 6.0

    /// The chart as a frame `width` points wide; with `height`, the plot fills it (slides).
    public func layout(_ chart: SlopeChart, width: Double, height: Double? = nil) -> Frame { laidOut(chart, width: width, height: height).frame }

    /// The chart laid out; a slope chart leaves nothing out, so its notices are empty.
    public func laidOut(_ chart: SlopeChart, width: Double, height: Double? = nil) -> LaidOutFigure {
        let chrome = ChartChrome(theme: theme, measurer: measurer)
        var (items, y) = chrome.header(title: chart.title, subtitle: chart.subtitle, width: width)
        let footer = chrome.footer(note: chart.note, source: chart.source, labels: chart.labels, width: width)
        let font = theme.font(theme.chartLabelSize), bold = theme.font(theme.chartLabelSize, .bold)
        let metrics = measurer.metrics(of: font)
        let text = ChartText(measurer: measurer)
        let lineHeight = max((theme.chartLabelSize * 1.3).rounded(), metrics.ascent + metrics.descent + 1)
        let highlighted = { (c: Int) in chart.highlight.contains(chart.categories[c]) }
        let fontOf = { (c: Int) in chart.highlight.isEmpty || highlighted(c) ? bold : font }

        // Labels: "name value" on the left and "value name" on the right; when the names leave the
        // slopes too little width, the left side keeps only the values.
        let words = { (v: Double?) in v.map { chart.valueFormat.format($0) } ?? chart.labels.notAvailable }
        func texts(named: Bool) -> [(left: String, right: String)] {
            chart.categories.indices.map { c in
                let (a, b) = chart.values(c)
                return (named ? "\(chart.categories[c]) \(words(a))" : words(a), "\(words(b)) \(chart.categories[c])")
            }
        }
        func widest(_ t: [(left: String, right: String)], _ side: KeyPath<(left: String, right: String), String>) -> Double {
            chart.categories.indices.map { measurer.width(of: t[$0][keyPath: side], font: fontOf($0)) }.max() ?? 0
        }
        var labels = texts(named: true)
        if width - widest(labels, \.left) - widest(labels, \.right) - 4 * Self.gap < width * 0.35 {
            // The right side still names every line, so nothing is lost.
            labels = texts(named: false)
        }
        // Clamped: labels of absurd values must still leave the slopes the middle of the chart.
        let leftX = min(widest(labels, \.left) + 2 * Self.gap, width * 0.4)
        let rightX = max(width * 0.6, width - widest(labels, \.right) - 2 * Self.gap)

        // The moments' names head their axes.
        let headBaseline = y + metrics.ascent
        items.append(.text(text.clamped(text.line(chart.start.name, style: TextStyle(font: bold, color: theme.mutedText), x: leftX,
                                                  baseline: headBaseline, anchor: .middle), minX: 0, maxX: width)))
        items.append(.text(text.clamped(text.line(chart.end.name, style: TextStyle(font: bold, color: theme.mutedText), x: rightX,
                                                  baseline: headBaseline, anchor: .middle), minX: 0, maxX: width)))
        let top = y + lineHeight + 8
        // Labels pushed apart may run half a line past either end of the axes: keep a line below for them.
        let plotHeight = max(80, height.map { $0 - top - ChartChrome.height(of: footer) - lineHeight - 4 } ?? min(max(width * 0.55, 180), 360))
        let bottom = top + plotHeight

        let all = chart.categories.indices.flatMap { c -> [Double] in let (a, b) = chart.values(c); return [a, b].compactMap { $0 } }
        var lower = all.min() ?? 0, upper = all.max() ?? 1
        if chart.includesZero ?? LineValues.nearZero(lower, upper) { lower = min(lower, 0); upper = max(upper, 0) }
        if lower == upper { upper = lower + 1 }
        let scale = LinearScale(domain: (lower, upper), range: (bottom, top))
        for x in [leftX, rightX] {
            items.append(.path(PathItem(Path(line: Point(x: x, y: top - 4), to: Point(x: x, y: bottom + 4)), stroke: Stroke(color: theme.grid, width: 0.75))))
        }

        // Grey lines first, so the highlighted ones cross over them.
        let order = chart.categories.indices.sorted { (highlighted($0) ? 1 : 0, $0) < (highlighted($1) ? 1 : 0, $1) }
        let chromeColors = ChartChrome(theme: theme, measurer: measurer)
        func color(_ c: Int) -> Color { chart.highlight.isEmpty || highlighted(c) ? theme.accent : theme.mutedBar }
        var left: [EndLabels.Label] = [], right: [EndLabels.Label] = []
        for c in order {
            let (a, b) = chart.values(c)
            let pa = a.map { Point(x: leftX, y: scale($0)) }, pb = b.map { Point(x: rightX, y: scale($0)) }
            if let pa, let pb {
                items.append(.path(PathItem(Path(line: pa, to: pb), stroke: Stroke(color: color(c), width: highlighted(c) ? 2.5 : 1.75, cap: .round))))
            }
            for p in [pa, pb].compactMap({ $0 }) {
                items.append(.path(PathItem(Path.circle(center: p, radius: Self.dotRadius), fill: color(c), stroke: Stroke(color: theme.background, width: 0.75))))
            }
            left.append(EndLabels.Label(series: c, text: labels[c].left, anchor: pa?.y ?? pb?.y ?? bottom, from: pa ?? Point(x: leftX, y: bottom)))
            right.append(EndLabels.Label(series: c, text: labels[c].right, anchor: pb?.y ?? pa?.y ?? bottom, from: pb ?? Point(x: rightX, y: bottom)))
        }
        var lowest = bottom
        for (side, placed) in [(0, EndLabels.place(left, lineHeight: lineHeight, top: top - lineHeight / 2, bottom: bottom + lineHeight / 2)),
                               (1, EndLabels.place(right, lineHeight: lineHeight, top: top - lineHeight / 2, bottom: bottom + lineHeight / 2))] {
            for label in placed {
                let c = label.series
                let style = TextStyle(font: fontOf(c), color: chart.highlight.isEmpty || highlighted(c) ? chromeColors.readable(color(c)) : theme.mutedText)
                let line = side == 0
                    ? text.line(label.text, style: style, x: leftX - Self.gap, baseline: text.centredBaseline(fontOf(c), on: label.y), anchor: .end)
                    : text.line(label.text, style: style, x: rightX + Self.gap, baseline: text.centredBaseline(fontOf(c), on: label.y))
                items.append(.text(line))
                lowest = max(lowest, line.bounds.maxY)
            }
        }
        return LaidOutFigure(frame: chrome.finish(items, footer: footer, from: lowest + 4, width: width, height: height))
    }
}
