import Drawing

/// A horizontal bar chart of one series, normalised: data, encoding choices and the words that go with it.
///
/// Every bar carries its value label, so no value axis is drawn (a graphics-desk convention).
///
/// ```swift
/// let chart = BarChart(title: "미국의 민간 AI 투자, 중국의 약 9배",
///                      categories: ["미국", "중국", "한국"],
///                      series: [BarSeries(name: "투자액", values: [67.2, 7.76, 1.4])],
///                      valueFormat: .korean(unit: "달러", multiplier: 1e9))
/// ```
public struct BarChart: Equatable, Hashable, Sendable {
    /// Category order.
    public enum Sort: String, Equatable, Hashable, Sendable, CaseIterable { case data, descending, ascending }

    /// The takeaway, ≤ 10 words, sentence case.
    public var title: String
    /// The statistical description: measure, unit, place, period.
    public var subtitle: String?
    /// Where the data comes from; shown after the theme's source label.
    public var source: String?
    /// A note shown above the source line.
    public var note: String?
    public var categories: [String]
    public var series: [BarSeries]
    public var sort: Sort
    public var valueFormat: NumberFormat
    /// Categories drawn in the accent colour; when non-empty all others are muted.
    public var highlight: Set<String>
    /// Words used around the chart in its language ("출처", "n/a"…).
    public var labels: ChartLabels

    /// Creates a bar chart.
    public init(title: String, subtitle: String? = nil, source: String? = nil, note: String? = nil,
                categories: [String], series: [BarSeries], sort: Sort = .data,
                valueFormat: NumberFormat, highlight: Set<String> = [],
                labels: ChartLabels = .korean) {
        self.title = title; self.subtitle = subtitle; self.source = source; self.note = note
        self.categories = categories; self.series = series; self.sort = sort
        self.valueFormat = valueFormat; self.highlight = highlight; self.labels = labels
    }
}

/// One series of values, one per category; nil is a missing value (drawn as a gap, never as zero).
public struct BarSeries: Equatable, Hashable, Sendable {
    public var name: String
    public var values: [Double?]
    /// Creates a series.
    public init(name: String, values: [Double?]) { self.name = name; self.values = values }
}

/// The fixed words a chart prints, per language.
public struct ChartLabels: Equatable, Hashable, Sendable {
    /// Prefix of the source line, e.g. "출처" → "출처: …".
    public var source: String
    /// Prefix of the note line.
    public var note: String
    /// Shown where a value is missing.
    public var notAvailable: String
    /// Alt-text words: the chart kind, "largest", "smallest", "items".
    public var barChart: String, largest: String, smallest: String, items: String
    /// Creates chart words.
    public init(source: String, note: String, notAvailable: String, barChart: String, largest: String,
                smallest: String, items: String) {
        self.source = source; self.note = note; self.notAvailable = notAvailable
        self.barChart = barChart; self.largest = largest; self.smallest = smallest; self.items = items
    }
    /// Korean: 출처, 주, 자료 없음.
    public static let korean = ChartLabels(source: "출처", note: "주", notAvailable: "자료 없음", barChart: "가로 막대 그래프",
                                           largest: "가장 큰 값", smallest: "가장 작은 값", items: "개 항목")
    /// English: Source, Note, n/a.
    public static let english = ChartLabels(source: "Source", note: "Note", notAvailable: "n/a", barChart: "Horizontal bar chart",
                                            largest: "largest", smallest: "smallest", items: " items")
}
