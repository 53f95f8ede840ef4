import Briefing
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Builds a report folder the input lays out: files, folders, FIFOs and symbolic links (inside,
/// outside, absolute, dangling, looping) under odd names, in the places a build reads (data,
/// boundaries, fonts) and in the output folder, named by the spec or not.
///
/// The oracle: the build ends (libFuzzer's timeout catches a hang on a FIFO or a loop) with a
/// result or located diagnostics, and nothing outside the report and output folders is opened,
/// listed or written. A watch on the outside folder (inotify) sees every open, so a read through a
/// link is caught even when its bytes never reach an output.
public final class PathsCase {
    let engine: Engine
    let base: String
    let outside: String
    let watch: OutsideWatch

    /// A case runner in `scratch` (a folder of its own), drawing with the fonts in `fonts`.
    public init(fonts: String, scratch: String) throws {
        engine = try Engine(fonts: fonts)
        base = scratch
        outside = scratch + "/outside"
        try? FileManager.default.removeItem(atPath: outside)
        try FileManager.default.createDirectory(atPath: outside + "/dir", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: outside + "/secret.csv", contents: Data("id,v\nSECRET-MARKER,1\n".utf8))
        _ = FileManager.default.createFile(atPath: outside + "/secret.ttf", contents: Data("SECRET-MARKER".utf8))
        _ = FileManager.default.createFile(atPath: outside + "/dir/inner.csv", contents: Data("id,v\nSECRET-MARKER,2\n".utf8))
        guard mkfifo(outside + "/pipe", 0o600) == 0 else { throw FuzzFinding("cannot make the outside FIFO") }
        watch = try OutsideWatch(folders: [outside, outside + "/dir"])
    }

    /// Names a user (or an attacker) may give: spaces, non-ASCII, a leading dash, a newline,
    /// look-alikes of `..`, percent signs and the longest name a file system takes.
    static let names = ["d.csv", "my data.csv", "데이터.csv", "-n.csv", "a\nb.csv", "..a.csv", "...", "%2e%2e.csv",
                        "*.csv", "a:b.csv", "f.ttf", "F.OTF", "sub", String(repeating: "x", count: 251) + ".csv"]
    static let places = ["", "data/", "geo/", "fonts/", "fonts/sub/", "data/deep/er/"]

    /// One case: lays out the folders `bytes` describe, builds, and checks the outside folder was not touched.
    public func run(_ bytes: [UInt8]) throws {
        var s = ByteScript(bytes)
        let report = base + "/report", out = base + "/out"
        for folder in [report, out] { try? FileManager.default.removeItem(atPath: folder) }
        for folder in [report, report + "/data", report + "/geo", report + "/fonts/sub", report + "/data/deep/er", out] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        _ = FileManager.default.createFile(atPath: report + "/data/d.csv", contents: Data("id,v\nA,1\nB,2\n".utf8))
        var made: [String] = ["data/d.csv"]
        for _ in 0..<s.choice(8) {
            let relative = Self.places[s.choice(Self.places.count)] + (s.chance(3) ? s.string(limit: 12) : Self.names[s.choice(Self.names.count)])
            // The case's own entries stay inside the report folder; the spec and links are what escape.
            guard !relative.isEmpty, !relative.contains("\0"), !relative.hasSuffix("/"),
                  !relative.split(separator: "/").contains("..") else { continue }
            make(report + "/" + relative, kind: s.choice(12), inside: report, made: made)
            made.append(relative)
        }
        // A restored cache may hold links where outputs go.
        if s.chance(3) { symlink(s.chance(2) ? outside : outside + "/secret.csv", out + "/report" + (s.chance(2) ? "" : ".pdf")) }
        if s.chance(4) { symlink(outside + "/dir", out + "/.briefing-cache") }
        try writeSpec(report + "/report.yaml", &s, made: made)
        watch.drain()
        let result = engine.build([report], options: BuildOptions(outputFolder: out, force: s.chance(2), jobs: 1,
                                                                  sourceDateEpoch: 0, figureProcess: false)).first
        if verbose, let result { print(result.status, result.diagnostics.map { "\($0)" }) }
        let touched = watch.drain()
        if !touched.isEmpty { throw FuzzFinding("the build touched the outside folder: \(touched)") }
        guard let result else { throw FuzzFinding("the build returned no result") }
        if result.status == .failed {
            guard !result.diagnostics.isEmpty else { throw FuzzFinding("a failed build said nothing") }
            for d in result.diagnostics where d.location.file.isEmpty { throw FuzzFinding("a diagnostic names no file: \(d)") }
        }
    }

    /// Makes one entry at `path` of the kind numbered `kind`.
    private func make(_ path: String, kind: Int, inside report: String, made: [String]) {
        let parent = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let sibling = made.isEmpty ? "d.csv" : made[made.count - 1]
        switch kind {
        case 0: _ = FileManager.default.createFile(atPath: path, contents: Data("id,v\nC,3\n".utf8))
        case 1: _ = FileManager.default.createFile(atPath: path, contents: Data([0xFF, 0x00, 0x28]))
        case 2: try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        case 3: mkfifo(path, 0o600)
        case 4: symlink(outside + "/secret.csv", path)
        case 5: symlink(outside + "/pipe", path)
        case 6: symlink(outside + "/dir", path)
        case 7: symlink("../../../outside/secret.ttf", path)
        case 8: symlink(report + "/" + sibling, path)
        case 9: symlink("missing-\(kind)", path)
        case 10: symlink((path as NSString).lastPathComponent, path)
        default: symlink(".", path)
        }
    }

    /// A spec naming some of the entries made (or an escape) as datasets and boundaries.
    private func writeSpec(_ path: String, _ s: inout ByteScript, made: [String]) throws {
        let escapes = ["../outside/secret.csv", outside + "/secret.csv", "data/../../outside/dir/inner.csv", "~/x.csv", "data"]
        func pick() -> String { s.chance(4) ? escapes[s.choice(escapes.count)] : made[s.choice(made.count)] }
        var yaml = "title: 경로\ndate: 2025-01-21\nlanguage: ko\ndata:\n"
        let sets = 1 + s.choice(3)
        for i in 0..<sets { yaml += "  d\(i): \(Self.quoted(pick()))\n" }
        yaml += "body:\n  - paragraph: 본문\n  - chart: c\n    data: d0\n    category: id\n    series:\n      - {column: v, name: 값}\n    title: 차트\n"
        if s.chance(3) {
            yaml += "  - map: m\n    boundaries: \(Self.quoted(pick()))\n    data: d0\n    join: id\n    value: v\n    title: 지도\n"
        }
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// A YAML double-quoted scalar holding `text` exactly.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += "\\x" + String(format: "%02X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// Every open, listing or change inside some folders, seen through inotify.
final class OutsideWatch {
    private let fd: Int32
    private var folders: [Int32: String] = [:]

    init(folders: [String]) throws {
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw FuzzFinding("inotify is not available") }
        let events = UInt32(IN_OPEN | IN_ACCESS | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_TO | IN_MOVED_FROM | IN_ATTRIB)
        for folder in folders {
            let wd = inotify_add_watch(fd, folder, events)
            guard wd >= 0 else { throw FuzzFinding("cannot watch \(folder)") }
            self.folders[wd] = folder
        }
    }

    deinit { close(fd) }

    /// The events since the last drain, as "folder/name" strings.
    @discardableResult func drain() -> [String] {
        var seen: [String] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { return seen }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= n {
                let (wd, length) = buffer.withUnsafeBytes { raw -> (Int32, Int) in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, Int(event.len))
                }
                let nameStart = offset + MemoryLayout<inotify_event>.size
                let name = String(decoding: buffer[nameStart..<min(n, nameStart + length)].prefix { $0 != 0 }, as: UTF8.self)
                seen.append((folders[wd] ?? "?") + "/" + name)
                offset = nameStart + length
            }
        }
    }
}
