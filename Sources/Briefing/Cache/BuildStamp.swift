import Foundation
import ReportSpec

/// What the content cache remembers of a report's last successful build into an output
/// folder: what the build depended on, by content, and what it wrote and warned about, so a
/// skipped build reports the same outputs, pages and warnings as the build it stands for.
///
/// Written as `OUT/.briefing-cache/<name>.json`, keys sorted:
///
/// ```json
/// {"format": 2,
///  "program": "briefing 0.1.0, sha256 5e1c…",
///  "fonts": [{"path": "NotoSansCJK-Regular.ttc", "sha256": "b76b…"}, …],
///  "options": ["png=false", "svg-text=outlines", …],
///  "files": [{"path": "data/exchange-rates.csv", "sha256": "…"}, {"path": "report.yaml", "sha256": "…"}, …],
///  "outputs": ["out/x.pdf", …], "pages": 6, "warnings": []}
/// ```
///
/// `files` are the files the build read through the report folder (the spec and every file it
/// names), by the path the spec gives; `reportFonts` (left out without one) the report's own
/// `fonts/` folder. A digest left out is a file that could not be read as a regular file. A
/// stamp of another format is not trusted, so the report is rebuilt.
struct BuildStamp: Codable, Equatable {
    /// The format this program writes and trusts.
    static let currentFormat = 2

    var format = Self.currentFormat
    /// ``ProgramIdentity/current`` of the program that built.
    var program: String
    /// ``FontIdentity`` of the engine's font folder.
    var fonts: [FileDigest]
    /// ``BuildOptions/outputAffecting``.
    var options: [String]
    /// Every file the build read from the report folder, sorted by path.
    var files: [FileDigest]
    /// Every file of the report's `fonts/` folder, sorted by path; nil without the folder.
    var reportFonts: [FileDigest]?
    var outputs: [String]
    var pages: Int
    var warnings: [Diagnostic]

    /// The stamp file of report `name` in `outputFolder`.
    static func path(name: String, outputFolder: String) -> String { "\(folder(in: outputFolder))/\(name).json" }

    /// The folder of the stamps in `outputFolder`.
    static func folder(in outputFolder: String) -> String { "\(outputFolder)/.briefing-cache" }

    /// Removes whatever stands in the place of the stamps' folder and is not a folder: a link
    /// there (planted, or restored with a CI cache) would have stamps read, written and removed
    /// outside the output folder. The name is the build's own, so nothing of the user's goes.
    static func clearPlantedFolder(in outputFolder: String) {
        var info = stat()
        let path = folder(in: outputFolder)
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR { unlink(path) }
    }

    /// The stamp at `path`, if one of this format was written and can be read.
    static func read(_ path: String) -> BuildStamp? {
        guard let bytes = RegularFile.bytes(path),
              let stamp = try? JSONDecoder().decode(BuildStamp.self, from: Data(bytes)),
              stamp.format == currentFormat else { return nil }
        return stamp
    }

    /// Writes the stamp under a temporary name and renames it into place.
    func write(to path: String, in outputFolder: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let batch = OutputBatch(within: outputFolder)
        defer { batch.discard() }
        try batch.write(Array(try encoder.encode(self)), to: path)
        try batch.commit()
    }
}
