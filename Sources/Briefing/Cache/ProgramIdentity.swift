import Foundation
import Synchronization

/// The running program as the content cache keys a build by: the engine's version and the
/// SHA-256 of the executable's bytes.
///
/// By content, not by path or time: a CI runner that restores the output folder from a cache and
/// installs the same program afresh (same bytes, new modification times) finds its builds up to
/// date, and a program rebuilt with any change rebuilds every report.
enum ProgramIdentity {
    /// The engine's version (the command line's `--version` says the same).
    static let version = "0.1.0"

    private static let known = Mutex<String?>(nil)

    /// The identity of this process's program, found once, on first use: only a build that checks
    /// or writes a stamp pays for it.
    static func current() -> String {
        known.withLock { known in
            if let known { return known }
            let found = identity(ofExecutableAt: executablePath)
            known = found
            return found
        }
    }

    /// The identity of the program at `path`; when it cannot be read, one that names this process
    /// alone, so a stamp still serves rebuilds within the process (the program cannot change
    /// under it) and never another process's.
    static func identity(ofExecutableAt path: String) -> String {
        guard let digest = FileDigest.sha256(ofFileAt: path, followingLinks: true) else {
            return "briefing \(version), unreadable executable, process \(UUID().uuidString)"
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
