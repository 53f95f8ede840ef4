#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Executables hashed before, so a process need not read its own program again when the file
/// is the very one hashed before: a line per file, its device, inode, size, modification and
/// change times, a tab, and the SHA-256 of its bytes.
///
/// Reading the program is the dearest part of a stamp: a release build with its debug
/// information is 87 MB, 0.3 s at 310 MB/s, three times a whole build of the bundled report,
/// and a debug build's 19 MB take 0.6 s at debug speed, in every process.
///
/// Only a shortcut to the digest, never the key of a build: a file whose status differs in any
/// field is hashed again, so a fresh install or a CI runner (new inodes and times) hashes its
/// program once per process and finds the same digest. An entry is trusted because the bytes
/// were hashed while the file was running, when Linux refuses writes to it (ETXTBSY), with the
/// same status before and after; and because an entry is written only when the file's change
/// time (which no program can set back) is two seconds older than the hash, so a later rewrite
/// in place gives it another change time even on a file system that keeps whole seconds.
struct ExecutableDigestMemo {
    /// The memo file.
    let path: String
    /// Entries kept: enough for a debug, a release and an installed program side by side.
    static let capacity = 16

    /// The memo in `cacheFolder` (the folder of the engine's other caches).
    init(cacheFolder: String) { path = cacheFolder + "/program-digests.tsv" }

    /// The key of a file's status: device, inode, size, modification and change times.
    static func key(_ info: stat) -> String {
        #if canImport(Darwin)
        let (m, c) = (info.st_mtimespec, info.st_ctimespec)
        #else
        let (m, c) = (info.st_mtim, info.st_ctim)
        #endif
        return "\(info.st_dev) \(info.st_ino) \(info.st_size) \(m.tv_sec).\(m.tv_nsec) \(c.tv_sec).\(c.tv_nsec)"
    }

    /// The digest remembered for a file of status `info`, if any.
    func digest(for info: stat) -> String? {
        let key = Self.key(info)
        return entries().last { $0.key == key }?.digest
    }

    /// Remembers `digest` for a file of status `info`, unless its last change is too recent to
    /// tell a later change in place from it.
    func remember(_ digest: String, for info: stat, now: Date = Date()) {
        #if canImport(Darwin)
        let changed = Double(info.st_ctimespec.tv_sec)
        #else
        let changed = Double(info.st_ctim.tv_sec)
        #endif
        guard now.timeIntervalSince1970 - changed >= 2 else { return }
        let key = Self.key(info)
        let kept = entries().filter { $0.key != key }.suffix(Self.capacity - 1) + [(key: key, digest: digest)]
        let text = kept.map { "\($0.key)\t\($0.digest)\n" }.joined()
        // Written whole under another name and renamed: two processes at once lose an entry at worst.
        let temporary = path + ".\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else { return }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }

    private func entries() -> [(key: String, digest: String)] {
        guard let bytes = RegularFile.bytes(path) else { return [] }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t")
            guard fields.count == 2, fields[1].count == 64 else { return nil }
            return (key: String(fields[0]), digest: String(fields[1]))
        }
    }
}
