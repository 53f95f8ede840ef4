import Foundation
import ReportSpec

/// Which report folders a build covers: folders given, `Reports/` expanded, and a CI shard.
enum BuildPlan {
    /// A folder without a report.yaml but with report folders inside (such as `Reports/`) stands for them all.
    static func expand(_ folders: [String]) -> [String] {
        folders.flatMap { folder -> [String] in
            let fm = FileManager.default
            if fm.fileExists(atPath: folder + "/" + ReportLoader.specFileName) { return [folder] }
            guard let names = try? fm.contentsOfDirectory(atPath: folder) else { return [folder] }
            let inner = names.sorted().map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
                .filter { fm.fileExists(atPath: $0 + "/" + ReportLoader.specFileName) }
            return inner.isEmpty ? [folder] : inner
        }
    }

    /// The folders of shard `k` of `n` (1-based): chosen by a hash of the folder's name, so adding a
    /// report never moves the others between shards.
    static func shard(_ folders: [String], k: Int, n: Int) -> [String] {
        folders.filter { folder in
            let name = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
            return Int(ContentHash.of(Array(name.utf8)) % UInt64(n)) == k - 1
        }
    }

    /// Reports grouped for child processes, in order: a child builds its batch in turn, so a
    /// process starts and loads its fonts once per batch instead of once per report. Twice as
    /// many batches as workers, and at most eight reports in one, keep the workers evenly busy
    /// when reports differ in length.
    static func batches(_ folders: [String], workers: Int) -> [[String]] {
        guard !folders.isEmpty else { return [] }
        let size = min(8, max(1, (folders.count + 2 * max(1, workers) - 1) / (2 * max(1, workers))))
        return stride(from: 0, to: folders.count, by: size).map { Array(folders[$0..<min(folders.count, $0 + size)]) }
    }
}
