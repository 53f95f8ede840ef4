/// A dot plot, lollipop chart or range (dumbbell) chart, normalised: one row per category, its
/// values as dots on a shared value axis.
///
/// A dot plot compares several series per category without bars' claim that length means
/// something; a lollipop is a bar thinned to a stem (it starts at zero); a range joins two
/// series' values, "2023 against 2024" for each category.
///
/// ```swift
/// let chart = DotPlot(title: "한국만 투자가 줄었다", style: .range, categories: ["미국", "중국", "한국"],
///                     series: [BarSeries(name: "2023", values: [67.2, 7.8, 1.4]), BarSeries(name: "2024", values: [109.1, 9.3, 1.3])],
///                     valueFormat: .korean(unit: "달러", multiplier: 1e9))
/// ```
public struct DotPlot: Equatable, Hashable, Sendable {
    /// How each row draws its values.
    public enum Style: String, Equatable, Hashable, Sendable, CaseIterable {
        /// A dot per series.
        case dot
        /// A stem from zero to the value, ending in a dot (one series).
        case lollipop
        /// A bar between two series' values, a dot at each end.
        case range
    }

    public var title: String
    public var subtitle: String?
    public var source: String?
    public var note: String?
    public var style: Style
    public var categories: [String]
    public var series: [BarSeries]
    public var sort: BarChart.Sort
    public var valueFormat: NumberFormat
    public var labels: ChartLabels
    /// Categories in the accent colours; when non-empty the others are grey.
    public var highlight: Set<String>
    /// Whether the values are written beside the dots.
    public var valueLabels: Bool
    public var referenceLines: [ReferenceLine]
    /// Notes pointing at a row: its dot (of `series`), or its whole range.
    public var annotations: [Annotation]

    /// Creates a dot plot; the defaults describe labelled dots sorted as given.
    public init(title: String, subtitle: String? = nil, source: String? = nil, note: String? = nil, style: Style = .dot,
                categories: [String], series: [BarSeries], sort: BarChart.Sort = .data, valueFormat: NumberFormat,
                labels: ChartLabels = .korean, highlight: Set<String> = [], valueLabels: Bool = true, referenceLines: [ReferenceLine] = [],
                annotations: [Annotation] = []) {
        self.title = title; self.subtitle = subtitle; self.source = source; self.note = note; self.style = style
        self.categories = categories; self.series = series; self.sort = sort; self.valueFormat = valueFormat
        self.labels = labels; self.highlight = highlight; self.valueLabels = valueLabels; self.referenceLines = referenceLines
        self.annotations = annotations
    }

    /// The value of series `s` for category `c`, nil when missing or not finite.
    func value(_ s: Int, _ c: Int) -> Double? {
        guard series.indices.contains(s), c < series[s].values.count, let v = series[s].values[c], v.isFinite else { return nil }
        return v
    }

    /// Category indices in display order: as given, or by the last series' value (missing last).
    var displayOrder: [Int] {
        let key = series.count - 1
        switch sort {
        case .data: return Array(categories.indices)
        case .descending, .ascending:
            return categories.indices.sorted { a, b in
                switch (value(key, a), value(key, b)) {
                case let (x?, y?): return x == y ? a < b : (sort == .descending ? x > y : x < y)
                case (_?, nil): return true
                case (nil, _?): return false
                case (nil, nil): return a < b
                }
            }
        }
    }

    /// The kind's name in the chart's language, which begins its alt text.
    public var kindName: String {
        switch style {
        case .dot: return labels.dotPlot
        case .lollipop: return labels.lollipopChart
        case .range: return labels.rangeChart
        }
    }

    /// "범위 그래프: 제목 (부제). 3개 항목. 미국: 2023 672억 달러 → 2024 1,091억 달러; …" — every row's
    /// values in display order (the first and the last series' for a range), then the reference lines.
    public var altText: String {
        var head = "\(kindName): \(title)"
        if let subtitle, !subtitle.isEmpty { head += " (\(subtitle))" }
        var sentences = [head]
        let rows = displayOrder.compactMap { c -> String? in
            let parts = series.indices.compactMap { s in value(s, c).map { series.count > 1 ? "\(series[s].name) \(valueFormat.format($0))" : valueFormat.format($0) } }
            guard !parts.isEmpty else { return nil }
            return "\(categories[c]) " + parts.joined(separator: style == .range ? " → " : ", ")
        }
        sentences.append("\(categories.count)\(labels.items): " + rows.prefix(BarChart.altTextValueLimit).joined(separator: "; "))
        if !annotations.isEmpty {
            sentences.append("\(labels.annotated): " + annotations.map { "\($0.text) (\($0.category))" }.joined(separator: ", "))
        }
        sentences += referenceLines.map { "\($0.label) \(valueFormat.format($0.value))" }
        return sentences.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " ")
    }
}
