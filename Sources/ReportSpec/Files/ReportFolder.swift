#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A report's folder: the only place its spec may read files from.
///
/// Paths in a spec are relative to the folder; one that resolves outside it (through `..`,
/// an absolute path or a symbolic link) is refused.
public struct ReportFolder: Sendable {
    /// The folder as the user named it (used in messages).
    public let path: String
    /// The folder with every symbolic link resolved.
    public let resolved: String
    /// The bytes of every file read through this folder (or, replaying, the only files it has).
    public let snapshot: InputSnapshot

    /// Opens a folder; throws when it does not exist. Every file read is kept in `snapshot`;
    /// a replaying snapshot answers reads without the disk.
    public init(path: String, snapshot: InputSnapshot = InputSnapshot()) throws {
        self.snapshot = snapshot
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        self.path = p
        guard let real = realpath(p, nil) else {
            throw Diagnostic(.error, at: SourceLocation(file: p), Messages.fileNotFound(p))
        }
        resolved = String(cString: real)
        free(real)
    }

    /// A folder read before, whose files now come from `snapshot` alone: the folder may have
    /// changed or gone since the bytes were read.
    public init(replaying snapshot: InputSnapshot, path: String, resolved: String) {
        self.snapshot = snapshot; self.path = path; self.resolved = resolved
    }

    /// The folder's last component: the report's name and output file stem.
    public var name: String { String(resolved.split(separator: "/").last ?? "report") }

    /// The path users see for `relative` (for messages).
    public func display(_ relative: String) -> String { path == "." ? relative : path + "/" + relative }

    /// Reads `relative` after checking that it stays inside the folder; `location` is where the spec names it.
    public func read(_ relative: String, namedAt location: SourceLocation) throws -> [UInt8] {
        if snapshot.isReplay {
            guard let bytes = snapshot.bytes(of: relative) else {
                throw Diagnostic(.error, at: location, Messages.fileNotFound(display(relative)))
            }
            return bytes
        }
        let bytes = try FileReader.read(try resolve(relative, namedAt: location), display: display(relative), namedAt: location)
        snapshot.record(bytes, for: relative)
        return bytes
    }

    /// The absolute, link-free path of `relative`, or a diagnostic when it is missing or leaves the folder.
    public func resolve(_ relative: String, namedAt location: SourceLocation) throws -> String {
        if relative.hasPrefix("/") || relative.hasPrefix("~") {
            throw Diagnostic(.error, at: location, Messages.pathLeavesFolder(relative))
        }
        guard let real = realpath(resolved + "/" + relative, nil) else {
            // Say "leaves the folder" even for a missing file if the words alone already leave it.
            if relative.split(separator: "/").contains("..") {
                throw Diagnostic(.error, at: location, Messages.pathLeavesFolder(relative))
            }
            throw Diagnostic(.error, at: location, Messages.fileNotFound(display(relative)))
        }
        let full = String(cString: real)
        free(real)
        guard full.hasPrefix(resolved + "/") else {
            throw Diagnostic(.error, at: location, Messages.pathLeavesFolder(relative))
        }
        return full
    }
}
