/// One drawn bar or stack segment in value space: where it starts and ends on the value axis.
struct BarMark: Equatable {
    var category: Int
    var series: Int
    /// Value-axis extent: a grouped bar runs from 0 to its value, a stacked segment from the stack below it.
    var start: Double
    var end: Double
    /// The value as the data gives it (a share for percent layouts); nil for a missing value.
    var value: Double?
    var label: String
}

/// Turns a chart's data into marks and the value domain they need.
struct BarMarks {
    let marks: [BarMark]
    /// Smallest and largest value-axis positions any mark reaches, always including 0 on linear scales.
    let lower: Double
    let upper: Double
    /// True when a series is drawn side by side with others in each category.
    let grouped: Bool

    init(chart: BarChart, order: [Int]) {
        var marks: [BarMark] = []
        let n = chart.series.count
        grouped = chart.layout == .grouped && n > 1
        let percentFormat = NumberFormat.percent(decimals: 0)
        for (slot, c) in order.enumerated() {
            var positive = 0.0, negative = 0.0
            // Non-finite values are missing: an infinity in the total would shrink every other share to nothing.
            let total = chart.series.reduce(0.0) { sum, s in
                let v = (c < s.values.count ? s.values[c] : nil) ?? 0
                return sum + (v.isFinite ? max(0, v) : 0)
            }
            for (s, series) in chart.series.enumerated() {
                let v = c < series.values.count ? series.values[c] : nil
                guard let v, v.isFinite else {
                    marks.append(BarMark(category: slot, series: s, start: 0, end: 0, value: nil, label: chart.labels.notAvailable))
                    continue
                }
                switch chart.layout {
                case .grouped:
                    marks.append(BarMark(category: slot, series: s, start: 0, end: v, value: v, label: chart.valueFormat.format(v)))
                case .stacked:
                    if v >= 0 {
                        marks.append(BarMark(category: slot, series: s, start: positive, end: positive + v, value: v, label: chart.valueFormat.format(v)))
                        positive += v
                    } else {
                        marks.append(BarMark(category: slot, series: s, start: negative, end: negative + v, value: v, label: chart.valueFormat.format(v)))
                        negative += v
                    }
                case .percent:
                    // Shares of the category's positive total; the spec refuses negatives here.
                    let share = total > 0 ? max(0, v) / total : 0
                    marks.append(BarMark(category: slot, series: s, start: positive, end: positive + share, value: share,
                                         label: percentFormat.format(share)))
                    positive += share
                }
            }
        }
        self.marks = marks
        let ends = marks.filter { $0.value != nil }.flatMap { [$0.start, $0.end] }
        if chart.scale == .log {
            let positives = marks.compactMap { $0.value }.filter { $0 > 0 }
            lower = positives.min() ?? 1
            upper = positives.max() ?? 10
        } else {
            lower = min(0, ends.min() ?? 0)
            let top = max(0, ends.max() ?? 0)
            upper = (lower == 0 && top == 0) ? 1 : top
        }
    }
}
