/// A slope chart, normalised: two moments, and for each category a line from its value at the
/// first to its value at the second, labelled at both ends.
///
/// ```swift
/// let chart = SlopeChart(title: "중국만 비중을 늘렸다", categories: ["미국", "중국", "유럽"],
///                        start: BarSeries(name: "2019", values: [54, 11, 20]),
///                        end: BarSeries(name: "2023", values: [61, 7, 12]), valueFormat: .percent(decimals: 0))
/// ```
public struct SlopeChart: Equatable, Hashable, Sendable {
    public var title: String
    public var subtitle: String?
    public var source: String?
    public var note: String?
    /// One line per category.
    public var categories: [String]
    /// The values at the first moment (its name heads the left axis) and at the second.
    public var start: BarSeries
    public var end: BarSeries
    public var valueFormat: NumberFormat
    public var labels: ChartLabels
    /// Categories drawn in the accent colour; when non-empty the others are grey.
    public var highlight: Set<String>
    /// Whether the value axis includes zero: nil chooses (when the data lie near it).
    public var includesZero: Bool?

    /// Creates a slope chart.
    public init(title: String, subtitle: String? = nil, source: String? = nil, note: String? = nil, categories: [String],
                start: BarSeries, end: BarSeries, valueFormat: NumberFormat, labels: ChartLabels = .korean,
                highlight: Set<String> = [], includesZero: Bool? = nil) {
        self.title = title; self.subtitle = subtitle; self.source = source; self.note = note; self.categories = categories
        self.start = start; self.end = end; self.valueFormat = valueFormat; self.labels = labels; self.highlight = highlight
        self.includesZero = includesZero
    }

    /// A category's two values, each nil when missing.
    func values(_ c: Int) -> (Double?, Double?) {
        func at(_ s: BarSeries) -> Double? { c < s.values.count ? s.values[c].flatMap { $0.isFinite ? $0 : nil } : nil }
        return (at(start), at(end))
    }

    /// "기울기 그래프: 제목 (부제). 2019 → 2023, 3개 항목. 미국 54% → 61%; …" — every category's two values.
    public var altText: String {
        var head = "\(labels.slopeChart): \(title)"
        if let subtitle, !subtitle.isEmpty { head += " (\(subtitle))" }
        let rows = categories.indices.compactMap { c -> String? in
            let (a, b) = values(c)
            guard a != nil || b != nil else { return nil }
            let words = { (v: Double?) in v.map { valueFormat.format($0) } ?? labels.notAvailable }
            return "\(categories[c]) \(words(a)) → \(words(b))"
        }
        let sentences = [head, "\(start.name) → \(end.name), \(categories.count)\(labels.items): " + rows.prefix(BarChart.altTextValueLimit).joined(separator: "; ")]
        return sentences.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " ")
    }
}
