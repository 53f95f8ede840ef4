import Foundation
import ReportSpec

/// Builds the report in `folder` into `outputFolder` (`<name>.pdf`, `<name>/<figure-id>.svg`)
/// and returns what it wrote with every diagnostic; never throws, never prints.
///
/// ```swift
/// import Briefing
///
/// let result = buildReport(at: "Reports/china-ai-2025", into: "out")
/// for d in result.diagnostics { print(d) }
/// print(result.status, result.outputs.first ?? "")   // built out/china-ai-2025.pdf
/// ```
///
/// Fonts come from `options`' engine defaults (`$BRIEFING_FONTS`, the installed fonts, a
/// checkout's `Fonts/`); use ``Engine`` to choose them or to build many reports with warm fonts.
public func buildReport(at folder: String, into outputFolder: String, options: BuildOptions = BuildOptions(),
                        fonts: String? = nil) -> ReportResult {
    var options = options
    options.outputFolder = outputFolder
    do {
        return try Engine(fonts: fonts).build([folder], options: options).first
            ?? ReportResult(folder: folder, name: Engine.reportName(folder), status: .failed, failure: .input)
    } catch {
        let d = error as? Diagnostic ?? Diagnostic(.error, at: SourceLocation(file: folder), Messages.buildFailed("\(error)"))
        return ReportResult(folder: folder, name: Engine.reportName(folder), status: .failed, failure: .input, diagnostics: [d])
    }
}

/// Draws one bar chart from `data` as the bytes of an SVG, PNG or PDF file (see
/// ``Engine/chart(_:options:format:)``); throws a `LoadFailure` or `Diagnostic` naming
/// where the data is wrong.
///
/// ```swift
/// import Briefing
///
/// let data = try Dataset(name: "investment", header: ["country", "usd_billion"],
///                        rows: [["미국", "67.2"], ["중국", "7.76"], ["영국", "4.52"]])
/// var options = ChartOptions()
/// options.chart.title = "미국의 AI 민간 투자, 중국의 9배"
/// let svg = try makeChart(.dataset(data), options: options, format: .svg).bytes
/// ```
public func makeChart(_ data: ChartData, options: ChartOptions = ChartOptions(), format: ChartFileFormat,
                      fonts: String? = nil) throws -> ChartOutput {
    try Engine(fonts: fonts).chart(data, options: options, format: format)
}
