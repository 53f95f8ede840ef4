import Briefing
import Foundation

/// Writing to the terminal, and cleaning up when interrupted.
enum Terminal {
    /// Writes `text` and a newline to standard error.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Writes `text` and a newline to standard output.
    static func printOutput(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Whether standard error is a terminal a person reads, not a pipe, a child's or CI's log.
    static func isInteractive(_ environment: [String: String]) -> Bool {
        isatty(2) != 0 && environment["CI"] != "true"
    }

    /// On SIGINT or SIGTERM, remove temporary files and stop helpers before exiting, so nothing
    /// half-written remains.
    ///
    /// The signals are delivered to a dispatch source, not a C signal handler: the cleanup takes
    /// locks and frees memory, which a handler interrupting malloc or a held lock must never do.
    static func installInterruptCleanup() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            // The shell's convention: 128 + the signal's number.
            source.setEventHandler { Engine.removeTemporaryFilesAndExit(status: 128 + sig) }
            source.resume()
            InterruptSources.keep(source)
        }
    }
}

/// Keeps the signal sources alive for the life of the process.
private enum InterruptSources {
    static func keep(_ source: DispatchSourceSignal) { _ = Unmanaged.passRetained(source as AnyObject) }
}
