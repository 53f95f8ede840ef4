import Foundation
import ReportSpec

/// Finds the bundled font folder and a writable fontconfig cache folder.
enum FontLocator {
    /// The font folder: `--fonts`, then `$BRIEFING_FONTS`, then `./Fonts`, then `Fonts` beside the checkout the binary was built in.
    static func locate(option: String?, environment: [String: String]) throws -> String {
        var candidates: [String] = []
        if let option { candidates.append(option) }
        if let env = environment["BRIEFING_FONTS"] { candidates.append(env) }
        candidates.append(FileManager.default.currentDirectoryPath + "/Fonts")
        // .build/<config>/briefing → the checkout's Fonts/.
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent("Fonts").path)
            dir = dir.deletingLastPathComponent()
        }
        for c in candidates {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: c, isDirectory: &isDir), isDir.boolValue,
               let files = try? FileManager.default.contentsOfDirectory(atPath: c),
               files.contains(where: { $0.hasSuffix(".ttc") || $0.hasSuffix(".otf") || $0.hasSuffix(".ttf") }) {
                return URL(fileURLWithPath: c).standardizedFileURL.path
            }
        }
        throw Diagnostic(.error, at: SourceLocation(file: candidates.first ?? "Fonts"),
                         Messages.noFontFolder)
    }

    /// `$BRIEFING_CACHE`, `$XDG_CACHE_HOME/briefing`, `~/.cache/briefing` or a temporary folder:
    /// the first that exists or can be made writable. Without a writable cache fontconfig rescans every run and complains.
    static func cacheDirectory(environment: [String: String]) throws -> String {
        var bases: [String] = []
        if let b = environment["BRIEFING_CACHE"] { bases.append(b) }
        if let x = environment["XDG_CACHE_HOME"] { bases.append(x + "/briefing") }
        if let h = environment["HOME"] { bases.append(h + "/.cache/briefing") }
        bases.append(NSTemporaryDirectory() + "briefing-cache-\(getuid())")
        for base in bases {
            let dir = base + "/fontconfig"
            if (try? Filesystem.makeDirectories(dir)) != nil, access(dir, W_OK) == 0 { return dir }
        }
        throw OutputError(description: "no writable cache folder; set BRIEFING_CACHE to one")
    }
}
