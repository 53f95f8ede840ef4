#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestSupport
@testable import Briefing

/// The content cache through the engine: a copy of the bundled report built into a fresh
/// output folder, then changed on disk in one way and built again.
@Suite("content cache")
struct ContentCacheTests {
    /// A copy of china-ai-2025, its output folder and an engine over the bundled fonts.
    struct Fixture {
        let folder: String
        let out: String
        let engine: Engine
        var options: BuildOptions { BuildOptions(outputFolder: out) }
        var stampPath: String { BuildStamp.path(name: "china-ai-2025", outputFolder: out) }

        init(_ label: String) throws {
            folder = try PackagePaths.temporaryFolder(label) + "/china-ai-2025"
            try FileManager.default.copyItem(atPath: PackagePaths.root + "/Reports/china-ai-2025", toPath: folder)
            out = try PackagePaths.temporaryFolder(label + "-out")
            engine = try Engine(fonts: PackagePaths.fonts)
        }

        func build() throws -> ReportResult { try #require(engine.build([folder], options: options).first) }

        /// Whether the stamp on disk stands for the folder as it is now, asked without a build.
        func stampIsCurrent() throws -> Bool {
            let stamp = try #require(BuildStamp.read(stampPath))
            return ContentCache(folder: try ReportFolder(path: folder), fontFolder: engine.fontFolder,
                                options: options.outputAffecting).isCurrent(stamp)
        }

        func write(_ text: String, to relative: String) throws {
            try text.write(toFile: folder + "/" + relative, atomically: true, encoding: .utf8)
        }
    }

    @Test("touching every file and folder of the report without changing a byte leaves it up to date")
    func touchedInputs() throws {
        let f = try Fixture("touch")
        let first = try f.build()
        #expect(first.status == .built, "\(first.diagnostics)")
        let later = Date().addingTimeInterval(3600)
        for relative in try FileManager.default.subpathsOfDirectory(atPath: f.folder) + [""] {
            try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: f.folder + "/" + relative)
        }
        let second = try f.build()
        #expect(second.status == .upToDate)
        #expect(second.outputs == first.outputs && second.pages == first.pages)
    }

    @Test("a link planted where the stamps go is replaced by a folder: no stamp is read, written or removed through it")
    func plantedCacheLink() throws {
        let f = try Fixture("planted-cache")
        let elsewhere = try PackagePaths.temporaryFolder("planted-target")
        let decoy = elsewhere + "/china-ai-2025.json"
        try "not a stamp".write(toFile: decoy, atomically: true, encoding: .utf8)
        #expect(symlink(elsewhere, BuildStamp.folder(in: f.out)) == 0)
        #expect(try f.build().status == .built)
        #expect(try String(contentsOfFile: decoy, encoding: .utf8) == "not a stamp")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere) == ["china-ai-2025.json"])
        var info = stat()
        #expect(lstat(BuildStamp.folder(in: f.out), &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR)
        #expect(try f.build().status == .upToDate)
    }

    @Test("changing the bytes of a CSV the spec names rebuilds the report")
    func changedInput() throws {
        let f = try Fixture("changed")
        #expect(try f.build().status == .built)
        let csv = try String(contentsOfFile: f.folder + "/data/private-investment-2023.csv", encoding: .utf8)
        try f.write(csv.replacingOccurrences(of: "미국,67.2", with: "미국,70"), to: "data/private-investment-2023.csv")
        #expect(try f.build().status == .built)
        #expect(try f.build().status == .upToDate)
    }

    @Test("files the spec does not name, added or changed, do not rebuild the report; a FIFO among them is never opened",
          .timeLimit(.minutes(2)))
    func unreferencedFiles() throws {
        let f = try Fixture("unreferenced")
        #expect(try f.build().status == .built)
        try f.write("notes\n", to: "notes.txt")
        try f.write("changed\n", to: "data/README.md")
        try FileManager.default.createDirectory(atPath: f.folder + "/drafts", withIntermediateDirectories: false)
        try f.write("a,b\n1,2\n", to: "drafts/old.csv")
        #expect(mkfifo(f.folder + "/data/pipe.csv", 0o644) == 0)
        #expect(try f.build().status == .upToDate)
    }

    @Test("a named file replaced by a FIFO counts as changed, and the check does not wait on it", .timeLimit(.minutes(2)))
    func fifoInput() throws {
        let f = try Fixture("fifo")
        #expect(try f.build().status == .built)
        let rates = f.folder + "/data/exchange-rates.csv"
        try FileManager.default.removeItem(atPath: rates)
        #expect(mkfifo(rates, 0o644) == 0)
        #expect(try !f.stampIsCurrent())
    }

    @Test("a named file replaced by a link to the same bytes is current inside the folder and changed outside it")
    func linkedInput() throws {
        let f = try Fixture("linked")
        #expect(try f.build().status == .built)
        let rates = f.folder + "/data/exchange-rates.csv"
        let inside = f.folder + "/rates-copy.csv", outside = try PackagePaths.temporaryFolder("outside") + "/rates.csv"
        try FileManager.default.copyItem(atPath: rates, toPath: inside)
        try FileManager.default.copyItem(atPath: rates, toPath: outside)
        try FileManager.default.removeItem(atPath: rates)
        try FileManager.default.createSymbolicLink(atPath: rates, withDestinationPath: "../rates-copy.csv")
        #expect(try f.stampIsCurrent())
        try FileManager.default.removeItem(atPath: rates)
        try FileManager.default.createSymbolicLink(atPath: rates, withDestinationPath: outside)
        #expect(try !f.stampIsCurrent())
    }

    @Test("the stamp names every file the build read with the SHA-256 of its bytes, the fonts by their manifest, the program and the options")
    func stampContents() throws {
        let f = try Fixture("stamp")
        let built = try f.build()
        let stamp = try #require(BuildStamp.read(f.stampPath))
        #expect(stamp.format == 2)
        #expect(stamp.files.map(\.path) == [
            "data/ai-cities-2024.csv", "data/ai-city-locations.csv", "data/china-ai-2023.csv", "data/exchange-rates.csv",
            "data/genai-patents-2014-2023.csv", "data/llm-models.csv", "data/llm-parameters.csv",
            "data/private-investment-2023.csv", "geo/china-provinces.geojson", "report.yaml",
        ])
        for file in stamp.files {
            let bytes = try #require(FileManager.default.contents(atPath: f.folder + "/" + file.path))
            #expect(file.sha256 == SHA256.hash([UInt8](bytes)).description, "\(file.path)")
        }
        #expect(stamp.fonts == FontIdentity.manifest(in: PackagePaths.fonts))
        #expect(stamp.fonts.map(\.path) == ["NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"])
        #expect(stamp.program.hasPrefix("briefing \(ProgramIdentity.version), sha256 "))
        #expect(stamp.options == f.options.outputAffecting)
        #expect(stamp.reportFonts == nil)
        #expect(stamp.outputs == built.outputs && stamp.pages == 6 && stamp.warnings.isEmpty)
    }

    @Test("a stamp with other options, fonts or program, or of the old format, is not trusted")
    func otherKeys() throws {
        let f = try Fixture("keys")
        #expect(try f.build().status == .built)
        let stamp = try #require(BuildStamp.read(f.stampPath))
        #expect(try f.stampIsCurrent())
        var changed = [stamp, stamp, stamp, stamp]
        changed[0].options[0] = "png=true"
        changed[1].fonts[0].sha256 = String(repeating: "0", count: 64)
        changed[2].program = "briefing 0.0.9, sha256 " + String(repeating: "0", count: 64)
        changed[3].files[0].sha256 = nil
        for other in changed {
            try other.write(to: f.stampPath, in: f.out)
            #expect(try !f.stampIsCurrent())
        }
        try #"{"inputs":"5f3a","outputs":[],"pages":6,"warnings":[]}"#.write(toFile: f.stampPath, atomically: true, encoding: .utf8)
        #expect(BuildStamp.read(f.stampPath) == nil)
        #expect(try f.build().status == .built)
    }

    @Test("every file in the report's own fonts/ folder counts by its bytes: a change or a new file rebuilds")
    func reportFonts() throws {
        let f = try Fixture("own-fonts")
        try FileManager.default.createDirectory(atPath: f.folder + "/fonts", withIntermediateDirectories: false)
        try f.write("licence\n", to: "fonts/LICENSE.txt")
        #expect(try f.build().status == .built)
        #expect(try BuildStamp.read(f.stampPath)?.reportFonts?.map(\.path) == ["fonts/LICENSE.txt"])
        #expect(try f.build().status == .upToDate)
        try f.write("licence, changed\n", to: "fonts/LICENSE.txt")
        #expect(try f.build().status == .built)
        try f.write("more\n", to: "fonts/NOTES.txt")
        #expect(try f.build().status == .built)
        #expect(try f.build().status == .upToDate)
    }
}
