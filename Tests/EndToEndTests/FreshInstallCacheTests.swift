import Foundation
import Testing
import TestSupport

/// The content cache as a CI runner meets it: the output folder restored from an earlier run,
/// the same program and fonts installed afresh (same bytes, new files and times).
@Suite("content cache on a fresh install")
struct FreshInstallCacheTests {
    /// Copies `source` (links resolved) to `target` through a temporary name, so `target` becomes a
    /// new file with the same bytes, and dates it a day ahead.
    func install(_ source: String, at target: String) throws {
        let fm = FileManager.default
        let real = URL(fileURLWithPath: source).resolvingSymlinksInPath().path
        try? fm.removeItem(atPath: target + ".new")
        try fm.copyItem(atPath: real, toPath: target + ".new")
        guard rename(target + ".new", target) == 0 else { throw CocoaError(.fileWriteUnknown) }
        try fm.setAttributes([.modificationDate: Date().addingTimeInterval(86_400)], ofItemAtPath: target)
    }

    /// The program as `PREFIX/bin/briefing` with its fonts in `PREFIX/share/briefing/fonts`, installed (again).
    func installProgram(into prefix: String, manifest: Bool) throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: prefix + "/share/briefing/fonts", withIntermediateDirectories: true)
        try install(PackagePaths.briefing, at: prefix + "/bin/briefing")
        for name in try fm.contentsOfDirectory(atPath: PackagePaths.fonts)
        where name.hasSuffix(".ttc") || (manifest && name == "manifest.tsv") {
            try install(PackagePaths.fonts + "/" + name, at: prefix + "/share/briefing/fonts/" + name)
        }
    }

    /// The status the JSON summary on stdout gives.
    func build(_ prefix: String, _ report: String, into out: String, environment: [String: String]) throws -> String? {
        // Run from the prefix, so the fonts are found beside the program, not in a checkout's Fonts/.
        let r = try ProcessRunner.run(prefix + "/bin/briefing", ["build", report, "--out", out, "--format", "json"],
                                      in: prefix, environment: environment)
        #expect(r.status == 0, "\(r.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        return summary?["status"] as? String
    }

    @Test("reinstalling the same program and fonts keeps the report up to date; a changed CSV rebuilds it",
          arguments: [true, false])
    func reinstall(manifest: Bool) throws {
        let prefix = try PackagePaths.temporaryFolder("install"), out = try PackagePaths.temporaryFolder("install-out")
        let report = try PackagePaths.temporaryFolder("install-report") + "/china-ai-2025"
        try FileManager.default.copyItem(atPath: PackagePaths.root + "/Reports/china-ai-2025", toPath: report)
        var environment = ProcessInfo.processInfo.environment
        environment["BRIEFING_FONTS"] = nil
        // A cache folder of its own: nothing remembered about the program from an earlier run.
        environment["BRIEFING_CACHE"] = try PackagePaths.temporaryFolder("install-cache")

        try installProgram(into: prefix, manifest: manifest)
        #expect(try build(prefix, report, into: out, environment: environment) == "built")
        try installProgram(into: prefix, manifest: manifest)
        #expect(try build(prefix, report, into: out, environment: environment) == "up-to-date")

        let csv = report + "/data/private-investment-2023.csv"
        try String(contentsOfFile: csv, encoding: .utf8).replacingOccurrences(of: "미국,67.2", with: "미국,70")
            .write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(try build(prefix, report, into: out, environment: environment) == "built")
    }
}
