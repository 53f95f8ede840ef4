import Foundation
import ReportSpec

/// The language of a new report folder's words.
public enum ScaffoldLanguage: String, Sendable, CaseIterable {
    /// A Korean spec, with 만/억/조 numbers.
    case ko
    /// An English spec.
    case en
}

extension Engine {
    /// Creates a report folder at `folder` that builds at once: `report.yaml` (a heading, a
    /// paragraph citing the data, a bar chart and a line chart) with `data/sales.csv` and `data/monthly.csv`. The folder must not exist or must
    /// be empty: nothing is ever overwritten. Returns the files written.
    ///
    /// ```swift
    /// let files = try Engine.createReportFolder(at: "Reports/q1", language: .ko)
    /// ```
    @discardableResult
    public static func createReportFolder(at folder: String, language: ScaffoldLanguage) throws -> [String] {
        if let existing = try? FileManager.default.contentsOfDirectory(atPath: folder), !existing.isEmpty {
            throw Diagnostic(.error, at: SourceLocation(file: folder), Messages.scaffoldFolderNotEmpty)
        }
        let korean = language == .ko
        let files = [(folder + "/" + ReportLoader.specFileName, korean ? ScaffoldFiles.koreanSpec : ScaffoldFiles.englishSpec),
                     (folder + "/data/sales.csv", korean ? ScaffoldFiles.koreanData : ScaffoldFiles.englishData),
                     (folder + "/data/monthly.csv", ScaffoldFiles.monthlyData)]
        for (path, text) in files { try writeFile(Array(text.utf8), to: path) }
        return files.map(\.0)
    }
}
