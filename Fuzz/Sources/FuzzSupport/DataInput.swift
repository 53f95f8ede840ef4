import Briefing

/// Reads `bytes` as the data file `file` (CSV, or JSON by its extension) and every column as
/// numbers: what the data fuzz targets ask of each input, a table or a diagnostic, never a trap.
public func readDataset(_ bytes: [UInt8], file: String) {
    guard let dataset = try? Dataset(name: "fuzz", file: file, bytes: bytes) else { return }
    for column in dataset.columnNames { _ = try? dataset.numbers(in: column, at: SourceLocation(file: "spec")) }
}
