import Foundation
import Testing
import TestSupport

/// `make install` / `make uninstall` and the installed program: it runs outside the checkout,
/// from any folder and with a bare environment, and names its version and commit. The tests
/// install the debug build already made for them (`BIN=`), so nothing is built in release.
@Suite("install")
struct InstallTests {
    /// What `make install PREFIX=/usr` puts under DESTDIR.
    static let installedFiles = [
        "usr/bin/briefing",
        "usr/share/briefing/fonts/NotoSansCJK-Regular.ttc",
        "usr/share/briefing/fonts/NotoSansCJK-Bold.ttc",
        "usr/share/briefing/fonts/manifest.tsv",
        "usr/share/briefing/fonts/fonts-noto-cjk.copyright",
        "usr/share/man/man1/briefing.1",
        "usr/share/bash-completion/completions/briefing",
        "usr/share/zsh/site-functions/_briefing",
        "usr/share/fish/vendor_completions.d/briefing.fish",
    ]

    /// `make TARGET DESTDIR=destdir PREFIX=/usr BIN=<the debug build>` in the checkout.
    static func make(_ target: String, destdir: String) throws -> ProcessResult {
        try ProcessRunner.run("make", ["-s", target, "DESTDIR=\(destdir)", "PREFIX=/usr", "BIN=\(PackagePaths.briefing)"],
                              in: PackagePaths.root)
    }

    /// One installation the tests that only run the program share.
    static let shared: Result<String, any Error> = Result {
        let destdir = try PackagePaths.temporaryFolder("installed")
        let r = try make("install", destdir: destdir)
        guard r.status == 0 else { throw InstallFailed(output: r.stdout + r.stderr) }
        return destdir
    }

    struct InstallFailed: Error, CustomStringConvertible { var output: String; var description: String { output } }

    func modificationDates(under root: String) throws -> [String: Date] {
        var dates: [String: Date] = [:]
        for file in Self.installedFiles {
            dates[file] = try FileManager.default.attributesOfItem(atPath: root + "/" + file)[.modificationDate] as? Date
        }
        return dates
    }

    @Test("make install puts the program, its fonts with manifest and licence, a man page and three completions under DESTDIR/PREFIX; again changes nothing; make uninstall removes them")
    func installAndUninstall() throws {
        let destdir = try PackagePaths.temporaryFolder("install")
        let installed = try Self.make("install", destdir: destdir)
        #expect(installed.status == 0, "\(installed.stdout)\(installed.stderr)")
        for file in Self.installedFiles {
            #expect(FileManager.default.fileExists(atPath: destdir + "/" + file), "\(file) was not installed")
        }
        #expect(FileManager.default.isExecutableFile(atPath: destdir + "/usr/bin/briefing"))
        let manifest = try String(contentsOfFile: destdir + "/usr/share/briefing/fonts/manifest.tsv", encoding: .utf8)
        #expect(manifest == (try String(contentsOfFile: PackagePaths.fonts + "/manifest.tsv", encoding: .utf8)))
        let man = try String(contentsOfFile: destdir + "/usr/share/man/man1/briefing.1", encoding: .utf8)
        #expect(man.contains(".Dt BRIEFING 1") && man.contains("build"))
        let licence = try String(contentsOfFile: destdir + "/usr/share/briefing/fonts/fonts-noto-cjk.copyright", encoding: .utf8)
        #expect(licence.contains("SIL OPEN FONT LICENSE Version 1.1"))

        let before = try modificationDates(under: destdir)
        Thread.sleep(forTimeInterval: 0.05)
        #expect(try Self.make("install", destdir: destdir).status == 0)
        #expect(try modificationDates(under: destdir) == before, "a second install rewrote files")

        let removed = try Self.make("uninstall", destdir: destdir)
        #expect(removed.status == 0, "\(removed.stderr)")
        for file in Self.installedFiles {
            #expect(!FileManager.default.fileExists(atPath: destdir + "/" + file), "\(file) is still there")
        }
        #expect(!FileManager.default.fileExists(atPath: destdir + "/usr/share/briefing"))
        // What is left is only the shared folders, empty.
        let left = FileManager.default.subpaths(atPath: destdir)?.filter {
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: destdir + "/" + $0, isDirectory: &isDir) && !isDir.boolValue
        }
        #expect(left == [])
        #expect(try Self.make("uninstall", destdir: destdir).status == 0, "a second uninstall failed")
    }

    @Test("the installed program, run from / with a bare environment, finds its fonts beside itself and builds a copy of the bundled report")
    func installedProgramBuilds() throws {
        let destdir = try Self.shared.get()
        let home = try PackagePaths.temporaryFolder("home"), reports = try PackagePaths.temporaryFolder("reports")
        try FileManager.default.copyItem(atPath: PackagePaths.root + "/Reports/china-ai-2025", toPath: reports + "/china-ai-2025")
        let out = try PackagePaths.temporaryFolder("out")
        let r = try ProcessRunner.run(destdir + "/usr/bin/briefing", ["build", reports + "/china-ai-2025", "--out", out],
                                      in: "/", environment: ["HOME": home, "PATH": "/usr/bin:/bin"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: out + "/china-ai-2025.pdf"))
    }

    @Test("the installed program found by name on PATH, from /, uses the fonts installed beside it")
    func installedProgramOnPath() throws {
        let destdir = try Self.shared.get()
        let home = try PackagePaths.temporaryFolder("home")
        // By name: the shell (here env) passes "briefing" as the first argument, not a path.
        let r = try ProcessRunner.run("briefing", ["fonts"], in: "/",
                                      environment: ["HOME": home, "PATH": destdir + "/usr/bin:/usr/bin:/bin"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(destdir + "/usr/share/briefing/fonts/NotoSansCJK-Regular.ttc"), "\(r.stdout)")
    }

    @Test("--version names the package version and the commit it was built from, or says the commit is unknown")
    func version() throws {
        for program in [PackagePaths.briefing, try Self.shared.get() + "/usr/bin/briefing"] {
            let r = try ProcessRunner.run(program, ["--version"])
            #expect(r.status == 0)
            let line = r.stdout.trimmingCharacters(in: .newlines)
            #expect(line.wholeMatch(of: #/0\.1\.0 \(([0-9a-f]{7,}|unknown commit)\)/#) != nil, "\(program): \(line)")
        }
    }
}
