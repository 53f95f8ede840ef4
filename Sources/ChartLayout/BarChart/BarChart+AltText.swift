/// Alternative text generated from the data, for screen readers and the SVG's `<desc>`: what a
/// sighted reader takes from the chart, in words.
extension BarChart {
    /// The most values an alt text reads out; a chart with more gives each series' extremes and
    /// the highlighted bars instead.
    public static let altTextValueLimit = 12

    /// The kind and title; every value in the order drawn (with each segment's share in a 100 %
    /// chart), or the extremes and highlighted bars when there are more than
    /// ``altTextValueLimit``; the comparison the title makes between two categories it names;
    /// the annotations and reference lines.
    ///
    /// ```swift
    /// chart.altText
    /// // "가로 막대 그래프: 미국의 AI 민간 투자, 중국의 9배에 가까워. 3개 항목: 미국 672억 달러,
    /// //  중국 77억 6,000만 달러, 한국 14억 달러. 미국, 중국의 8.7배."
    /// ```
    public var altText: String {
        var head = "\(orientation == .horizontal ? labels.barChart : labels.columnChart): \(title)"
        if let subtitle, !subtitle.isEmpty { head += " (\(subtitle))" }
        var count = "\(categories.count)\(labels.items)"
        if scale == .log { count += ", \(labels.logScale)" }
        let values = valuesInWords
        var sentences = [head, values.isEmpty ? count : "\(count): \(values)"]
        if let comparison = titleComparison { sentences.append(comparison) }
        if !annotations.isEmpty {
            sentences.append("\(labels.annotated): " + annotations.map { "\($0.text) (\($0.category))" }.joined(separator: ", "))
        }
        sentences += referenceLines.map { "\($0.label) \(valueFormat.format($0.value))" }
        return sentences.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " ")
    }

    /// The value of series `s` for category `c`, nil when missing.
    private func value(_ s: BarSeries, _ c: Int) -> Double? { c < s.values.count ? s.values[c] : nil }

    /// Every value in words, or the extremes and highlighted bars when there are too many.
    private var valuesInWords: String {
        let order = displayOrder
        let present = series.reduce(0) { n, s in n + order.filter { value(s, $0) != nil }.count }
        if present <= Self.altTextValueLimit {
            if series.count == 1, layout != .percent {
                return order.compactMap { c in value(series[0], c).map { "\(categories[c]) \(valueFormat.format($0))" } }
                    .joined(separator: ", ")
            }
            return order.map { categoryInWords($0) }.filter { !$0.isEmpty }.joined(separator: "; ")
        }
        var parts: [String] = []
        for s in series {
            let pairs = order.compactMap { c in value(s, c).map { (c, $0) } }
            guard let top = pairs.max(by: { $0.1 < $1.1 }), let bottom = pairs.min(by: { $0.1 < $1.1 }) else { continue }
            let prefix = series.count > 1 ? "\(s.name): " : ""
            parts.append("\(prefix)\(labels.largest) \(categories[top.0]) \(valueFormat.format(top.1)), "
                         + "\(labels.smallest) \(categories[bottom.0]) \(valueFormat.format(bottom.1))")
        }
        let highlighted = order.filter { highlight.contains(categories[$0]) }.map { categoryInWords($0) }.filter { !$0.isEmpty }
        if !highlighted.isEmpty { parts.append("\(labels.highlighted): " + highlighted.joined(separator: "; ")) }
        return parts.joined(separator: "; ")
    }

    /// One category with each series' value (and share, in a 100 % chart): "2019: 미국 271억 달러, 중국 49억 달러".
    private func categoryInWords(_ c: Int) -> String {
        let total = series.reduce(0.0) { $0 + abs(value($1, c) ?? 0) }
        let share = NumberFormat.percent(decimals: 0)
        let values = series.compactMap { s -> String? in
            guard let v = value(s, c) else { return nil }
            var text = series.count > 1 ? "\(s.name) \(valueFormat.format(v))" : valueFormat.format(v)
            if layout == .percent, total > 0 { text += " (\(share.format(abs(v) / total)))" }
            return text
        }
        return values.isEmpty ? "" : "\(categories[c]): " + values.joined(separator: ", ")
    }

    /// The multiple (or share) of the first category the title names to the second, in the
    /// words of ``ChartLabels/timesTemplate``: a title saying "미국, 중국의 9배" is read with
    /// the figure the bars show. Nil unless the title names two categories with positive values
    /// (their totals, when stacked; a grouped chart of several series has no single value).
    private var titleComparison: String? {
        guard series.count == 1 || layout != .grouped else { return nil }
        var taken: [Range<String.Index>] = []
        var named: [(at: String.Index, category: Int)] = []
        for c in categories.indices.sorted(by: { categories[$0].count > categories[$1].count }) where !categories[c].isEmpty {
            guard let range = title.firstRange(of: categories[c]), !taken.contains(where: { $0.overlaps(range) }) else { continue }
            taken.append(range)
            named.append((range.lowerBound, c))
        }
        named.sort { $0.at < $1.at }
        guard named.count >= 2 else { return nil }
        let (a, b) = (named[0].category, named[1].category)
        func total(_ c: Int) -> Double { series.reduce(0.0) { $0 + (value($1, c) ?? 0) } }
        let (x, y) = (total(a), total(b))
        guard x > 0, y > 0, x.isFinite, y.isFinite else { return nil }
        let ratio = x / y
        let template: String, n: String
        if ratio >= 1 {
            template = labels.timesTemplate
            n = ratio < 10 ? NumberFormat.plain(decimals: 1).format(ratio) : NumberFormat.plain(decimals: 0).format(ratio)
        } else {
            template = labels.shareTemplate
            n = NumberFormat.percent(decimals: 0).format(ratio)
        }
        return template.replacing("{a}", with: categories[a])
            .replacing("{b}", with: categories[b])
            .replacing("{n}", with: n.hasSuffix(".0") ? String(n.dropLast(2)) : n)
    }
}
