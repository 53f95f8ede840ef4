import Foundation

/// The list of renames a commit is about to make, written to the output folder before the
/// first: a build killed between two renames (SIGKILL, a power cut) leaves it behind, and the
/// next build into the folder makes the renames still to be made, so the outputs end up all
/// new, never half new. Each line is `temporary<TAB>final`.
enum CommitJournal {
    /// The journal's name prefix; the process id follows.
    static let prefix = ".briefing-commit-"

    /// Writes the journal of `renames` into `folder` (through a temporary name, so it is whole
    /// or absent); its path.
    static func write(_ renames: [(temp: String, final: String)], in folder: String) throws -> String {
        let path = "\(folder)/\(prefix)\(getpid())"
        let text = renames.map { "\($0.temp)\t\($0.final)\n" }.joined()
        let temp = path + ".tmp"
        try Filesystem.write(Array(text.utf8), to: temp, naming: path)
        guard rename(temp, path) == 0 else {
            unlink(temp)
            throw OutputError(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        return path
    }

    /// Finishes every commit a dead build left journaled in `folder`: each temporary file still
    /// there is renamed onto its target, then the journal goes. Call it holding the folder's
    /// lock, before stale temporaries are removed. The journals finished.
    @discardableResult
    static func rollForward(in folder: String) -> [String] {
        var finished: [String] = []
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix(prefix) {
            let path = folder + "/" + name
            guard let pid = pid_t(name.dropFirst(prefix.count)), !StaleTemporaries.isAlive(pid) else {
                // A half-written journal (".tmp") was never acted on: nothing to finish.
                if name.hasSuffix(".tmp"), let pid = pid_t(name.dropFirst(prefix.count).dropLast(4)), !StaleTemporaries.isAlive(pid) {
                    unlink(path)
                }
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard parts.count == 2, Self.isInside(String(parts[0]), folder), Self.isInside(String(parts[1]), folder) else { continue }
                var info = stat()
                if lstat(String(parts[0]), &info) == 0 { rename(String(parts[0]), String(parts[1])) }
            }
            unlink(path)
            finished.append(path)
        }
        return finished
    }

    /// Whether `path` lies in `folder` (a journal names only the output folder's files; one that
    /// was tampered with must not move anything elsewhere).
    private static func isInside(_ path: String, _ folder: String) -> Bool {
        path.hasPrefix(folder + "/") && !path.split(separator: "/").contains("..")
    }
}
