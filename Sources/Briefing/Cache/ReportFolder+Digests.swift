#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import ReportSpec

/// The report folder's files as the content cache sees them: only files a build named, reached
/// through ``ReportFolder/resolve(_:namedAt:)`` so a path cannot leave the folder.
extension ReportFolder {
    /// The folder of the report's own fonts, which rendering adds to the font set when it exists.
    static let fontsFolderName = "fonts"

    /// The digest of `relative` as it is now: nil digest when it is missing, leaves the folder or
    /// is not a regular file. Nothing is recorded in ``snapshot``.
    func digest(of relative: String) -> FileDigest {
        guard let path = try? resolve(relative, namedAt: SourceLocation(file: display(relative))) else {
            return FileDigest(path: relative, sha256: nil)
        }
        return FileDigest(path: relative, sha256: FileDigest.sha256(ofFileAt: path)?.description)
    }

    /// Every file under the report's `fonts/` folder by its bytes, sorted by path; nil when the
    /// folder has no `fonts/`. Rendering hands the whole folder to fontconfig, so every file in it
    /// counts. A link is followed only to a regular file inside the report folder; anything else
    /// that is not a regular file or a folder (a link out, a linked folder, a FIFO) is listed
    /// with a nil digest, so the report is rebuilt every time rather than trusted.
    func fontsDigests() -> [FileDigest]? {
        let name = Self.fontsFolderName
        var info = stat()
        // Rendering looks for the folder with links followed; so does this.
        guard stat(resolved + "/" + name, &info) == 0 else { return nil }
        guard let root = try? resolve(name, namedAt: SourceLocation(file: display(name))) else {
            return [FileDigest(path: name, sha256: nil)]
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            return [FileDigest(path: name, sha256: FileDigest.sha256(ofFileAt: root)?.description)]
        }
        var digests: [FileDigest] = []
        walk(root, as: name, into: &digests)
        return digests.sorted { $0.path < $1.path }
    }

    /// Adds the digest of every file under `directory` (a real folder inside the report folder)
    /// to `digests`, each named by its path relative to the report folder.
    private func walk(_ directory: String, as relative: String, into digests: inout [FileDigest]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            digests.append(FileDigest(path: relative, sha256: nil))
            return
        }
        for name in names {
            let path = directory + "/" + name, inner = relative + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { digests.append(FileDigest(path: inner, sha256: nil)); continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: walk(path, as: inner, into: &digests)
            case S_IFREG: digests.append(FileDigest(path: inner, sha256: FileDigest.sha256(ofFileAt: path)?.description))
            case S_IFLNK: digests.append(digest(of: inner))
            default: digests.append(FileDigest(path: inner, sha256: nil))
            }
        }
    }
}
