import Drawing

/// What every chart kind puts around its plot: the title and subtitle on top, an optional key,
/// and the note and source lines at the foot, in the theme's sizes and colours.
///
/// ```swift
/// let chrome = ChartChrome(theme: theme, measurer: measurer)
/// var (items, y) = chrome.header(title: chart.title, subtitle: chart.subtitle, width: 475)
/// let footer = chrome.footer(note: chart.note, source: chart.source, labels: chart.labels, width: 475)
/// ```
struct ChartChrome {
    let theme: Theme
    let measurer: any TextMeasuring

    /// Space between the header, the plot and the footer.
    static let sectionGap = 10.0

    /// The title and subtitle set from the top, with the gap after them; `(items, height)`.
    func header(title: String, subtitle: String?, width: Double) -> (items: [FrameItem], height: Double) {
        let text = TextLayouter(measurer: measurer)
        var items: [FrameItem] = []
        var y = 0.0
        if !title.isEmpty {
            let block = text.layout([TextSpan(title, style: style(theme.chartTitleSize, .bold))], width: width,
                                    style: ParagraphStyle(lineHeight: (theme.chartTitleSize * 1.35).rounded()))
            items += block.items(at: Point(x: 0, y: y)); y += block.height
        }
        if let subtitle, !subtitle.isEmpty {
            let block = text.layout([TextSpan(subtitle, style: style(theme.chartSubtitleSize, color: theme.mutedText))], width: width,
                                    style: ParagraphStyle(lineHeight: (theme.chartSubtitleSize * 1.5).rounded()))
            items += block.items(at: Point(x: 0, y: y)); y += block.height
        }
        if y > 0 { y += Self.sectionGap }
        return (items, y)
    }

    /// A one-line key of swatches (wrapping when it must) at `y`; `(items, height)` with the gap after it.
    func key(_ names: [String], colors: [Color], width: Double, at y: Double) -> (items: [FrameItem], height: Double) {
        guard !names.isEmpty else { return ([], 0) }
        let legend = Legend(theme: theme, measurer: measurer).layout(names, colors: colors, width: width)
        return (legend.items.map { $0.translated(by: Point(x: 0, y: y)) }, legend.height + 8)
    }

    /// The note and source lines ("주: …", "출처: …"), each a block the width of the chart; the
    /// extra lines (annotations kept as notes) come first.
    func footer(note: String?, source: String?, labels: ChartLabels, width: Double, extra: [String] = []) -> [TextBlock] {
        var lines = extra
        if let note, !note.isEmpty { lines.append("\(labels.note): \(note)") }
        if let source, !source.isEmpty { lines.append("\(labels.source): \(source)") }
        let text = TextLayouter(measurer: measurer)
        return lines.map {
            text.layout([TextSpan($0, style: style(theme.chartSourceSize, color: theme.mutedText))], width: width,
                        style: ParagraphStyle(lineHeight: (theme.chartSourceSize * 1.5).rounded()))
        }
    }

    /// The footer blocks placed from `y` (or at the canvas' foot when `height` is fixed), with
    /// the gap before them; the frame that ends there.
    func finish(_ items: [FrameItem], footer: [TextBlock], from y: Double, width: Double, height: Double?) -> Frame {
        var items = items
        var y = y + (footer.isEmpty ? 0 : Self.sectionGap)
        if let height { y = max(y, height - footer.reduce(0) { $0 + $1.height }) }
        for block in footer {
            items += block.items(at: Point(x: 0, y: y)); y += block.height
        }
        return Frame(size: Size(width: width, height: max(y, height ?? 0).rounded(.up)), items: items)
    }

    /// Height the footer blocks take, with the gap before them.
    static func height(of footer: [TextBlock]) -> Double {
        footer.isEmpty ? 0 : footer.reduce(0) { $0 + $1.height } + sectionGap
    }

    func style(_ size: Double, _ weight: Font.Weight = .regular, color: Color? = nil) -> TextStyle {
        TextStyle(font: theme.font(size, weight), color: color ?? theme.text)
    }

    /// `color`, darkened towards the text colour until it reads at 4.5:1 on the background, for
    /// labels set in a series' colour (Okabe–Ito's orange and yellow are too light for text).
    func readable(_ color: Color) -> Color {
        var c = color
        var amount = 0.0
        while c.contrastRatio(with: theme.background) < 4.5 && amount < 1 {
            amount += 0.1
            c = color.mixed(with: theme.text, amount: amount)
        }
        return c
    }
}
