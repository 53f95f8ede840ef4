import Foundation
import Testing
import TestSupport

/// The figure helper is a worker process: it must never outlive the build that started it.
@Suite("worker lifetime")
struct WorkerLifetimeTests {
    /// The bundled report with `count` more charts, so its figure helper is busy for a while.
    static func manyFigures(_ count: Int) throws -> String {
        let folder = try PackagePaths.bundledReportCopy("many-figures")
        let spec = folder + "/report.yaml"
        var text = try String(contentsOfFile: spec, encoding: .utf8)
        for i in 0..<count {
            text += "  - chart: extra-\(i)\n    data: investment\n    category: country\n    value: usd_billion\n    title: 차트 \(i)\n    source: 예시\n"
        }
        try text.write(toFile: spec, atomically: true, encoding: .utf8)
        return folder
    }

    /// Process ids of running `briefing worker --parent <parent>` processes.
    static func workers(of parent: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let raw = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            let args = raw.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            return args.count >= 4 && args[1] == "worker" && args[2] == "--parent" && args[3] == String(parent)
        }
    }

    @Test("a figure helper dies with its build: SIGKILL the build and no worker is left, nor does any file appear after")
    func diesWithParent() throws {
        let folder = try Self.manyFigures(120), out = try PackagePaths.temporaryFolder("out")
        let build = Process()
        build.executableURL = URL(fileURLWithPath: PackagePaths.briefing)
        build.arguments = ["build", folder, "--out", out, "-j", "2"]
        build.standardError = FileHandle.nullDevice
        build.standardOutput = FileHandle.nullDevice
        try build.run()
        let parent = build.processIdentifier
        // Wait for the helper to start drawing.
        var started = false
        for _ in 0..<200 where !started {
            started = !Self.workers(of: parent).isEmpty
            if !started { Thread.sleep(forTimeInterval: 0.01) }
        }
        try #require(started, "no figure helper started")
        Thread.sleep(forTimeInterval: 0.3)
        kill(parent, SIGKILL)
        build.waitUntilExit()
        var gone = false
        for _ in 0..<100 where !gone {
            gone = Self.workers(of: parent).isEmpty
            if !gone { Thread.sleep(forTimeInterval: 0.02) }
        }
        #expect(gone, "a worker outlived its build")
        let listing = try FileManager.default.subpathsOfDirectory(atPath: out).sorted()
        Thread.sleep(forTimeInterval: 0.5)
        #expect(try FileManager.default.subpathsOfDirectory(atPath: out).sorted() == listing, "files appeared after the build was killed")
        #expect(!FileManager.default.fileExists(atPath: out + "/r.pdf"))
        // The next build into the same folder removes what the killed one left behind.
        #expect(try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out]).status == 0)
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: out)
            .filter { $0.contains(".tmp-") || $0.contains(".figures-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test("the figure files drawn by the helper are the files a one-process build draws")
    func helperMatchesOneProcess() throws {
        let folder = try Self.manyFigures(8)
        let helped = try PackagePaths.temporaryFolder("helped"), alone = try PackagePaths.temporaryFolder("alone")
        #expect(try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", helped]).status == 0)
        var env = ProcessInfo.processInfo.environment
        env["BRIEFING_FIGURE_PROCESS"] = "0"
        #expect(try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", alone], environment: env).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: alone + "/r").sorted()
        #expect(names.count == 14)
        #expect(try FileManager.default.contentsOfDirectory(atPath: helped + "/r").sorted() == names)
        for name in names {
            #expect(FileManager.default.contents(atPath: "\(helped)/r/\(name)") == FileManager.default.contents(atPath: "\(alone)/r/\(name)"), "\(name)")
        }
    }
}

/// Builds killed at random moments, then built again: the outputs end up exactly a clean build's.
@Suite("killed builds")
struct KilledBuildTests {
    @Test("after builds killed at random moments by SIGKILL or SIGTERM, the next build leaves exactly a clean build's files and nothing else")
    func randomKills() throws {
        let folder = try PackagePaths.bundledReportCopy("kills", name: "china-ai-2025")
        let out = try PackagePaths.temporaryFolder("kills-out"), clean = try PackagePaths.temporaryFolder("kills-clean")
        #expect(try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out]).status == 0)
        // A new version of the data, so every kill lands in a build that replaces files.
        let csv = folder + "/data/private-investment-2023.csv"
        var generator = SystemRandomNumberGenerator()
        for round in 0..<6 {
            try "country,usd_billion\n미국,\(70 + round)\n중국,7.76\n한국,1.4\n".write(toFile: csv, atomically: true, encoding: .utf8)
            let build = Process()
            build.executableURL = URL(fileURLWithPath: PackagePaths.briefing)
            build.arguments = ["build", folder, "--out", out, "--png"]
            build.standardError = FileHandle.nullDevice
            try build.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.02...0.6, using: &generator))
            kill(build.processIdentifier, round % 2 == 0 ? SIGKILL : SIGTERM)
            build.waitUntilExit()
        }
        #expect(try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out, "--png"]).status == 0)
        #expect(try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", clean, "--png"]).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: clean + "/china-ai-2025").sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/china-ai-2025").sorted() == names)
        for name in ["china-ai-2025.pdf"] + names.map({ "china-ai-2025/" + $0 }) {
            #expect(FileManager.default.contents(atPath: "\(out)/\(name)") == FileManager.default.contents(atPath: "\(clean)/\(name)"), "\(name)")
        }
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: out)
            .filter { $0.contains(".tmp-") || $0.contains(".figures-") || $0.contains(".briefing-commit") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
