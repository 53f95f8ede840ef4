#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A cheap fingerprint of a report folder, for `watch` to poll: every file and folder in it by
/// path, size, inode and times (never its bytes), plus the options that change the output.
/// A changed fingerprint means a build is worth trying; the build itself decides by content
/// whether anything changed (see ``ContentCache``), so a file merely touched costs a stamp check.
///
/// ```swift
/// var last: ReportInputs?
/// let now = engine.inputs(of: "Reports/x", options: options)
/// if now != last { last = now; _ = engine.build(["Reports/x"], options: options) }
/// ```
///
/// The folder is walked with `lstat`: a symbolic link counts by its target's text and is never
/// followed (out of the folder or round in a loop), and anything that is not a regular file, a
/// folder or a link (a FIFO, a socket) is skipped, never opened. The engine's fonts and program
/// are fixed for the engine's life, so they are not part of it.
public struct ReportInputs: Equatable, Sendable {
    let hash: String

    /// The fingerprint of the folder at `folder` (links in the path itself resolved) with `options`.
    static func fingerprint(folder: String, options: [String]) -> ReportInputs {
        var h = ContentHash()
        if let real = realpath(folder, nil) {
            walk(String(cString: real), "", into: &h)
            free(real)
        } else {
            h.add("missing folder")
        }
        options.forEach { h.add($0) }
        return ReportInputs(hash: String(h.value, radix: 16))
    }

    private static func walk(_ directory: String, _ prefix: String, into h: inout ContentHash) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names.sorted() {
            let path = directory + "/" + name, relative = prefix + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                h.add("d " + relative)
                walk(path, relative + "/", into: &h)
            case S_IFREG:
                #if canImport(Darwin)
                let (m, c) = (info.st_mtimespec, info.st_ctimespec)
                #else
                let (m, c) = (info.st_mtim, info.st_ctim)
                #endif
                h.add("f \(relative) \(info.st_size) \(info.st_ino) \(m.tv_sec).\(m.tv_nsec) \(c.tv_sec).\(c.tv_nsec)")
            case S_IFLNK:
                var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
                let n = readlink(path, &target, target.count - 1)
                h.add("l \(relative) " + (n >= 0 ? String(decoding: target[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""))
            default:
                continue
            }
        }
    }
}

extension Engine {
    /// The fingerprint of `folder`'s files and the output options: when it is unchanged, no
    /// build is needed (see ``ReportInputs``).
    public func inputs(of folder: String, options: BuildOptions) -> ReportInputs {
        ReportInputs.fingerprint(folder: folder, options: options.outputAffecting)
    }
}
