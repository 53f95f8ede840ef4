import Foundation

/// Output files written under temporary names and renamed into place together.
///
/// Temporary files sit beside their targets (same file system, so the rename is atomic)
/// and are removed if the build fails or is interrupted before `commit()`.
final class OutputBatch {
    private var pending: [(temp: String, final: String)] = []
    private var committed = false

    /// A temporary path for `path`, creating its folder; the caller writes it, `commit` renames it.
    func reserve(_ path: String) throws -> String {
        let dir = (path as NSString).deletingLastPathComponent
        try Filesystem.makeDirectories(dir.isEmpty ? "." : dir)
        let name = (path as NSString).lastPathComponent
        let temp = (dir.isEmpty ? "" : dir + "/") + ".\(name).tmp-\(getpid())"
        pending.append((temp, path))
        TempFileRegistry.shared.add(temp)
        return temp
    }

    /// Writes `bytes` to a temporary name for `path`, unless `path` already holds exactly these
    /// bytes: an unchanged file is left as it is, modification time included.
    ///
    /// Plain POSIX writes: the rename in `commit` already makes the result atomic, and Foundation's
    /// own atomic write would add a second temporary file and an fsync per figure.
    func write(_ bytes: [UInt8], to path: String) throws {
        if Filesystem.holds(bytes, at: path) { return }
        try Filesystem.write(bytes, to: try reserve(path), naming: path)
    }

    /// Takes `temp`, a file written elsewhere on the same file system, as the new `path`.
    func adopt(_ temp: String, as path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        try Filesystem.makeDirectories(dir.isEmpty ? "." : dir)
        pending.append((temp, path))
        TempFileRegistry.shared.add(temp)
    }

    /// Renames every temporary file onto its target.
    func commit() throws {
        for (temp, final) in pending {
            if rename(temp, final) != 0 {
                throw OutputError(description: "cannot write \(final): \(String(cString: strerror(errno)))")
            }
            TempFileRegistry.shared.remove(temp)
        }
        committed = true
        pending = []
    }

    /// Removes temporary files that were not committed.
    func discard() {
        guard !committed else { return }
        for (temp, _) in pending {
            unlink(temp)
            TempFileRegistry.shared.remove(temp)
        }
        pending = []
    }
}

