#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads files for the content cache, which must never wait: a path is opened without
/// blocking and read only when it is a regular file, so a FIFO or a device put where an input
/// was is refused rather than opened for reading.
enum RegularFile {
    /// An open descriptor of the regular file at `path` and its status, or nil when it cannot be
    /// opened or is not a regular file; `followingLinks: false` refuses a symbolic link too. The
    /// caller closes it.
    static func open(_ path: String, followingLinks: Bool) -> (fd: Int32, info: stat)? {
        #if canImport(Glibc)
        let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW))
        #else
        let fd = Darwin.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW))
        #endif
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            return nil
        }
        return (fd, info)
    }

    /// Hands the bytes of the regular file at `path` to `body` in pieces; false when it cannot be
    /// opened (see ``open(_:followingLinks:)``) or a read fails.
    static func chunks(of path: String, followingLinks: Bool, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        guard let (fd, _) = open(path, followingLinks: followingLinks) else { return false }
        defer { close(fd) }
        return chunks(of: fd, body)
    }

    /// Hands what is left to read of `fd` to `body` in pieces; false when a read fails.
    static func chunks(of fd: Int32, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        let chunk = 1 << 18
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = read(fd, buffer.baseAddress, chunk)
            if n == 0 { return true }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            body(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
        }
    }

    /// The whole bytes of the regular file at `path` (links followed), or nil.
    static func bytes(_ path: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        return chunks(of: path, followingLinks: true) { bytes.append(contentsOf: $0) } ? bytes : nil
    }

    /// Whether `path` is a regular file, links followed.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}
