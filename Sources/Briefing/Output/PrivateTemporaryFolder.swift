import Foundation

/// The engine's own folder for temporary files that belong to no output folder (subset fonts,
/// a chart's PDF on its way to bytes): `$TMPDIR/briefing-<uid>`, readable by this user alone.
/// Nothing is left loose in the system's temporary folder, and what a killed build left is
/// found by listing this small folder, not a /tmp of thousands of entries.
enum PrivateTemporaryFolder {
    /// The folder, made (mode 0700) when first asked for; the system's temporary folder if it
    /// cannot be made or is not ours.
    static let path: String = {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let folder = base + "/briefing-\(getuid())"
        if mkdir(folder, 0o700) != 0 && errno != EEXIST { return base }
        var info = stat()
        // A folder someone else made (or a link planted there) is not ours to write into.
        guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == getuid() else { return base }
        return folder
    }()
}
