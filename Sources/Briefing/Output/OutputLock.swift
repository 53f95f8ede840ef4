import Foundation

/// An exclusive lock on an output folder for the length of a build, so two builds into one
/// folder cannot interleave their renames (a forced overlap mixed one build's PDF with the
/// other's figures, both exiting 0). The second build waits for the first; the kernel lets go
/// of the lock when its holder ends, however it ends.
///
/// ```swift
/// let lock = try OutputLock(folder: "out")   // waits while another build holds it
/// defer { lock.release() }
/// ```
final class OutputLock {
    /// The lock file's name inside the output folder.
    static let fileName = ".briefing-lock"
    private var fd: Int32

    /// Takes the lock on `folder`, creating the folder and the lock file if need be.
    init(folder: String) throws {
        try Filesystem.makeDirectories(folder)
        let path = folder + "/" + Self.fileName
        // O_NOFOLLOW: a link planted in a restored output folder must not take us elsewhere.
        fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError(description: "cannot lock \(folder): \(String(cString: strerror(errno)))") }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(fd)
                throw OutputError(description: "cannot lock \(folder): \(reason)")
            }
        }
    }

    /// Lets go of the lock (also done when the lock is freed).
    func release() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
    }

    deinit { release() }
}
