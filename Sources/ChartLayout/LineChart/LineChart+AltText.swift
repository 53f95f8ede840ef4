/// Alternative text generated from the data: the kind, the title, the span of time, and per
/// series where it starts and ends and its peak, so a reader who cannot see the lines gets the
/// movement they show.
extension LineChart {
    /// The kind's name in the chart's language: "선 그래프", "누적 영역 그래프", "Line chart"…
    public var kindName: String {
        switch (mark, isStacked ? layout : .overlaid) {
        case (.line, _): return labels.lineChart
        case (.area, .overlaid): return labels.areaChart
        case (.area, .stacked): return labels.stackedAreaChart
        case (.area, .percent): return labels.percentAreaChart
        }
    }

    /// "선 그래프: 제목 (부제). 2019–2023, 5개 시점, 3개 계열. 미국: 2019 271억 달러 → 2023 672억 달러,
    /// 최고 2023 672억 달러. …" — every series' first and last value and its peak (or low, when
    /// the values fall), the reference lines and the annotations.
    ///
    /// ```swift
    /// chart.altText   // "Line chart: The United States pulled away after 2021. 2019–2023, 5 points. …"
    /// ```
    public var altText: String {
        var head = "\(kindName): \(title)"
        if let subtitle, !subtitle.isEmpty { head += " (\(subtitle))" }
        let axis = LineXAxis(chart: self)
        let order = axis.order
        var span = ""
        if let first = order.first, let last = order.last {
            span = first == last ? categories[first] : "\(categories[first])–\(categories[last])"
            span += ", \(categories.count)\(labels.moments)"
            if series.count > 1 { span += ", \(series.count)\(labels.seriesCount)" }
            if scale == .log { span += ", \(labels.logScale)" }
        }
        var sentences = [head]
        if !span.isEmpty { sentences.append(span) }
        let totals = order.map { c in series.indices.reduce(0.0) { $0 + max(0, value($1, c) ?? 0) } }
        for s in series.indices {
            let present = order.enumerated().compactMap { i, c in value(s, c).map { (i: i, c: c, v: $0) } }
            guard let first = present.first, let last = present.last else { continue }
            func words(_ p: (i: Int, c: Int, v: Double)) -> String {
                if layout == .percent && isStacked {
                    let share = totals[p.i] > 0 ? p.v / totals[p.i] : 0
                    return "\(categories[p.c]) \(NumberFormat.percent(decimals: 0).format(share))"
                }
                return "\(categories[p.c]) \(valueFormat.format(p.v))"
            }
            var sentence = series.count > 1 ? "\(series[s].name): " : ""
            sentence += first.c == last.c ? words(first) : "\(words(first)) → \(words(last))"
            if present.count > 2, !(layout == .percent && isStacked) {
                let rising = last.v >= first.v
                let extreme = rising ? present.max { $0.v < $1.v } : present.min { $0.v < $1.v }
                if let extreme, extreme.c != last.c, extreme.c != first.c {
                    sentence += ", \(rising ? labels.peak : labels.low) \(words(extreme))"
                }
            }
            sentences.append(sentence)
        }
        if !annotations.isEmpty {
            sentences.append("\(labels.annotated): " + annotations.map { "\($0.text) (\($0.category))" }.joined(separator: ", "))
        }
        sentences += referenceLines.map { "\($0.label) \(valueFormat.format($0.value))" }
        sentences += periods.map { "\($0.label) \($0.from)–\($0.to)" }
        return sentences.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " ")
    }
}
