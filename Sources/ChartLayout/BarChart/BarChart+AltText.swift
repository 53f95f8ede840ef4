/// Alternative text generated from the data, for screen readers and the SVG's `<desc>`.
extension BarChart {
    /// What the chart shows: kind, title, how many bars, and per series the largest and smallest.
    ///
    /// ```swift
    /// chart.altText  // "가로 막대 그래프: 민간 AI 투자액. 3개 항목 — 가장 큰 값 미국 672억 달러, 가장 작은 값 한국 14억 달러."
    /// ```
    public var altText: String {
        var text = "\(orientation == .horizontal ? labels.barChart : labels.columnChart): \(title)"
        if let subtitle, !subtitle.isEmpty { text += " (\(subtitle))" }
        text += ". \(categories.count)\(labels.items)"
        var parts: [String] = []
        for s in series {
            let pairs = zip(categories, s.values).compactMap { c, v in v.map { (c, $0) } }
            guard let maxPair = pairs.max(by: { $0.1 < $1.1 }), let minPair = pairs.min(by: { $0.1 < $1.1 }) else { continue }
            let prefix = series.count > 1 ? "\(s.name): " : ""
            if pairs.count > 1 {
                parts.append("\(prefix)\(labels.largest) \(maxPair.0) \(valueFormat.format(maxPair.1)), \(labels.smallest) \(minPair.0) \(valueFormat.format(minPair.1))")
            } else {
                parts.append("\(prefix)\(maxPair.0) \(valueFormat.format(maxPair.1))")
            }
        }
        if !parts.isEmpty { text += " — " + parts.joined(separator: "; ") }
        return text + "."
    }
}
