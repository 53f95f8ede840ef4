import Foundation
import Testing
import TestSupport

/// A report folder's build reads only its own regular files.
@Suite("contained reads")
struct ContainedReadsTests {
    static func copy() throws -> String {
        let folder = try PackagePaths.bundledReportCopy("contained")
        return folder
    }

    @Test("a font in the report's fonts/ that links out of the folder is an error naming it, and nothing is built")
    func fontLinkOut() throws {
        let folder = try Self.copy()
        try FileManager.default.createDirectory(atPath: folder + "/fonts", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/fonts/evil.ttf", withDestinationPath: "/etc/passwd")
        let out = try PackagePaths.temporaryFolder("out")
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(folder)/fonts/evil.ttf") && r.stderr.contains("leaves the report folder"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out + "/r.pdf"))
    }

    @Test("a fonts/ folder that is itself a link out of the report folder is refused")
    func fontsFolderLinkOut() throws {
        let folder = try Self.copy(), elsewhere = try PackagePaths.temporaryFolder("elsewhere")
        try FileManager.default.copyItem(atPath: PackagePaths.fonts + "/NotoSansCJK-Bold.ttc", toPath: elsewhere + "/a.ttc")
        try FileManager.default.createSymbolicLink(atPath: folder + "/fonts", withDestinationPath: elsewhere)
        let r = try ProcessRunner.run(PackagePaths.briefing, ["check", folder])
        #expect(r.status == 1, "\(r.stderr)")
    }

    @Test("a dataset that is a FIFO is refused at once instead of waiting for a writer")
    func fifoDataset() throws {
        let folder = try Self.copy()
        let csv = folder + "/data/private-investment-2023.csv"
        try FileManager.default.removeItem(atPath: csv)
        #expect(mkfifo(csv, 0o644) == 0)
        let start = Date()
        let r = try ProcessRunner.run(PackagePaths.briefing, ["check", folder])
        #expect(r.status == 1)
        #expect(r.stderr.contains("is not a regular file"), "\(r.stderr)")
        #expect(Date().timeIntervalSince(start) < 30)
    }

    @Test("a link already inside --out (a restored CI cache) is never written through: exit 3, nothing outside")
    func linkInOutput() throws {
        let out = try PackagePaths.temporaryFolder("linked-out"), elsewhere = try PackagePaths.temporaryFolder("elsewhere")
        try FileManager.default.createSymbolicLink(atPath: out + "/china-ai-2025", withDestinationPath: elsewhere)
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", PackagePaths.root + "/Reports/china-ai-2025", "--out", out])
        #expect(r.status == 3, "\(r.stderr)")
        #expect(r.stderr.contains("never writes through"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out + "/china-ai-2025.pdf"))
    }
}

@Suite("a commit that cannot complete")
struct FailingCommitTests {
    @Test("a figure whose place is taken by a folder fails the build before any rename: the previous PDF and figures stay as they were")
    func folderInTheWay() throws {
        let folder = try PackagePaths.bundledReportCopy("commit-fail", name: "china-ai-2025")
        let out = try PackagePaths.temporaryFolder("commit-out")
        #expect(try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out]).status == 0)
        let pdf = FileManager.default.contents(atPath: out + "/china-ai-2025.pdf")
        // A new version of the data, and a folder where one figure file goes.
        let csv = folder + "/data/private-investment-2023.csv"
        try String(contentsOfFile: csv, encoding: .utf8).replacingOccurrences(of: "미국,67.2", with: "미국,80")
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let blocked = out + "/china-ai-2025/private-investment.svg"
        try FileManager.default.removeItem(atPath: blocked)
        try FileManager.default.createDirectory(atPath: blocked + "/x", withIntermediateDirectories: true)
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out])
        #expect(r.status == 3, "\(r.stderr)")
        #expect(r.stderr.contains("a folder is in its place"), "\(r.stderr)")
        #expect(FileManager.default.contents(atPath: out + "/china-ai-2025.pdf") == pdf, "the PDF changed though the commit failed")
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: out).filter { $0.contains(".tmp-") || $0.contains(".briefing-commit") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
