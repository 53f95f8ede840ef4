import Foundation
import ReportSpec

/// What the content cache remembers of a report's last successful build into an output
/// folder: a hash of its inputs, and what the build wrote and warned about, so a skipped
/// build reports the same outputs, pages and warnings as the build it stands for.
struct BuildStamp: Codable, Equatable {
    var inputs: String
    var outputs: [String]
    var pages: Int
    var warnings: [Diagnostic]

    /// The stamp file of report `name` in `outputFolder`.
    static func path(name: String, outputFolder: String) -> String { "\(outputFolder)/.briefing-cache/\(name).json" }

    /// The stamp at `path`, if one was written and can be read.
    static func read(_ path: String) -> BuildStamp? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(BuildStamp.self, from: data)
    }

    /// Writes the stamp under a temporary name and renames it into place.
    func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let batch = OutputBatch()
        defer { batch.discard() }
        try batch.write(Array(try encoder.encode(self)), to: path)
        try batch.commit()
    }
}
