/// Column widths from content, after the HTML automatic table layout.
///
/// Each column has a min-content width (its widest unbreakable piece: a word, or a whole
/// number) and a max-content width (its text unwrapped), clamped by the column's own bounds.
/// When every column fits at its max, each gets its max (and, when filling the width, text
/// columns share the surplus); otherwise the width between Σmin and Σmax is shared in
/// proportion to max − min; below Σmin there is no solution (the caller shrinks the text).
///
/// ```swift
/// TableColumnWidths.solve(min: [20, 30], max: [60, 30], available: 70, fill: false, text: [true, false])   // [40, 30]
/// ```
public enum TableColumnWidths {
    /// Widths summing to at most `available`, or nil when even the minimums do not fit.
    public static func solve(min: [Double], max: [Double], available: Double, fill: Bool, text: [Bool]) -> [Double]? {
        let sumMin = min.reduce(0, +), sumMax = max.reduce(0, +)
        if sumMin > available + 1e-9 { return nil }
        if sumMax <= available + 1e-9 {
            guard fill, sumMax > 0 else { return max }
            let surplus = available - sumMax
            // Surplus to text columns by their max width; to every column when none holds text.
            let takers = text.contains(true) ? text : text.map { _ in true }
            let base = zip(max, takers).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
            return max.indices.map { i in
                guard takers[i] else { return max[i] }
                return max[i] + (base > 0 ? surplus * max[i] / base : surplus / Double(takers.filter { $0 }.count))
            }
        }
        let share = (available - sumMin) / (sumMax - sumMin)
        return min.indices.map { min[$0] + (max[$0] - min[$0]) * share }
    }
}
