#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// The engine's font folder as the content cache keys a build by: each font file and the
/// SHA-256 of its bytes, found once per process per folder.
///
/// A folder with a `manifest.tsv` (`file<TAB>sha256<TAB>…` lines, `#` comments, as the bundled
/// `Fonts/` has and `make setup` checks) is identified by the manifest's files and sums in its
/// order, so 40 MB of fonts cost one small read; a listed file that is missing gets a nil digest,
/// and a font file the manifest does not list is added by its bytes. A folder without one (a
/// user's own fonts) is identified by the bytes of every font file in it.
enum FontIdentity {
    /// The manifest's name in a font folder.
    static let manifestName = "manifest.tsv"

    private static let known = Mutex<[String: [FileDigest]]>([:])

    /// The identity of `folder`, computed on the first call for it in this process.
    static func of(_ folder: String) -> [FileDigest] {
        known.withLock { known in
            if let found = known[folder] { return found }
            let computed = identity(of: folder)
            known[folder] = computed
            return computed
        }
    }

    /// The identity of `folder` as it is now (no memo).
    static func identity(of folder: String) -> [FileDigest] {
        let fonts = fontFiles(in: folder)
        guard let listed = manifest(in: folder) else {
            return fonts.map { FileDigest(path: $0, sha256: FileDigest.sha256(ofFileAt: folder + "/" + $0, followingLinks: true)?.description) }
        }
        let names = Set(listed.map(\.path))
        return listed.map { RegularFile.exists(folder + "/" + $0.path) ? $0 : FileDigest(path: $0.path, sha256: nil) }
            + fonts.filter { !names.contains($0) }.map {
                FileDigest(path: $0, sha256: FileDigest.sha256(ofFileAt: folder + "/" + $0, followingLinks: true)?.description)
            }
    }

    /// The manifest's entries in order, or nil when the folder has none.
    static func manifest(in folder: String) -> [FileDigest]? {
        guard let bytes = RegularFile.bytes(folder + "/" + manifestName) else { return nil }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[0].isEmpty else { return nil }
            return FileDigest(path: String(fields[0]), sha256: fields[1].trimmingCharacters(in: .whitespaces).lowercased())
        }
    }

    /// Font files under `folder` (fontconfig scans it with its subfolders), by relative path,
    /// sorted. Links are followed as fontconfig follows them, each real folder entered once.
    static func fontFiles(in folder: String) -> [String] {
        var found: [String] = [], seen = Set<[UInt64]>()
        func walk(_ directory: String, _ prefix: String) {
            var info = stat()
            guard stat(directory, &info) == 0, seen.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted,
                  let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
            for name in names.sorted() {
                var entry = stat()
                guard stat(directory + "/" + name, &entry) == 0 else { continue }
                let relative = prefix + name
                if entry.st_mode & S_IFMT == S_IFDIR {
                    walk(directory + "/" + name, relative + "/")
                } else if entry.st_mode & S_IFMT == S_IFREG, isFontFile(name) {
                    found.append(relative)
                }
            }
        }
        walk(folder, "")
        return found.sorted()
    }

    /// Whether a file name is a font's, as ``FontLocator`` decides whether a folder holds fonts.
    static func isFontFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        return [".ttc", ".otf", ".ttf", ".otc"].contains { lower.hasSuffix($0) }
    }
}
