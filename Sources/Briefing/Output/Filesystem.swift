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
    ///
    /// Below `root` (an output folder), every folder on the way must be a real folder: a link
    /// there (planted in a restored CI cache, say) would send the build's writes outside it.
    static func makeDirectories(_ path: String, within root: String? = nil) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        let rootDepth = root.map { $0.split(separator: "/").count } ?? Int.max
        let inside = root.map { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") } ?? false
        for (depth, part) in path.split(separator: "/").enumerated() {
            prefix += part
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw OutputError(description: "cannot create folder \(prefix): \(String(cString: strerror(errno)))")
            }
            if inside && depth >= rootDepth {
                var info = stat()
                guard lstat(prefix, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
                    throw OutputError(description: "cannot write into \(prefix): it is a link or not a folder, and a build never writes through one")
                }
            }
            prefix += "/"
        }
    }
}
