import Foundation

/// Output files written under temporary names and renamed into place together.
///
/// Temporary files sit beside their targets (same file system, so each rename is atomic) and
/// are removed if the build fails or is interrupted before `commit()`. The commit is all or
/// nothing in effect: it holds off SIGINT and SIGTERM until its last rename, and with a
/// `journalFolder` it first writes the list of renames there, so a commit cut short by SIGKILL
/// is finished by the next build into that folder (``rollForward(in:)``) instead of leaving a
/// new PDF beside old figures.
final class OutputBatch {
    private var pending: [(temp: String, final: String)] = []
    private var committed = false
    private let journalFolder: String?
    /// The output folder: no folder below it on the way to a file may be a link.
    private let root: String?

    /// A batch; `journalFolder` (the build's output folder) makes its commit journaled. Files go
    /// only through real folders below `root` (the journal folder unless given).
    init(journalFolder: String? = nil, within root: String? = nil) {
        self.journalFolder = journalFolder
        self.root = root ?? journalFolder
    }

    /// A temporary path for `path`, creating its folder; the caller writes it, `commit` renames it.
    func reserve(_ path: String) throws -> String {
        let dir = (path as NSString).deletingLastPathComponent
        try Filesystem.makeDirectories(dir.isEmpty ? "." : dir, within: root)
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
        try Filesystem.makeDirectories(dir.isEmpty ? "." : dir, within: root)
        pending.append((temp, path))
        TempFileRegistry.shared.add(temp)
    }

    /// Renames every temporary file onto its target: the journal first (when there is a journal
    /// folder), then each rename, then the journal goes; SIGINT and SIGTERM wait until it is done.
    func commit() throws {
        // What would make a rename fail is found before the first: a folder where a file goes, or
        // a folder that cannot be written. A rename failing after others were made would leave a
        // new PDF beside old figures.
        for (_, final) in pending {
            var info = stat()
            if lstat(final, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                throw OutputError(description: "cannot write \(final): a folder is in its place")
            }
            let folder = (final as NSString).deletingLastPathComponent
            if access(folder.isEmpty ? "." : folder, W_OK) != 0 {
                throw OutputError(description: "cannot write \(final): \(String(cString: strerror(errno)))")
            }
        }
        try TempFileRegistry.shared.holdingInterruptions {
            let journal = try journalFolder.map { try CommitJournal.write(pending, in: $0) }
            for (temp, final) in pending {
                if rename(temp, final) != 0 {
                    throw OutputError(description: "cannot write \(final): \(String(cString: strerror(errno)))")
                }
            }
            if let journal { unlink(journal) }
        }
        for (temp, _) in pending { TempFileRegistry.shared.remove(temp) }
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

