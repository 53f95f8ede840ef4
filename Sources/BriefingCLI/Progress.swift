import Foundation
import Synchronization

/// A one-line progress display for multi-report builds, on a terminal only and never under CI.
final class Progress: Sendable {
    private let total: Int
    private let enabled: Bool
    private let count = Mutex(0)

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled && total > 1
    }

    func finished(_ folder: String) {
        guard enabled else { return }
        let name = URL(fileURLWithPath: folder).lastPathComponent
        count.withLock { count in
            count += 1
            Terminal.write("\r\u{1B}[K[\(count)/\(total)] \(name)", to: STDERR_FILENO)
        }
    }

    func done() {
        guard enabled else { return }
        Terminal.write("\r\u{1B}[K", to: STDERR_FILENO)
    }
}
