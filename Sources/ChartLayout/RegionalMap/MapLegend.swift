import Drawing

/// The key above a map, as blocks flowed left to right: classed swatches with their break
/// values, "No data" only when some region has none, the highlight tint, and the symbol key
/// (nested circles at rounded values, bottom-aligned, drawn with the map's own size function;
/// or one ranked marker).
struct MapLegend {
    let theme: Theme
    let measurer: any TextMeasuring
    let words: MapWords

    static let swatchWidth = 30.0, swatchHeight = 9.0, spacing = 16.0

    struct Block { var items: [FrameItem]; var size: Size }

    func layout(map: RegionalMap, breaks: [Double], colors: [Color], hasNoData: Bool, highlightColor: Color,
                rMax: Double, vMax: Double, rankedRadius: Double, width: Double) -> (items: [FrameItem], height: Double) {
        var blocks: [Block] = []
        let font = theme.font(theme.chartLabelSize)
        let ct = ChartText(measurer: measurer)
        let m = measurer.metrics(of: font)
        let textStyle = TextStyle(font: font, color: theme.text)
        let lineH = m.ascent + m.descent

        if breaks.count >= 2 {
            var items: [FrameItem] = []
            let k = breaks.count - 1
            let labels = breaks.map { map.valueFormat.format($0) }
            // Swatches wide enough that neighbouring break labels never touch.
            let widest = labels.map { measurer.width(of: $0, font: font) }.max() ?? 0
            let w = max(Self.swatchWidth, widest + 4)
            let left = (measurer.width(of: labels[0], font: font) / 2)
            for i in 0..<k {
                items.append(.path(PathItem(Path(rect: Rect(x: left + Double(i) * w, y: 0, width: w, height: Self.swatchHeight)),
                                            fill: colors[min(i, colors.count - 1)])))
            }
            for (i, label) in labels.enumerated() {
                items.append(.text(ct.line(label, style: textStyle, x: left + Double(i) * w, baseline: Self.swatchHeight + 3 + m.ascent, anchor: .middle)))
            }
            let right = left + Double(k) * w + measurer.width(of: labels[k], font: font) / 2
            blocks.append(Block(items: items, size: Size(width: right, height: Self.swatchHeight + 3 + lineH)))
        }
        if hasNoData { blocks.append(swatch(Self.noData, words.noData, font: font, style: textStyle, metrics: m)) }
        if let label = map.highlightLabel, !map.highlight.isEmpty {
            var b = swatch(highlightColor, label, font: font, style: textStyle, metrics: m)
            b.items.insert(.path(PathItem(Path(rect: Rect(x: 0, y: 0, width: Self.swatchHeight, height: Self.swatchHeight)),
                                          stroke: Stroke(color: theme.accent, width: 0.9))), at: 1)
            blocks.append(b)
        }
        if !map.symbols.isEmpty {
            switch map.symbolStyle {
            case .ranked:
                var items: [FrameItem] = []
                let r = rankedRadius
                items.append(.path(PathItem(Path.circle(center: Point(x: r, y: r), radius: r), fill: theme.accent)))
                let bold = theme.font(theme.chartLabelSize, .bold)
                items.append(.text(ct.line("1", style: TextStyle(font: bold, color: .white), x: r, baseline: ct.centredBaseline(bold, on: r), anchor: .middle)))
                let title = map.symbolLegendTitle ?? ""
                items.append(.text(ct.line(title, style: textStyle, x: 2 * r + 4, baseline: ct.centredBaseline(font, on: r))))
                blocks.append(Block(items: items, size: Size(width: 2 * r + 4 + measurer.width(of: title, font: font), height: 2 * r)))
            case .proportional where vMax > 0:
                blocks.append(sizeKey(map, rMax: rMax, vMax: vMax, font: font, style: textStyle, metrics: m))
            case .proportional: break
            }
        }

        // Flow the blocks, bottoms aligned within a row.
        var items: [FrameItem] = []
        var x = 0.0, rowTop = 0.0, rowHeight = 0.0
        var row: [(Block, Double)] = []
        func flush() {
            for (b, bx) in row {
                items.append(.group(Group(offset: Point(x: bx, y: rowTop + rowHeight - b.size.height), items: b.items)))
            }
            rowTop += rowHeight + (row.isEmpty ? 0 : 6); row = []; rowHeight = 0; x = 0
        }
        for b in blocks {
            if x > 0 && x + b.size.width > width { flush() }
            row.append((b, x)); rowHeight = max(rowHeight, b.size.height)
            x += b.size.width + Self.spacing
        }
        flush()
        return (items, blocks.isEmpty ? 0 : rowTop - 6)
    }

    static var noData: Color { RegionalMapLayout.noDataFill }

    func swatch(_ color: Color, _ label: String, font: Font, style: TextStyle, metrics m: FontMetrics) -> Block {
        let s = Self.swatchHeight
        let ct = ChartText(measurer: measurer)
        let items: [FrameItem] = [
            .path(PathItem(Path(rect: Rect(x: 0, y: 0, width: s, height: s)), fill: color)),
            .text(ct.line(label, style: style, x: s + 4, baseline: ct.centredBaseline(font, on: s / 2))),
        ]
        return Block(items: items, size: Size(width: s + 4 + measurer.width(of: label, font: font), height: max(s, m.ascent + m.descent)))
    }

    /// 2–3 nested circles at rounded values, bottom-aligned, each labelled at its top to the right.
    func sizeKey(_ map: RegionalMap, rMax: Double, vMax: Double, font: Font, style: TextStyle, metrics m: FontMetrics) -> Block {
        let values = Self.keyValues(vMax)
        let radii = values.map { rMax * ($0 / vMax).squareRoot() }
        let big = radii.max() ?? rMax
        let ct = ChartText(measurer: measurer)
        var items: [FrameItem] = []
        var titleHeight = 0.0
        if let t = map.symbolLegendTitle, !t.isEmpty {
            items.append(.text(ct.line(t, style: style, x: 0, baseline: m.ascent)))
            titleHeight = m.ascent + m.descent + 3
        }
        // Half a line of room above the largest circle, so its value centres on its leader.
        let bottom = titleHeight + (m.ascent + m.descent) / 2 + 2 * big
        var labelRight = 0.0
        var nextFreeTop = -Double.infinity
        for (v, r) in zip(values, radii) {
            items.append(.path(PathItem(Path.circle(center: Point(x: big, y: bottom - r), radius: r),
                                        stroke: Stroke(color: theme.mutedText, width: 0.6))))
            let top = bottom - 2 * r
            items.append(.path(PathItem(Path(line: Point(x: big, y: top), to: Point(x: 2 * big + 4, y: top)),
                                        stroke: Stroke(color: theme.mutedText, width: 0.4, dash: [1, 1]))))
            let label = map.valueFormat.format(v)
            // Centred on its leader, or pushed just below the label above when they would touch.
            let baseline = max(top + (m.ascent - m.descent) / 2, nextFreeTop + m.ascent)
            nextFreeTop = baseline + m.descent + 1
            items.append(.text(ct.line(label, style: style, x: 2 * big + 6, baseline: baseline)))
            labelRight = max(labelRight, 2 * big + 6 + measurer.width(of: label, font: font))
        }
        let w = max(labelRight, map.symbolLegendTitle.map { measurer.width(of: $0, font: font) } ?? 0)
        return Block(items: items, size: Size(width: w, height: max(bottom, nextFreeTop)))
    }

    /// Rounded key values at or below the largest: its first significant digit, then about a quarter of it.
    static func keyValues(_ vMax: Double) -> [Double] {
        func niceFloor(_ v: Double) -> Double {
            guard v > 0 else { return 0 }
            var p = 1.0
            while p * 10 <= v { p *= 10 }
            while p > v { p /= 10 }
            for step in [5.0, 2, 1] where step * p <= v { return step * p }
            return p
        }
        let a = niceFloor(vMax)
        let b = niceFloor(a / 4)
        return b > 0 && b < a ? [a, b] : [a]
    }
}
