import Briefing
import Foundation

/// Writing to the terminal, and cleaning up when interrupted.
enum Terminal {
    /// Writes `text` and a newline to standard error.
    static func printError(_ text: String) { write(text + "\n", to: STDERR_FILENO) }

    /// Writes `text` and a newline to standard output.
    static func printOutput(_ text: String) { write(text + "\n", to: STDOUT_FILENO) }

    /// Writes `text` to `fd` with plain `write` calls, giving up quietly when the stream is closed
    /// or full: a message that cannot be shown must not end the program (FileHandle's write traps
    /// on a failed write, which turned a full log disk into exit 132 with no word), and the exit
    /// code still says how the build went.
    static func write(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written > 0 { bytes = bytes.dropFirst(written) } else if written < 0 && errno == EINTR { continue } else { return }
        }
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
