import CProcessControl
import Foundation

/// How the engine starts a worker process, and what a worker does first.
///
/// A worker is the engine's own program run again: `briefing worker --parent PID`. It reads
/// one ``WorkerRequest`` from its standard input and dies with the process that started it,
/// so no worker goes on writing after its build was killed.
enum WorkerProcess {
    /// The command line a worker is started with.
    static var arguments: [String] { ["worker", "--parent", String(getpid())] }

    /// Ties this process's life to `parent`'s; false when `parent` has already gone (then the
    /// worker must stop at once: nobody will read or clean up what it writes).
    static func dieWith(parent: Int32) -> Bool {
        _ = briefing_die_with_parent()
        // The parent may have died before the request above took effect.
        return getppid() == parent
    }
}
