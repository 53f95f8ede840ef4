import Drawing

/// Lays a ``BarChart`` out at a given width as a ``Frame``: title block, bars with value labels, source line.
///
/// Follows the graphics-desk rules in docs/chart-design.md: bars start at a zero line, lengths
/// are proportional to values, labels sit inside a bar only when they fit with contrast,
/// otherwise all go outside, and nothing leaves the frame.
///
/// ```swift
/// let frame = BarChartLayout(theme: .standard, measurer: measurer).layout(chart, width: 475)
/// ```
public struct BarChartLayout {
    public let theme: Theme
    public let measurer: any TextMeasuring

    /// Creates a layout engine for one theme and measurer.
    public init(theme: Theme, measurer: any TextMeasuring) { self.theme = theme; self.measurer = measurer }

    /// Padding between a label and its bar end, in em of the label font.
    static let labelPaddingEm = 0.4
    /// Gap between the category label column and the bars.
    static let labelGap = 8.0
    /// Preferred bar thickness before the theme's bounds apply.
    static let preferredThickness = 18.0
    /// The category column takes at most this share of the width; longer labels wrap.
    static let maxLabelShare = 0.32
    /// Stroke width of the zero line.
    static let zeroLineWidth = 0.75

    /// The chart as a frame `width` points wide; its height follows from the content.
    public func layout(_ chart: BarChart, width: Double) -> Frame {
        var items: [FrameItem] = []
        let text = TextLayouter(measurer: measurer)
        var y = 0.0

        // Title block.
        let title = text.layout([TextSpan(chart.title, style: style(theme.chartTitleSize, .bold))], width: width,
                                style: ParagraphStyle(lineHeight: theme.chartTitleSize * 1.35))
        items += title.items(at: Point(x: 0, y: y)); y += title.height
        if let subtitle = chart.subtitle, !subtitle.isEmpty {
            let sub = text.layout([TextSpan(subtitle, style: style(theme.chartSubtitleSize, color: theme.mutedText))],
                                  width: width, style: ParagraphStyle(lineHeight: theme.chartSubtitleSize * 1.5))
            items += sub.items(at: Point(x: 0, y: y)); y += sub.height
        }
        y += 10

        // Plot.
        let plot = layoutPlot(chart, width: width, top: y)
        items += plot.items; y = plot.bottom

        // Footer: note, then source.
        var footer: [[TextSpan]] = []
        if let note = chart.note, !note.isEmpty { footer.append([TextSpan("\(chart.labels.note): \(note)", style: style(theme.chartSourceSize, color: theme.mutedText))]) }
        if let source = chart.source, !source.isEmpty { footer.append([TextSpan("\(chart.labels.source): \(source)", style: style(theme.chartSourceSize, color: theme.mutedText))]) }
        if !footer.isEmpty { y += 10 }
        for spans in footer {
            let block = text.layout(spans, width: width, style: ParagraphStyle(lineHeight: theme.chartSourceSize * 1.5))
            items += block.items(at: Point(x: 0, y: y)); y += block.height
        }
        return Frame(size: Size(width: width, height: y.rounded(.up)), items: items)
    }

    // MARK: - Plot

    private struct Bar {
        var category: String
        var value: Double?
        var label: String
        var highlighted: Bool
    }

    private func layoutPlot(_ chart: BarChart, width: Double, top: Double) -> (items: [FrameItem], bottom: Double) {
        let bars = orderedBars(chart)
        guard !bars.isEmpty else { return ([], top) }
        let text = TextLayouter(measurer: measurer)
        let thickness = min(max(Self.preferredThickness, theme.barThickness.lowerBound), theme.barThickness.upperBound)
        let step = thickness / theme.barFill
        let labelFont = theme.font(theme.chartLabelSize)
        let boldLabel = theme.font(theme.chartLabelSize, .bold)
        let pad = theme.chartLabelSize * Self.labelPaddingEm

        // Category column: as wide as the widest label, capped; longer labels wrap to 2 lines.
        let widest = bars.map { measurer.width(of: $0.category, font: $0.highlighted ? boldLabel : labelFont) }.max() ?? 0
        let columnWidth = min(widest, width * Self.maxLabelShare)
        let categoryBlocks = bars.map { bar in
            text.layout([TextSpan(bar.category, style: TextStyle(font: bar.highlighted ? boldLabel : labelFont, color: theme.text))],
                        width: columnWidth, style: ParagraphStyle(lineHeight: theme.chartLabelSize * 1.25, alignment: .right, maxLines: 2))
        }
        let rowHeight = max(step, (categoryBlocks.map(\.height).max() ?? 0) + 4)
        let plotLeft = columnWidth + Self.labelGap
        let plotRight = width

        // Value domain always includes zero: a bar's length is its value, never a cropped difference.
        let values = bars.compactMap(\.value)
        let lower = min(0, values.min() ?? 0), upperRaw = max(0, values.max() ?? 0)
        let upper = (lower == 0 && upperRaw == 0) ? 1 : upperRaw
        let labelWidths = bars.map { measurer.width(of: $0.label, font: $0.highlighted ? boldLabel : labelFont) }

        // Labels outside the bars need room at the ends: reserve the widest, then place.
        var scale = LinearScale(domain: (lower, upper), range: (plotLeft, plotRight))
        var outside = placement(bars, labelWidths, scale, pad)
        if outside.contains(true) && bars.count <= 12 { outside = Array(repeating: true, count: bars.count) }
        // With no positive value the zero line is the right edge: keep its stroke inside the frame.
        let rightRoom = zip(bars, zip(labelWidths, outside)).filter { $0.1.1 && ($0.0.value ?? 0) >= 0 }.map { $0.1.0 + pad }.max()
            ?? (upperRaw == 0 && lower < 0 ? Self.zeroLineWidth / 2 : 0)
        let leftRoom = zip(bars, zip(labelWidths, outside)).filter { $0.1.1 && ($0.0.value ?? 0) < 0 }.map { $0.1.0 + pad }.max() ?? 0
        scale = LinearScale(domain: (lower, upper), range: (plotLeft + leftRoom, plotRight - rightRoom))
        let zeroX = scale(0)

        var items: [FrameItem] = []
        var y = top
        let labelMetrics = measurer.metrics(of: labelFont)
        for (i, bar) in bars.enumerated() {
            let center = y + rowHeight / 2
            let barTop = center - thickness / 2
            // Category label, right-aligned against the plot, centred on the bar.
            let block = categoryBlocks[i]
            items += block.items(at: Point(x: 0, y: center - block.height / 2))

            let fill = chart.highlight.isEmpty || bar.highlighted ? theme.accent : theme.mutedBar
            let labelStyleFont = bar.highlighted ? boldLabel : labelFont
            let baselineY = center + (labelMetrics.ascent - labelMetrics.descent) / 2
            if let value = bar.value {
                let end = scale(value)
                // Every non-zero value gets at least a hairline so it never reads as missing.
                var x0 = min(zeroX, end), x1 = max(zeroX, end)
                if value != 0 && x1 - x0 < 0.5 { if value > 0 { x1 = x0 + 0.5 } else { x0 = x1 - 0.5 } }
                items.append(.path(PathItem(Path(rect: Rect(x: x0, y: barTop, width: x1 - x0, height: thickness)), fill: fill)))
                let w = labelWidths[i]
                let labelX: Double
                let color: Color
                if outside[i] {
                    labelX = value >= 0 ? x1 + pad : x0 - pad - w
                    color = theme.text
                } else {
                    labelX = value >= 0 ? x1 - pad - w : x0 + pad
                    color = insideLabelColor(on: fill)
                }
                items.append(.text(TextLine(spans: [TextSpan(bar.label, style: TextStyle(font: labelStyleFont, color: color))],
                                            baseline: Point(x: labelX, y: baselineY), width: w,
                                            ascent: labelMetrics.ascent, descent: labelMetrics.descent)))
            } else {
                // Missing: a gap with a word, never a zero-length bar.
                let word = chart.labels.notAvailable
                let w = measurer.width(of: word, font: labelFont)
                // Right of the zero line, unless that is the frame's edge (no positive values).
                let wordX = zeroX + pad + w <= plotRight ? zeroX + pad : zeroX - pad - w
                items.append(.text(TextLine(spans: [TextSpan(word, style: TextStyle(font: labelFont, color: theme.mutedText))],
                                            baseline: Point(x: wordX, y: baselineY), width: w,
                                            ascent: labelMetrics.ascent, descent: labelMetrics.descent)))
            }
            y += rowHeight
        }
        // The zero line, a step darker than any grid, over the bars' bases.
        items.append(.path(PathItem(Path(line: Point(x: zeroX, y: top), to: Point(x: zeroX, y: y)),
                                    stroke: Stroke(color: theme.rule, width: Self.zeroLineWidth))))
        return (items, y)
    }

    private func orderedBars(_ chart: BarChart) -> [Bar] {
        let values = chart.series.first?.values ?? []
        var bars = chart.categories.enumerated().map { i, c -> Bar in
            let v = i < values.count ? values[i] : nil
            return Bar(category: c, value: v, label: v.map { chart.valueFormat.format($0) } ?? chart.labels.notAvailable,
                       highlighted: chart.highlight.contains(c))
        }
        switch chart.sort {
        case .data: break
        // Stable sorts with missing values last, so equal values keep data order.
        case .descending: bars = stableSorted(bars) { ($0.value ?? -.infinity) > ($1.value ?? -.infinity) }
        case .ascending: bars = stableSorted(bars) { ($0.value ?? .infinity) < ($1.value ?? .infinity) }
        }
        return bars
    }

    private func stableSorted(_ bars: [Bar], by less: (Bar, Bar) -> Bool) -> [Bar] {
        bars.enumerated().sorted { a, b in less(a.element, b.element) || (!less(b.element, a.element) && a.offset < b.offset) }
            .map(\.element)
    }

    /// Which labels must go outside their bar: too long to fit with padding, or no readable contrast.
    private func placement(_ bars: [Bar], _ widths: [Double], _ scale: LinearScale, _ pad: Double) -> [Bool] {
        zip(bars, widths).map { bar, w in
            guard let v = bar.value else { return false }
            let length = abs(scale(v) - scale(0))
            return length < w + 2 * pad
        }
    }

    /// White or the text colour, whichever contrasts more with the bar (WCAG).
    private func insideLabelColor(on fill: Color) -> Color {
        fill.contrastRatio(with: .white) >= fill.contrastRatio(with: theme.text) ? .white : theme.text
    }

    private func style(_ size: Double, _ weight: Font.Weight = .regular, color: Color? = nil) -> TextStyle {
        TextStyle(font: theme.font(size, weight), color: color ?? theme.text)
    }
}
