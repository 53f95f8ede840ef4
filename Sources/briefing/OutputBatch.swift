import Foundation

/// A failure to write output (permissions, a full disk): exit code 3.
struct OutputError: Error, CustomStringConvertible {
    let description: String
}

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

/// Temporary files in flight, removed by the signal handler when a build is interrupted.
final class TempFileRegistry: @unchecked Sendable {
    static let shared = TempFileRegistry()
    private let lock = NSLock()
    private var paths = Set<String>()

    private var folders = Set<String>()
    private var children = Set<pid_t>()

    func add(_ p: String) { lock.lock(); paths.insert(p); lock.unlock() }
    func remove(_ p: String) { lock.lock(); paths.remove(p); lock.unlock() }
    /// A temporary folder whose files are removed, then the folder itself, on interruption.
    func addFolder(_ folder: String, files: [String]) {
        lock.lock(); folders.insert(folder); paths.formUnion(files); lock.unlock()
    }
    func removeFolder(_ folder: String, files: [String]) {
        lock.lock(); folders.remove(folder); paths.subtract(files); lock.unlock()
    }
    /// Starts `process`, a helper writing into registered folders, which is stopped before they
    /// are cleaned. Started under the lock, so an interruption either comes first (and nothing
    /// starts) or finds the helper to stop: a helper started just after the cleaning would go on
    /// writing into a folder nobody removes.
    func start(_ process: Process) throws {
        lock.lock()
        defer { lock.unlock() }
        try process.run()
        children.insert(process.processIdentifier)
    }
    func removeChild(_ pid: pid_t) { lock.lock(); children.remove(pid); lock.unlock() }

    /// Stops the helpers and removes every registered file and folder, for a process about to
    /// end at an interruption. The lock is never given back: a thread still building then waits
    /// at its next file or helper instead of making one after the cleaning.
    func removeAllBeforeExit() {
        lock.lock()
        for pid in children {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        for p in paths { unlink(p) }
        for f in folders { rmdir(f) }
        paths = []; folders = []; children = []
    }
}

/// File-system calls whose failures name the POSIX reason ("Permission denied", "No space left on device").
enum Filesystem {
    /// Writes `bytes` to `path`; a failure names `shown` (the file the user asked for) and the reason.
    static func write(_ bytes: [UInt8], to path: String, naming shown: String) throws {
        guard let f = fopen(path, "wb") else {
            throw OutputError(description: "cannot write \(shown): \(String(cString: strerror(errno)))")
        }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
        let failed = written != bytes.count || fflush(f) != 0
        let reason = String(cString: strerror(errno))
        if fclose(f) != 0 || failed {
            throw OutputError(description: "cannot write \(shown): \(failed ? reason : String(cString: strerror(errno)))")
        }
    }

    /// Whether the regular file at `path` holds exactly `bytes`. Rebuilding a report whose data
    /// changed in one place leaves most figures as they were; comparing costs far less than
    /// renaming a new copy over each (1,250 figures: 0.2 s of renames).
    static func holds(_ bytes: [UInt8], at path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count,
              let f = fopen(path, "rb") else { return false }
        defer { fclose(f) }
        var existing = [UInt8](repeating: 0, count: bytes.count + 1)
        let read = existing.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
        return read == bytes.count && existing.prefix(read).elementsEqual(bytes)
    }

    /// Creates `path` and its missing parents.
    static func makeDirectories(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw OutputError(description: "cannot create folder \(prefix): \(String(cString: strerror(errno)))")
            }
            prefix += "/"
        }
    }
}
