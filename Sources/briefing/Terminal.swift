import Foundation

/// Writing to the terminal's error stream, and cleaning up when interrupted.
enum Terminal {
    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// On SIGINT or SIGTERM, remove temporary output files before exiting, so nothing half-written remains.
    static func installInterruptCleanup() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig) { s in
                TempFileRegistry.shared.removeAll()
                signal(s, SIG_DFL)
                raise(s)
            }
        }
    }
}
