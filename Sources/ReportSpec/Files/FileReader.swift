#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files, turning failures into diagnostics that name the file as the user wrote it.
public enum FileReader {
    /// The bytes of `path`; `display` is how messages name it, `location` where it was asked for.
    /// A report's files must be regular files; a path given on the command line
    /// (`regularFileOnly: false`) may also be a pipe, as `briefing chart <(query)` makes.
    public static func read(_ path: String, display: String? = nil, namedAt location: SourceLocation? = nil,
                            regularFileOnly: Bool = true) throws -> [UInt8] {
        let shown = display ?? path
        let at = location ?? SourceLocation(file: shown)
        // O_NONBLOCK: opening a FIFO for reading would wait for a writer forever; it is refused
        // below, as a device or a folder is, before anything is read.
        let fd = open(path, O_RDONLY | O_CLOEXEC | (regularFileOnly ? O_NONBLOCK : 0))
        guard fd >= 0 else {
            let reason = errno == ENOENT ? Messages.fileNotFound(shown) : Messages.cannotRead(shown, String(cString: strerror(errno)))
            throw Diagnostic(.error, at: at, reason)
        }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG || (!regularFileOnly && (info.st_mode & S_IFMT) == S_IFIFO) else {
            close(fd)
            throw Diagnostic(.error, at: at, Messages.notARegularFile(shown))
        }
        // Back to blocking reads: a regular file never blocks, and stdio expects it.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        guard let f = fdopen(fd, "rb") else {
            close(fd)
            throw Diagnostic(.error, at: at, Messages.cannotRead(shown, String(cString: strerror(errno))))
        }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n > 0 { bytes.append(contentsOf: buffer[0..<n]) }
            if n < buffer.count { break }
        }
        if ferror(f) != 0 { throw Diagnostic(.error, at: at, Messages.cannotRead(shown, "read error")) }
        return bytes
    }
}

extension Dataset {
    /// Loads a CSV (or JSON array-of-objects) file named on the command line (not confined to a report folder).
    ///
    /// ```swift
    /// let data = try Dataset.load(csv: "investment.csv")
    /// ```
    public static func load(csv path: String) throws -> Dataset {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return try Dataset(name: name, file: path, bytes: try FileReader.read(path, regularFileOnly: false))
    }
}
