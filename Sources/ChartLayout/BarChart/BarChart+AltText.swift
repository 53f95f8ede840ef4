/// Alternative text generated from the data, for screen readers and the SVG's `<desc>`.
extension BarChart {
    /// What the chart shows in one or two sentences: kind, title, how many bars, largest and smallest.
    ///
    /// ```swift
    /// chart.altText  // "가로 막대 그래프: 민간 AI 투자액. 3개 항목 — 가장 큰 값 미국 672억 달러, 가장 작은 값 한국 14억 달러."
    /// ```
    public var altText: String {
        let values = series.first?.values ?? []
        let pairs = zip(categories, values).compactMap { c, v in v.map { (c, $0) } }
        var text = "\(labels.barChart): \(title)"
        if let subtitle, !subtitle.isEmpty { text += " (\(subtitle))" }
        text += ". \(categories.count)\(labels.items)"
        if let maxPair = pairs.max(by: { $0.1 < $1.1 }), let minPair = pairs.min(by: { $0.1 < $1.1 }), pairs.count > 1 {
            text += " — \(labels.largest) \(maxPair.0) \(valueFormat.format(maxPair.1)), "
            text += "\(labels.smallest) \(minPair.0) \(valueFormat.format(minPair.1))"
        }
        return text + "."
    }
}
