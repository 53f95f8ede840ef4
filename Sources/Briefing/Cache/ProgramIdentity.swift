#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// The running program as the content cache keys a build by: the engine's version and the
/// SHA-256 of the executable's bytes.
///
/// By content, not by path or time: a CI runner that restores the output folder from a cache and
/// installs the same program afresh (same bytes, new modification times) finds its builds up to
/// date, and a program rebuilt with any change rebuilds every report.
enum ProgramIdentity {
    /// The engine's version.
    static var version: String { Engine.version }

    private static let known = Mutex<String?>(nil)

    /// The identity of this process's program, found once, on first use: only a build that checks
    /// or writes a stamp pays for it. `memo` may know the digest already (see
    /// ``ExecutableDigestMemo``), and learns it when it did not.
    static func current(memo: ExecutableDigestMemo?) -> String {
        known.withLock { known in
            if let known { return known }
            let found = identity(ofExecutableAt: executablePath, memo: memo)
            known = found
            return found
        }
    }

    /// The identity of the program at `path`; when it cannot be read, one that names this process
    /// alone, so a stamp still serves rebuilds within the process (the program cannot change
    /// under it) and never another process's.
    static func identity(ofExecutableAt path: String, memo: ExecutableDigestMemo?) -> String {
        let unreadable = "briefing \(version), unreadable executable, process \(UUID().uuidString)"
        guard let (fd, before) = RegularFile.open(path, followingLinks: true) else { return unreadable }
        defer { close(fd) }
        if let digest = memo?.digest(for: before) { return "briefing \(version), sha256 \(digest)" }
        var hasher = SHA256()
        guard RegularFile.chunks(of: fd, { hasher.update($0) }) else { return unreadable }
        let digest = hasher.finalize().description
        var after = stat()
        if let memo, fstat(fd, &after) == 0, ExecutableDigestMemo.key(after) == ExecutableDigestMemo.key(before) {
            memo.remember(digest, for: after)
        }
        return "briefing \(version), sha256 \(digest)"
    }

    /// The executable of this process: `/proc/self/exe` where there is one (the file the kernel
    /// started, whatever `argv[0]` says), else the path Foundation finds.
    private static var executablePath: String {
        #if os(Linux)
        return "/proc/self/exe"
        #else
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
        #endif
    }
}
