extension BarChart {
    /// Category indices in the order the bars are drawn: the data's order, or sorted by each
    /// category's total (missing values last, ties in data order). The alt text reads the values
    /// in the same order as the eye does.
    public var displayOrder: [Int] {
        let indices = Array(categories.indices)
        guard sort != .data else { return indices }
        let totals = indices.map { c in series.reduce(0.0) { $0 + ((c < $1.values.count ? $1.values[c] : nil) ?? 0) } }
        let hasValue = indices.map { c in series.contains { c < $0.values.count && $0.values[c] != nil } }
        return indices.sorted { a, b in
            if hasValue[a] != hasValue[b] { return hasValue[a] }
            if totals[a] != totals[b] { return sort == .descending ? totals[a] > totals[b] : totals[a] < totals[b] }
            return a < b
        }
    }
}
