import Foundation

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
