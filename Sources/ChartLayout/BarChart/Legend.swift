import Drawing

/// A one-line key of swatches and series names, left-aligned, wrapping when it must.
struct Legend {
    let theme: Theme
    let measurer: any TextMeasuring

    static let swatch = 9.0
    static let gap = 4.0
    static let spacing = 14.0

    func layout(_ names: [String], colors: [Color], width: Double) -> (items: [FrameItem], height: Double) {
        let font = theme.font(theme.chartLabelSize)
        let text = ChartText(measurer: measurer)
        let lineHeight = (theme.chartLabelSize * 1.6).rounded()
        var items: [FrameItem] = []
        var x = 0.0, row = 0.0
        for (i, name) in names.enumerated() {
            let w = Self.swatch + Self.gap + measurer.width(of: name, font: font)
            if x > 0 && x + w > width { x = 0; row += lineHeight }
            let centre = row + lineHeight / 2
            items.append(.path(PathItem(Path(rect: Rect(x: x, y: centre - Self.swatch / 2, width: Self.swatch, height: Self.swatch)),
                                        fill: colors[i % colors.count])))
            var line = text.line(name, style: TextStyle(font: font, color: theme.text), x: x + Self.swatch + Self.gap,
                                 baseline: text.centredBaseline(font, on: centre))
            line = text.clamped(line, minX: 0, maxX: width)
            items.append(.text(line))
            x += w + Self.spacing
        }
        return (items, names.isEmpty ? 0 : row + lineHeight)
    }
}
