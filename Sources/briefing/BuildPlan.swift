import Foundation
import ReportSpec

/// Which report folders a build covers: folders given, `Reports/` expanded, and a CI shard.
enum BuildPlan {
    /// A folder without a report.yaml but with report folders inside (such as `Reports/`) stands for them all.
    static func expand(_ folders: [String]) -> [String] {
        folders.flatMap { folder -> [String] in
            let fm = FileManager.default
            if fm.fileExists(atPath: folder + "/" + ReportLoader.specFileName) { return [folder] }
            guard let names = try? fm.contentsOfDirectory(atPath: folder) else { return [folder] }
            let inner = names.sorted().map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
                .filter { fm.fileExists(atPath: $0 + "/" + ReportLoader.specFileName) }
            return inner.isEmpty ? [folder] : inner
        }
    }

    /// The folders of shard `k` of `n` (1-based): chosen by a hash of the folder's name, so adding a
    /// report never moves the others between shards.
    static func shard(_ folders: [String], k: Int, n: Int) -> [String] {
        folders.filter { folder in
            let name = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
            return Int(ContentHash.of(Array(name.utf8)) % UInt64(n)) == k - 1
        }
    }

    /// Reports grouped for child processes, in order: a child builds its batch in turn, so a
    /// process starts and loads its fonts once per batch instead of once per report. Twice as
    /// many batches as workers, and at most eight reports in one, keep the workers evenly busy
    /// when reports differ in length.
    static func batches(_ folders: [String], workers: Int) -> [[String]] {
        guard !folders.isEmpty else { return [] }
        let size = min(8, max(1, (folders.count + 2 * max(1, workers) - 1) / (2 * max(1, workers))))
        return stride(from: 0, to: folders.count, by: size).map { Array(folders[$0..<min(folders.count, $0 + size)]) }
    }

    /// Parses `K/N` with 1 ≤ K ≤ N.
    static func parseShard(_ text: String) -> (k: Int, n: Int)? {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else { return nil }
        return (k, n)
    }
}

/// FNV-1a, 64 bits: enough to tell whether inputs changed (not a security hash).
struct ContentHash {
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

/// How diagnostics are written to standard error.
enum DiagnosticFormat: String, CaseIterable {
    /// `path:line:column: error: message`, coloured on a terminal.
    case text
    /// One JSON object per line: file, line, column, severity, message — for CI annotations.
    case json

    func render(_ d: Diagnostic, colour: Bool) -> String {
        switch self {
        case .text:
            guard colour else { return d.description }
            let tint = d.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
            return "\u{1B}[1m\(d.location):\u{1B}[0m \(tint)\(d.severity.rawValue):\u{1B}[0m \(d.message)"
        case .json:
            func escape(_ s: String) -> String {
                var out = ""
                for scalar in s.unicodeScalars {
                    switch scalar {
                    case "\"": out += "\\\""
                    case "\\": out += "\\\\"
                    case "\n": out += "\\n"
                    case "\t": out += "\\t"
                    default:
                        if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
                    }
                }
                return out
            }
            return "{\"file\":\"\(escape(d.location.file))\",\"line\":\(d.location.line),\"column\":\(d.location.column),"
                + "\"severity\":\"\(d.severity.rawValue)\",\"message\":\"\(escape(d.message))\"}"
        }
    }
}
