import Drawing

/// A bar chart, normalised: data, encoding choices and the words that go with it.
///
/// Every option is explicit; the spec loader and `briefing chart` fill the defaults.
///
/// ```swift
/// let chart = BarChart(title: "미국의 민간 AI 투자, 중국의 약 9배",
///                      categories: ["미국", "중국", "한국"],
///                      series: [BarSeries(name: "투자액", values: [67.2, 7.76, 1.4])],
///                      valueFormat: .korean(unit: "달러", multiplier: 1e9))
/// ```
public struct BarChart: Equatable, Hashable, Sendable {
    /// Which way bars grow: horizontal bars suit long category names, vertical columns suit time.
    public enum Orientation: String, Equatable, Hashable, Sendable, CaseIterable { case horizontal, vertical }
    /// How several series share a category.
    public enum Layout: String, Equatable, Hashable, Sendable, CaseIterable {
        /// Bars side by side within the category.
        case grouped
        /// Segments end to end; negative values stack below zero.
        case stacked
        /// Segments as shares of the category's total (100 %).
        case percent
    }
    /// The value scale. Log is for data spanning orders of magnitude and is labelled as such.
    public enum Scale: String, Equatable, Hashable, Sendable, CaseIterable { case linear, log }
    /// Category order.
    public enum Sort: String, Equatable, Hashable, Sendable, CaseIterable { case data, descending, ascending }

    /// The takeaway, ≤ 10 words, sentence case.
    public var title: String
    /// The statistical description: measure, unit, place, period.
    public var subtitle: String?
    /// Where the data comes from; shown after the chart's source word.
    public var source: String?
    /// A note shown above the source line.
    public var note: String?
    public var categories: [String]
    public var series: [BarSeries]
    public var sort: Sort
    public var valueFormat: NumberFormat
    /// Categories drawn in the accent colour; when non-empty all others are muted.
    public var highlight: Set<String>
    /// Words used around the chart in its language ("출처", "자료 없음"…).
    public var labels: ChartLabels
    public var orientation: Orientation
    public var layout: Layout
    public var scale: Scale
    /// Whether bars carry their values as labels.
    public var valueLabels: Bool
    /// Whether the value axis (ticks and grid) is drawn; a graphics desk drops it when every bar is labelled.
    public var valueAxis: Bool
    /// Lines across the plot at a value (a target, an average), each with a label.
    public var referenceLines: [ReferenceLine]
    /// Short notes pointing at a bar.
    public var annotations: [Annotation]

    /// Creates a bar chart. Defaults describe a single-series horizontal chart with labelled bars and no axis.
    public init(title: String, subtitle: String? = nil, source: String? = nil, note: String? = nil,
                categories: [String], series: [BarSeries], sort: Sort = .data,
                valueFormat: NumberFormat, highlight: Set<String> = [], labels: ChartLabels = .korean,
                orientation: Orientation = .horizontal, layout: Layout = .grouped, scale: Scale = .linear,
                valueLabels: Bool = true, valueAxis: Bool = false,
                referenceLines: [ReferenceLine] = [], annotations: [Annotation] = []) {
        self.title = title; self.subtitle = subtitle; self.source = source; self.note = note
        self.categories = categories; self.series = series; self.sort = sort
        self.valueFormat = valueFormat; self.highlight = highlight; self.labels = labels
        self.orientation = orientation; self.layout = layout; self.scale = scale
        self.valueLabels = valueLabels; self.valueAxis = valueAxis
        self.referenceLines = referenceLines; self.annotations = annotations
    }
}

/// One series of values, one per category; nil is a missing value (drawn as a gap, never as zero).
public struct BarSeries: Equatable, Hashable, Sendable {
    public var name: String
    public var values: [Double?]
    /// Creates a series.
    public init(name: String, values: [Double?]) { self.name = name; self.values = values }
}

/// A line across the plot at a value, with its label (e.g. "평균 25.4", "목표").
///
/// ```swift
/// ReferenceLine(value: 50, label: "목표")
/// ```
public struct ReferenceLine: Equatable, Hashable, Sendable {
    public var value: Double
    public var label: String
    /// Creates a reference line.
    public init(value: Double, label: String) { self.value = value; self.label = label }
}

/// A short text with a connector pointing at one bar.
///
/// ```swift
/// Annotation(text: "미국이 약 9배", category: "미국")
/// ```
public struct Annotation: Equatable, Hashable, Sendable {
    public var text: String
    /// The category whose bar the connector points at.
    public var category: String
    /// Which series' bar, by index (0 for single-series charts).
    public var series: Int
    /// Creates an annotation.
    public init(text: String, category: String, series: Int = 0) {
        self.text = text; self.category = category; self.series = series
    }
}

/// The fixed words a chart prints, per language.
public struct ChartLabels: Equatable, Hashable, Sendable {
    /// Prefix of the source line, e.g. "출처" → "출처: …".
    public var source: String
    /// Prefix of the note line.
    public var note: String
    /// Shown where a value is missing.
    public var notAvailable: String
    /// Alt-text words: the chart kinds, "largest", "smallest", "items".
    public var barChart: String, largest: String, smallest: String, items: String
    /// The vertical form of `barChart` ("세로 막대 그래프").
    public var columnChart: String
    /// Marks a logarithmic value axis.
    public var logScale: String
    /// Names an average reference line.
    public var average: String
    /// Alt-text words: what precedes the highlighted bars and the annotations.
    public var highlighted: String, annotated: String
    /// Alt-text comparisons, with `{a}`, `{b}` and `{n}` for the two categories and the multiple
    /// ("{a}, {b}의 {n}배") or the share ("{a}, {b}의 {n}", n a percentage) of `a` to `b`.
    public var timesTemplate: String, shareTemplate: String
    /// Alt-text names of the other kinds, which begin their alt texts.
    public var lineChart = "Line chart", areaChart = "Area chart", stackedAreaChart = "Stacked area chart",
               percentAreaChart = "100% stacked area chart", dotPlot = "Dot plot", lollipopChart = "Lollipop chart",
               rangeChart = "Range plot", slopeChart = "Slope chart"
    /// Alt-text words: a series' highest and lowest point, the count of moments, of series, and a series' share of the total.
    public var peak = "peak", low = "low", moments = " points", seriesCount = " series", shareOfTotal = "share"
    /// Whether time axes write periods the Korean way ("3월", "1분기") rather than the English ("Mar", "Q1").
    public var koreanDates = false
    /// Creates chart words.
    public init(source: String, note: String, notAvailable: String, barChart: String, largest: String,
                smallest: String, items: String, columnChart: String = "Column chart", logScale: String = "log scale",
                average: String = "average", highlighted: String = "Highlighted", annotated: String = "Annotated",
                timesTemplate: String = "{a}, {n} times {b}", shareTemplate: String = "{a}, {n} of {b}") {
        self.source = source; self.note = note; self.notAvailable = notAvailable
        self.barChart = barChart; self.largest = largest; self.smallest = smallest; self.items = items
        self.columnChart = columnChart; self.logScale = logScale; self.average = average
        self.highlighted = highlighted; self.annotated = annotated
        self.timesTemplate = timesTemplate; self.shareTemplate = shareTemplate
    }
    /// Korean: 출처, 주, 자료 없음.
    public static let korean: ChartLabels = {
        var words = ChartLabels(source: "출처", note: "주", notAvailable: "자료 없음", barChart: "가로 막대 그래프",
                                largest: "가장 큰 값", smallest: "가장 작은 값", items: "개 항목",
                                columnChart: "세로 막대 그래프", logScale: "로그 눈금", average: "평균",
                                highlighted: "강조", annotated: "주석", timesTemplate: "{a}, {b}의 {n}배",
                                shareTemplate: "{a}, {b}의 {n}")
        words.lineChart = "선 그래프"; words.areaChart = "영역 그래프"; words.stackedAreaChart = "누적 영역 그래프"
        words.percentAreaChart = "100% 누적 영역 그래프"; words.dotPlot = "점 그래프"; words.lollipopChart = "롤리팝 그래프"
        words.rangeChart = "범위 그래프"; words.slopeChart = "기울기 그래프"
        words.peak = "최고"; words.low = "최저"; words.moments = "개 시점"; words.seriesCount = "개 계열"; words.shareOfTotal = "비중"
        words.koreanDates = true
        return words
    }()
    /// English: Source, Note, n/a.
    public static let english = ChartLabels(source: "Source", note: "Note", notAvailable: "n/a", barChart: "Horizontal bar chart",
                                            largest: "largest", smallest: "smallest", items: " items",
                                            columnChart: "Column chart", logScale: "log scale")
}
