import Foundation

/// Writing to the terminal's error stream, and cleaning up when interrupted.
enum Terminal {
    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Keeps the signal sources alive for the life of the process.
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// On SIGINT or SIGTERM, remove temporary files before exiting, so nothing half-written remains.
    ///
    /// The signals are delivered to a dispatch source, not a C signal handler: the cleanup takes
    /// locks and frees memory, which a handler interrupting malloc or a held lock must never do.
    static func installInterruptCleanup() {
        guard sources.isEmpty else { return }
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                TempFileRegistry.shared.removeAllBeforeExit()
                // The shell's convention: 128 + the signal's number. At once: other threads are
                // still running, and exit handlers would give them time to make new files.
                _exit(128 + sig)
            }
            source.resume()
            sources.append(source)
        }
    }
}
