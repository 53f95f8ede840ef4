import ReportSpec

/// The data one chart is drawn from: a CSV or JSON file, or a dataset already in memory.
public enum ChartData: Sendable {
    /// A CSV file (or JSON, by its `.json` name): a header row, then one row per category.
    case file(String)
    /// Rows in memory, as `Dataset(name:header:rows:)` makes them.
    case dataset(Dataset)
}
