/// What building (or checking) one report folder came to: its status, the files it wrote, and
/// every diagnostic any layer raised, in order.
///
/// ```swift
/// let result = buildReport(at: "Reports/china-ai-2025", into: "out")
/// if result.status == .failed { result.diagnostics.forEach { print($0) } }
/// result.outputs   // ["out/china-ai-2025.pdf", "out/china-ai-2025/ai-cities.svg", …]
/// ```
public struct ReportResult: Sendable, Codable, Equatable {
    /// How the build ended.
    public enum Status: String, Sendable, Codable {
        /// Every output was written (or left as it was, holding the same bytes).
        case built
        /// Nothing was done: the inputs are unchanged since the last build into the same folder.
        case upToDate = "up-to-date"
        /// Only checked (``Engine/check(_:options:)``): the spec, data and fonts have no errors.
        case checked
        /// The report has errors (or warnings, under ``BuildOptions/warningsAsErrors``), or its
        /// output could not be written; the previous output is left as it was.
        case failed
    }
    /// Why a failed report failed: the command line exits 1 for the input, 3 for the output.
    public enum Failure: String, Sendable, Codable {
        /// The report's own files have errors.
        case input
        /// Its output could not be written (permissions, a full disk).
        case output
    }

    /// The folder as it was named.
    public var folder: String
    /// The report's name: its folder's name, and the stem of its PDF.
    public var name: String
    /// How the build ended.
    public var status: Status
    /// Why it failed, when it did.
    public var failure: Failure?
    /// The files the report has in the output folder: its PDF first, then figure and page files.
    public var outputs: [String]
    /// Pages of its PDF (0 when it failed or was only checked).
    public var pages: Int
    /// Every diagnostic, errors and warnings, in the order they were found.
    public var diagnostics: [Diagnostic]
    /// Wall-clock seconds the report took.
    public var seconds: Double

    /// Creates a result.
    public init(folder: String, name: String, status: Status, failure: Failure? = nil, outputs: [String] = [],
                pages: Int = 0, diagnostics: [Diagnostic] = [], seconds: Double = 0) {
        self.folder = folder; self.name = name; self.status = status; self.failure = failure
        self.outputs = outputs; self.pages = pages; self.diagnostics = diagnostics; self.seconds = seconds
    }

    /// Errors among ``diagnostics``.
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    /// Warnings among ``diagnostics``.
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
