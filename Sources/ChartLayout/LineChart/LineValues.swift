/// A line chart's values as drawn: per series and moment, the band each covers on the value
/// axis (a line is the band's top; an area fills it), and the domain they need.
struct LineValues {
    /// `bands[s][c]`: from the layer below (or the baseline) to the drawn value; nil where missing.
    let bands: [[(low: Double, high: Double)?]]
    let lower: Double
    let upper: Double

    init(chart: LineChart) {
        let n = chart.categories.count, count = chart.series.count
        var bands = Array(repeating: [(low: Double, high: Double)?](repeating: nil, count: n), count: count)
        if chart.isStacked {
            // Missing values stack as zero: a gap in one layer would tear every layer above it.
            for c in 0..<n {
                let total = (0..<count).reduce(0.0) { $0 + max(0, chart.value($1, c) ?? 0) }
                var running = 0.0
                guard (0..<count).contains(where: { chart.value($0, c) != nil }) else { continue }
                for s in 0..<count {
                    var v = max(0, chart.value(s, c) ?? 0)
                    if chart.layout == .percent { v = total > 0 ? v / total : 0 }
                    bands[s][c] = (running, running + v)
                    running += v
                }
            }
        } else {
            for s in 0..<count {
                for c in 0..<n { if let v = chart.value(s, c) { bands[s][c] = (0, v) } }
            }
        }
        self.bands = bands
        let highs = bands.flatMap { $0.compactMap { $0?.high } } + chart.referenceLines.map(\.value).filter(\.isFinite)
        if chart.scale == .log {
            let positive = highs.filter { $0 > 0 }
            lower = positive.min() ?? 1
            upper = max(positive.max() ?? 10, lower)
            return
        }
        var lo = highs.min() ?? 0, hi = highs.max() ?? 1
        if chart.layout == .percent && chart.isStacked { lo = 0; hi = 1 }
        let zero = chart.includesZero ?? (chart.mark == .area || Self.nearZero(lo, hi))
        if zero { lo = min(lo, 0); hi = max(hi, 0) }
        if lo == hi { lo -= lo == 0 ? 0 : abs(lo) * 0.1; hi += hi == 0 ? 1 : abs(hi) * 0.1 }
        lower = lo; upper = hi
    }

    /// Whether zero belongs on the axis of data from `lo` to `hi`: when the data lie nearer to
    /// zero than their own spread, leaving it out would exaggerate the change.
    static func nearZero(_ lo: Double, _ hi: Double) -> Bool {
        if lo <= 0 && hi >= 0 { return true }
        let distance = lo > 0 ? lo : -hi
        return distance <= hi - lo
    }
}
