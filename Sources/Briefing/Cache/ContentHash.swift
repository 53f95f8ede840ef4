import Foundation

/// FNV-1a, 64 bits: enough to tell whether inputs changed (not a security hash).
struct ContentHash: Sendable {
    private(set) var value: UInt64 = 0xcbf29ce484222325

    mutating func add(_ bytes: [UInt8]) {
        for b in bytes { value = (value ^ UInt64(b)) &* 0x100000001b3 }
        value = (value ^ 0xff) &* 0x100000001b3   // a separator, so "ab"+"c" differs from "a"+"bc"
    }

    mutating func add(_ text: String) { add(Array(text.utf8)) }

    static func of(_ bytes: [UInt8]) -> UInt64 {
        var h = ContentHash()
        h.add(bytes)
        return h.value
    }

    /// The inputs of one report build: every file in the report folder, the fonts, the program and the options.
    static func inputs(folder: String, fontDir: String, options: [String]) -> String {
        var h = ContentHash()
        let fm = FileManager.default
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        for path in ((fm.subpaths(atPath: root) ?? []).sorted()) {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: root + "/" + path, isDirectory: &isDir), !isDir.boolValue,
                  let data = fm.contents(atPath: root + "/" + path) else { continue }
            h.add(path)
            h.add([UInt8](data))
        }
        // Fonts and the program are large: their name, size and modification time stand for their bytes.
        for path in ((try? fm.contentsOfDirectory(atPath: fontDir)) ?? []).sorted() { h.add(stamp(fontDir + "/" + path)) }
        h.add(stamp(Bundle.main.executablePath ?? CommandLine.arguments[0]))
        options.forEach { h.add($0) }
        return String(h.value, radix: 16)
    }

    private static func stamp(_ path: String) -> String {
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path)|\(size)|\(time)"
    }
}

/// A fingerprint of everything a report's build reads (its folder's files, the fonts, the
/// program and the options that change the output): equal fingerprints, equal outputs.
public struct ReportInputs: Equatable, Sendable {
    let hash: String
}

extension Engine {
    /// The fingerprint of `folder`'s inputs, to tell whether a rebuild could change anything.
    public func inputs(of folder: String, options: BuildOptions) -> ReportInputs {
        ReportInputs(hash: ContentHash.inputs(folder: folder, fontDir: fontFolder, options: options.outputAffecting))
    }
}
