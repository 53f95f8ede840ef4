import ChartLayout
import ReportBuilder

extension QuickChart {
    /// The kind `briefing chart` draws: the one asked for, else lines when every category reads
    /// as a date (years, quarters, months, days) and bars otherwise.
    public static func kind(for bars: BarChart, options: Options) -> ChartKind {
        options.type ?? ChartKind.chosen(for: bars.categories, barKeysGiven: options.orientation != nil)
    }

    /// The same data drawn as lines (or areas): categories become the moments, the bar chart's
    /// series its lines, and `highlight` names series rather than categories.
    ///
    /// Throws a diagnostic at the data file when a highlighted name is no series, or when values
    /// are ones the kind cannot draw (below zero in stacked areas, zero or less on a log scale).
    public static func lineChart(from bars: BarChart, kind: ChartKind, highlight: [String], file: String) throws -> LineChart {
        let names = bars.series.map(\.name)
        for name in highlight where !names.contains(name) {
            throw Diagnostic(.error, at: SourceLocation(file: file), Messages.unknownValue(name, for: "highlight", allowed: names))
        }
        let layout: LineChart.Layout = switch (kind, bars.layout) {
        case (.area, .percent): .percent
        case (.area, _) where bars.series.count > 1: .stacked
        default: .overlaid
        }
        let stacked = kind == .area && layout != .overlaid
        for s in bars.series {
            for v in s.values.compactMap({ $0 }) {
                if stacked && v < 0 { throw Diagnostic(.error, at: SourceLocation(file: file), Messages.negativeInStack(bars.valueFormat.format(v))) }
                if bars.scale == .log && v <= 0 { throw Diagnostic(.error, at: SourceLocation(file: file), Messages.nonPositiveOnLog(bars.valueFormat.format(v))) }
            }
        }
        return LineChart(title: bars.title, subtitle: bars.subtitle, source: bars.source, note: bars.note,
                         categories: bars.categories, series: bars.series, mark: kind == .area ? .area : .line, layout: layout,
                         scale: kind == .area ? .linear : bars.scale, valueFormat: bars.valueFormat, labels: bars.labels,
                         highlight: Set(highlight))
    }
}

extension QuickChart {
    /// The same data as dots, lollipops or ranges (one row per category), or as a slope chart
    /// (a line per category between the first two value columns).
    ///
    /// Throws a diagnostic at the data file when the kind needs another number of value columns.
    public static func dotOrSlope(from bars: BarChart, kind: ChartKind, file: String) throws -> Figure.Content {
        guard kind.seriesCounts.contains(bars.series.count) else {
            throw Diagnostic(.error, at: SourceLocation(file: file),
                             Messages.seriesCount(kind: kind.rawValue, expected: kind.seriesCountWords, given: bars.series.count))
        }
        if kind == .slope {
            return .slopeChart(SlopeChart(title: bars.title, subtitle: bars.subtitle, source: bars.source, note: bars.note,
                                          categories: bars.categories, start: bars.series[0], end: bars.series[1],
                                          valueFormat: bars.valueFormat, labels: bars.labels, highlight: bars.highlight))
        }
        let style: DotPlot.Style = kind == .lollipop ? .lollipop : kind == .range ? .range : .dot
        return .dotPlot(DotPlot(title: bars.title, subtitle: bars.subtitle, source: bars.source, note: bars.note, style: style,
                                categories: bars.categories, series: bars.series, sort: bars.sort, valueFormat: bars.valueFormat,
                                labels: bars.labels, highlight: bars.highlight))
    }
}
