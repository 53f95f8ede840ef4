import Synchronization

/// The bytes of every file a report's load read, by the path the spec gives (relative to the
/// report folder).
///
/// A build reads its inputs once: a second process drawing the figures loads the report from
/// these bytes instead of the folder (so an edit during a build cannot pair a PDF from one
/// version of the spec with figures from another), and a diagnostic's source line is taken
/// from the bytes that were read, not from a file that may have changed since.
///
/// ```swift
/// let snapshot = InputSnapshot()
/// let loaded = try ReportLoader().load(folder: try ReportFolder(path: "Reports/x", snapshot: snapshot))
/// snapshot.files["report.yaml"]   // the spec's bytes as loaded
/// ```
public final class InputSnapshot: Sendable {
    private let recorded: Mutex<[String: [UInt8]]>
    /// When true, reads are answered from the recorded bytes only and never touch the disk.
    public let isReplay: Bool

    /// An empty snapshot that records what is read.
    public init() {
        recorded = Mutex([:]); isReplay = false
    }

    /// A snapshot that answers reads from `files` only (a file it lacks is "not found").
    public init(replaying files: [String: [UInt8]]) {
        recorded = Mutex(files); isReplay = true
    }

    /// Every file read so far, by relative path.
    public var files: [String: [UInt8]] { recorded.withLock { $0 } }

    /// The bytes recorded for `relative`, if any.
    public func bytes(of relative: String) -> [UInt8]? { recorded.withLock { $0[relative] } }

    func record(_ bytes: [UInt8], for relative: String) {
        guard !isReplay else { return }
        recorded.withLock { $0[relative] = bytes }
    }
}
