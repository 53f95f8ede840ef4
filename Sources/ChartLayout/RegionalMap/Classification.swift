import Drawing

/// How a choropleth's values are cut into classes.
///
/// ```swift
/// let classes = Classification.breaks([1, 2, 4, 8, 16], method: .quantile, count: 3)
/// ```
public enum ClassificationMethod: Equatable, Hashable, Sendable {
    /// Equal counts per class: uses the whole palette, but splits near-equal values.
    case quantile
    /// Equal steps from min to max: readable breaks; skewed data leaves classes empty.
    case equalInterval
    /// Jenks natural breaks, computed exactly (ckmeans dynamic programming).
    case naturalBreaks
    /// Breaks chosen by the author: the inner boundaries, strictly increasing.
    case manual([Double])

    /// Names as written in a spec.
    public static let names = ["quantile", "equal-interval", "natural-breaks", "manual"]
}

/// Class boundaries: k + 1 strictly increasing values from the minimum to the maximum.
public enum Classification {
    /// The boundaries of at most `count` classes for `values` (fewer when values repeat).
    /// Empty when there are no finite values.
    public static func breaks(_ values: [Double], method: ClassificationMethod, count: Int) -> [Double] {
        let sorted = values.filter(\.isFinite).sorted()
        guard let lo = sorted.first, let hi = sorted.last else { return [] }
        guard hi > lo else { return [lo, lo] }
        // Classes by counts cannot outnumber the values; equal steps can.
        let k = max(1, method == .equalInterval ? count : min(count, sorted.count))
        var inner: [Double]
        switch method {
        case .equalInterval:
            inner = (1..<k).map { lo + Double($0) * (hi - lo) / Double(k) }
        case .quantile:
            inner = (1..<k).map { quantile(sorted, Double($0) / Double(k)) }
        case .naturalBreaks:
            inner = ckmeansStarts(sorted, k: k)
        case .manual(let b):
            inner = b.filter { $0 > lo && $0 < hi }
        }
        // Strictly increasing: each inner break must pass the last one kept, starting from the minimum.
        var out = [lo], last = lo
        for b in inner.sorted() where b > last && b < hi { out.append(b); last = b }
        out.append(hi)
        return out
    }

    /// The class (0-based) of `value` under `breaks`: class i holds breaks[i] ≤ v < breaks[i+1],
    /// the last class includes its upper boundary. Nil for a value outside the breaks.
    public static func classIndex(of value: Double, breaks: [Double]) -> Int? {
        guard breaks.count >= 2, value.isFinite, value >= breaks[0], value <= breaks[breaks.count - 1] else { return nil }
        for i in 1..<(breaks.count - 1) where value < breaks[i] { return i - 1 }
        return breaks.count - 2
    }

    /// Linear-interpolated quantile of sorted values (type 7).
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let h = Double(sorted.count - 1) * p
        let i = Int(h.rounded(.down)), f = h - Double(i)
        return i + 1 < sorted.count ? sorted[i] + f * (sorted[i + 1] - sorted[i]) : sorted[i]
    }

    /// The first value of classes 2…k in the optimal k-clustering of sorted values (minimum
    /// within-class sum of squared deviations, the Jenks criterion), by dynamic programming.
    static func ckmeansStarts(_ x: [Double], k: Int) -> [Double] {
        let n = x.count
        guard k > 1, n > k else { return Array(x.dropFirst().prefix(k - 1)) }
        // The criterion does not change with scale; dividing by the largest magnitude keeps the
        // squares finite (values near 1e154 overflowed them, and no class split ever looked better).
        let magnitude = x.map { abs($0) }.max() ?? 1
        let y = magnitude > 0 && magnitude.isFinite ? x.map { $0 / magnitude } : x
        // Prefix sums give the squared deviation of any run y[i...j] in O(1).
        var s1 = [0.0], s2 = [0.0]
        var sum = 0.0, sumOfSquares = 0.0
        for v in y {
            sum += v; sumOfSquares += v * v
            s1.append(sum); s2.append(sumOfSquares)
        }
        func ssd(_ i: Int, _ j: Int) -> Double {
            let m = Double(j - i + 1), s = s1[j + 1] - s1[i]
            return max(0, s2[j + 1] - s2[i] - s * s / m)
        }
        var cost = [[Double]](repeating: [Double](repeating: .infinity, count: n), count: k)
        // Start each back-pointer at the first index its class may begin at, so the walk back stays in bounds.
        var back = (0..<k).map { c in [Int](repeating: c, count: n) }
        for j in 0..<n { cost[0][j] = ssd(0, j) }
        for c in 1..<k {
            for j in c..<n {
                for i in c...j {
                    let v = cost[c - 1][i - 1] + ssd(i, j)
                    if v < cost[c][j] { cost[c][j] = v; back[c][j] = i }
                }
            }
        }
        var starts: [Double] = []
        var j = n - 1
        for c in stride(from: k - 1, through: 1, by: -1) {
            let i = back[c][j]
            starts.append(x[i]); j = i - 1
        }
        return starts.reversed()
    }
}

/// Sequential palettes that stay readable for colour-blind readers and in greyscale.
public enum SequentialPalette {
    /// ColorBrewer "Blues" for 3 to 7 classes (Cynthia Brewer, colorbrewer2.org; flagged colour-blind safe).
    static let blues: [Int: [String]] = [
        3: ["#deebf7", "#9ecae1", "#3182bd"],
        4: ["#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"],
        5: ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"],
        6: ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"],
        7: ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"],
    ]

    /// `count` colours from light to dark (1 and 2 take the dark end of the three-class scheme).
    public static func blues(_ count: Int) -> [Color] {
        let k = min(max(count, 1), 7)
        let hex = k >= 3 ? (blues[k] ?? []) : Array((blues[3] ?? []).suffix(k))
        return hex.compactMap { Color(hex: $0) }
    }
}
