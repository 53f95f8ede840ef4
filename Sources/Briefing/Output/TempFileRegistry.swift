import Foundation
import Synchronization

/// Temporary files, folders and helper processes in flight, removed and stopped when the
/// process is interrupted, so nothing half-written remains.
final class TempFileRegistry: Sendable {
    static let shared = TempFileRegistry()

    private struct InFlight {
        var paths = Set<String>()
        var folders = Set<String>()
        var children = Set<pid_t>()
    }
    private let inFlight = Mutex(InFlight())

    func add(_ p: String) { inFlight.withLock { _ = $0.paths.insert(p) } }
    func remove(_ p: String) { inFlight.withLock { _ = $0.paths.remove(p) } }
    /// A temporary folder whose files are removed, then the folder itself, on interruption.
    func addFolder(_ folder: String, files: [String]) {
        inFlight.withLock { $0.folders.insert(folder); $0.paths.formUnion(files) }
    }
    func removeFolder(_ folder: String, files: [String]) {
        inFlight.withLock { $0.folders.remove(folder); $0.paths.subtract(files) }
    }
    /// Starts `process`, a helper writing into registered folders, which is stopped before they
    /// are cleaned. Started under the lock, so an interruption either comes first (and nothing
    /// starts) or finds the helper to stop: a helper started just after the cleaning would go on
    /// writing into a folder nobody removes.
    func start(_ process: Process) throws {
        try inFlight.withLock { state in
            try process.run()
            state.children.insert(process.processIdentifier)
        }
    }
    func removeChild(_ pid: pid_t) { inFlight.withLock { _ = $0.children.remove(pid) } }

    /// Runs `body` (a commit's renames) with interruptions held off: the cleaning on SIGINT or
    /// SIGTERM takes the same lock, so it comes before the first rename or after the last, never
    /// between two.
    func holdingInterruptions<R>(_ body: () throws -> R) throws -> R {
        try inFlight.withLock { _ in try body() }
    }

    /// Stops the helpers, removes every registered file and folder, and ends the process with
    /// `status`, all under the lock: a thread still building then waits at its next file or
    /// helper instead of making one after the cleaning.
    func removeAllAndExit(status: Int32) -> Never {
        inFlight.withLock { state in
            for pid in state.children {
                kill(pid, SIGKILL)
                var child: Int32 = 0
                waitpid(pid, &child, 0)
            }
            for p in state.paths { unlink(p) }
            for f in state.folders { rmdir(f) }
            // At once: other threads are still running, and exit handlers would give them time
            // to make new files.
            _exit(status)
        }
    }
}
