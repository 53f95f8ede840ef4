import Drawing

/// Several bar charts of the same measure, one per group, drawn on one shared scale.
///
/// Panels share the value domain, the category order and the colours, so their bars compare
/// directly; one key serves them all.
///
/// ```swift
/// let sm = SmallMultiples(title: "지역별 AI 기업 수", panels: [seoul, busan], columns: 2)
/// ```
public struct SmallMultiples: Equatable, Hashable, Sendable {
    public var title: String
    public var subtitle: String?
    public var source: String?
    public var note: String?
    /// One chart per group; each panel's `title` names its group.
    public var panels: [BarChart]
    /// Panels per row at most (fewer when the width is too narrow for them).
    public var columns: Int
    public var labels: ChartLabels

    /// Creates small multiples.
    public init(title: String, subtitle: String? = nil, source: String? = nil, note: String? = nil,
                panels: [BarChart], columns: Int, labels: ChartLabels = .korean) {
        self.title = title; self.subtitle = subtitle; self.source = source; self.note = note
        self.panels = panels; self.columns = columns; self.labels = labels
    }

    /// Alternative text: what is compared across how many panels, with each panel's extremes.
    public var altText: String {
        var text = "\(title)"
        if let subtitle, !subtitle.isEmpty { text += " (\(subtitle))" }
        text += ". \(panels.count)\(labels.items): " + panels.map { panel in
            var p = panel
            p.subtitle = nil
            return p.altText
        }.joined(separator: " ")
        return text
    }
}

/// Lays out ``SmallMultiples`` in a grid of panels with a shared header, key and footer.
public struct SmallMultiplesLayout {
    public let theme: Theme
    public let measurer: any TextMeasuring

    /// Panels are never narrower than this; fewer columns are used instead.
    static let minimumPanelWidth = 150.0
    /// Space between panels.
    static let gutter = 16.0

    /// Creates the layout engine.
    public init(theme: Theme, measurer: any TextMeasuring) { self.theme = theme; self.measurer = measurer }

    /// The grid as one frame `width` points wide.
    public func layout(_ sm: SmallMultiples, width: Double) -> Frame { laidOut(sm, width: width).frame }

    /// The panels laid out as ``layout(_:width:)`` does, with what each panel's layout had to leave out.
    public func laidOut(_ sm: SmallMultiples, width: Double) -> LaidOutFigure {
        // The header, key and footer come from a panel-less chart with the shared words.
        let first = sm.panels.first
        var header = BarChart(title: sm.title, subtitle: sm.subtitle, source: sm.source, note: sm.note, categories: [],
                              series: first?.series.map { BarSeries(name: $0.name, values: []) } ?? [],
                              valueFormat: first?.valueFormat ?? .plain(), labels: sm.labels,
                              orientation: first?.orientation ?? .horizontal, scale: first?.scale ?? .linear)
        header.annotations = []
        let outer = BarChartLayout(theme: theme, measurer: measurer)

        // One domain for every panel: the widest extent any panel needs.
        var lower = Double.infinity, upper = -Double.infinity
        for panel in sm.panels {
            let marks = BarMarks(chart: panel, order: Array(panel.categories.indices))
            lower = min(lower, marks.lower); upper = max(upper, marks.upper)
        }
        let shared = lower.isFinite && upper.isFinite ? (lower, upper) : nil

        let columns = max(1, min(sm.columns, sm.panels.count, Int((width + Self.gutter) / (Self.minimumPanelWidth + Self.gutter))))
        let panelWidth = (width - Double(columns - 1) * Self.gutter) / Double(columns)
        var panelTheme = theme
        panelTheme.chartTitleSize = theme.chartLabelSize + 1.5
        let inner = BarChartLayout(theme: panelTheme, measurer: measurer)
        // One label column for every panel, so bars start at the same x and compare across panels.
        let column = sm.panels.map { inner.categoryColumnWidth($0, width: panelWidth) }.max()
        let panels = sm.panels.map { panel -> LaidOutFigure in
            var p = panel
            p.subtitle = nil; p.source = nil; p.note = nil
            return inner.layout(p, width: panelWidth, height: nil, sharedDomain: shared, showsLegend: false, sharedColumnWidth: column)
        }
        let frames = panels.map(\.frame)

        // Header and key on top, the grid, then the footer.
        var top = header
        top.source = nil; top.note = nil
        let head = outer.layout(top, width: width, height: nil, sharedDomain: nil, showsLegend: true).frame
        var items = head.items
        var y = head.size.height
        for rowStart in stride(from: 0, to: frames.count, by: columns) {
            let row = frames[rowStart..<min(rowStart + columns, frames.count)]
            for (i, frame) in row.enumerated() {
                items.append(.group(Group(offset: Point(x: Double(i) * (panelWidth + Self.gutter), y: y), items: frame.items)))
            }
            y += (row.map(\.size.height).max() ?? 0) + Self.gutter
        }
        var foot = header
        foot.title = ""; foot.subtitle = nil; foot.series = []
        let footer = outer.layout(foot, width: width, height: nil, sharedDomain: nil, showsLegend: false).frame
        items += footer.items.map { $0.translated(by: Point(x: 0, y: y - Self.gutter)) }
        return LaidOutFigure(frame: Frame(size: Size(width: width, height: (y - Self.gutter + footer.size.height).rounded(.up)), items: items),
                             notices: panels.flatMap(\.notices))
    }
}
