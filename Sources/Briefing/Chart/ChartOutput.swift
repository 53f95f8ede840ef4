import ReportSpec

/// A drawn chart: the file's bytes, and warnings (such as a chart taller than its canvas).
public struct ChartOutput: Sendable {
    /// The SVG, PNG or PDF file's bytes.
    public var bytes: [UInt8]
    /// Warnings; errors are thrown instead.
    public var warnings: [Diagnostic]
    /// The chart's alt text, generated from the data.
    public var altText: String
}
