/// One file the content cache keys a build by: its path (relative to the folder it belongs to)
/// and the SHA-256 of its bytes as 64 hex digits, or nil when it could not be read as a regular
/// file (missing, a FIFO, a link out of its folder). A nil digest never matches, so such a file
/// counts as changed every time.
struct FileDigest: Codable, Equatable, Sendable {
    var path: String
    var sha256: String?

    /// Whether `current` (what is on disk now) is `recorded` with every file readable.
    static func same(_ current: [FileDigest], as recorded: [FileDigest]) -> Bool {
        current == recorded && current.allSatisfy { $0.sha256 != nil }
    }

    /// The SHA-256 of the regular file at `path`, read in pieces; nil when it cannot be opened
    /// or is not a regular file (see ``RegularFile``). `followingLinks: false` refuses a symbolic link too.
    static func sha256(ofFileAt path: String, followingLinks: Bool = false) -> SHA256.Digest? {
        var hasher = SHA256()
        guard RegularFile.chunks(of: path, followingLinks: followingLinks, { hasher.update($0) }) else { return nil }
        return hasher.finalize()
    }
}
