import Drawing

/// A line or area chart, normalised: values over time (or over ordered steps), each series a
/// line, or stacked areas.
///
/// Categories that read as time (``TimePoint``) are placed by date, so an irregular series keeps
/// its gaps; others are evenly spaced in the order given. Missing values break a line.
///
/// ```swift
/// let chart = LineChart(title: "미국이 2021년 이후 격차를 벌렸다",
///                       categories: ["2019", "2020", "2021", "2022", "2023"],
///                       series: [BarSeries(name: "미국", values: [27.1, 31.9, 52.9, 47.4, 67.2])],
///                       valueFormat: .korean(unit: "달러", multiplier: 1e9))
/// ```
public struct LineChart: Equatable, Hashable, Sendable {
    /// Lines, or areas filled down to the baseline (or to the layer below).
    public enum Mark: String, Equatable, Hashable, Sendable, CaseIterable { case line, area }
    /// How several series share the plot.
    public enum Layout: String, Equatable, Hashable, Sendable, CaseIterable {
        /// Each series on its own from the same baseline (lines; a lone area).
        case overlaid
        /// Areas stacked, each on the one before.
        case stacked
        /// Areas stacked as shares of each moment's total (100 %).
        case percent
    }

    public var title: String
    public var subtitle: String?
    public var source: String?
    public var note: String?
    /// The moments (or steps) as written, in data order.
    public var categories: [String]
    /// One value per category each; nil is missing (a gap).
    public var series: [BarSeries]
    public var mark: Mark
    public var layout: Layout
    public var scale: BarChart.Scale
    public var valueFormat: NumberFormat
    public var labels: ChartLabels
    /// Series drawn in colour; when non-empty, the others are grey and drawn beneath.
    public var highlight: Set<String>
    /// Whether every point carries a dot (isolated points always do: a line needs two).
    public var markers: Bool
    /// Whether the value axis includes zero: nil chooses (areas always; lines when the data's
    /// distance from zero is less than its own spread).
    public var includesZero: Bool?
    /// Lines across the plot at a value (a target, an average), each with a label.
    public var referenceLines: [ReferenceLine]
    /// Spans of time shaded behind the lines (a recession, a policy period), each with a label.
    public var periods: [ShadedPeriod]
    /// Notes pointing at one point of one series.
    public var annotations: [PointAnnotation]

    /// Creates a line chart; the defaults describe plain lines on a linear scale.
    public init(title: String, subtitle: String? = nil, source: String? = nil, note: String? = nil,
                categories: [String], series: [BarSeries], mark: Mark = .line, layout: Layout = .overlaid,
                scale: BarChart.Scale = .linear, valueFormat: NumberFormat, labels: ChartLabels = .korean,
                highlight: Set<String> = [], markers: Bool = false, includesZero: Bool? = nil,
                referenceLines: [ReferenceLine] = [], periods: [ShadedPeriod] = [], annotations: [PointAnnotation] = []) {
        self.title = title; self.subtitle = subtitle; self.source = source; self.note = note
        self.categories = categories; self.series = series; self.mark = mark; self.layout = layout
        self.scale = scale; self.valueFormat = valueFormat; self.labels = labels; self.highlight = highlight
        self.markers = markers; self.includesZero = includesZero; self.referenceLines = referenceLines
        self.periods = periods; self.annotations = annotations
    }

    /// The categories as points in time, when every one reads as a date of a recognised form;
    /// nil for an ordinal axis.
    public var timePoints: [TimePoint]? {
        var out: [TimePoint] = []
        out.reserveCapacity(categories.count)
        for c in categories {
            guard let p = TimePoint(c) else { return nil }
            out.append(p)
        }
        return out.isEmpty ? nil : out
    }

    /// The value of series `s` at category `c`, nil when missing or not finite.
    func value(_ s: Int, _ c: Int) -> Double? {
        guard series.indices.contains(s), c < series[s].values.count, let v = series[s].values[c], v.isFinite else { return nil }
        return v
    }

    /// Whether the series are stacked areas (of values or of shares).
    var isStacked: Bool { mark == .area && layout != .overlaid && series.count > 1 }
}

/// A span of the time axis shaded behind the data, from one category to another.
///
/// ```swift
/// ShadedPeriod(from: "2020-03", to: "2021-06", label: "코로나19 대유행")
/// ```
public struct ShadedPeriod: Equatable, Hashable, Sendable {
    /// The first and last category of the span, as written in the data (or any date of a recognised form).
    public var from: String
    public var to: String
    public var label: String
    /// Creates a shaded period.
    public init(from: String, to: String, label: String) { self.from = from; self.to = to; self.label = label }
}

/// A short text with a leader pointing at one point of a line.
///
/// ```swift
/// PointAnnotation(text: "사상 최대", category: "2021", series: 0)
/// ```
public struct PointAnnotation: Equatable, Hashable, Sendable {
    public var text: String
    /// The category (moment) of the point.
    public var category: String
    /// The series, by index.
    public var series: Int
    /// Creates an annotation.
    public init(text: String, category: String, series: Int = 0) { self.text = text; self.category = category; self.series = series }
}
