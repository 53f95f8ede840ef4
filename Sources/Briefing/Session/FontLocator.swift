import Foundation
import ReportSpec

/// Finds the bundled font folder and a writable fontconfig cache folder.
enum FontLocator {
    /// The font folder: `--fonts` (or the engine's `fonts:`), else `$BRIEFING_FONTS`, each of which
    /// must hold fonts when given; else the first of `./Fonts`, the fonts installed beside the
    /// program (`../share/briefing/fonts`), and `Fonts` in the checkout the program was built in.
    /// The error when none holds fonts names every place looked in.
    static func locate(option: String?, environment: [String: String]) throws -> String {
        if let option {
            guard holdsFonts(option) else { throw Diagnostic(.error, at: SourceLocation(file: option), Messages.noFontsIn(option, givenBy: "--fonts")) }
            return URL(fileURLWithPath: option).standardizedFileURL.path
        }
        if let env = environment["BRIEFING_FONTS"], !env.isEmpty {
            guard holdsFonts(env) else { throw Diagnostic(.error, at: SourceLocation(file: env), Messages.noFontsIn(env, givenBy: "BRIEFING_FONTS")) }
            return URL(fileURLWithPath: env).standardizedFileURL.path
        }
        var candidates = [FileManager.default.currentDirectoryPath + "/Fonts"]
        // The program's own file, not its first argument: a shell that found `briefing` on PATH
        // passes the bare name, which would have sent the search to the current folder.
        let exe = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        // PREFIX/bin/briefing → PREFIX/share/briefing/fonts.
        candidates.append(exe.deletingLastPathComponent().appendingPathComponent("share/briefing/fonts").path)
        // .build/<config>/briefing → the checkout's Fonts/.
        var dir = exe
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent("Fonts").path)
            dir = dir.deletingLastPathComponent()
        }
        candidates = candidates.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        if let found = candidates.first(where: holdsFonts) { return found }
        var unique: [String] = []
        for c in candidates where !unique.contains(c) { unique.append(c) }
        throw Diagnostic(.error, at: SourceLocation(file: "briefing"), Messages.noFontFolder(looked: unique))
    }

    /// Whether `path` is a folder with at least one font file in it.
    static func holdsFonts(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue,
              let files = try? FileManager.default.contentsOfDirectory(atPath: path) else { return false }
        return files.contains { $0.hasSuffix(".ttc") || $0.hasSuffix(".otf") || $0.hasSuffix(".ttf") }
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
