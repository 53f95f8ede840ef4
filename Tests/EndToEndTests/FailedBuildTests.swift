import Foundation
import Testing
import TestSupport

/// A failed build reports where and why, exits non-zero, and leaves earlier output untouched.
@Suite("failed builds")
struct FailedBuildTests {
    /// A copy of the bundled report, named like it, that the test may break.
    func reportCopy() throws -> String {
        let dir = try PackagePaths.temporaryFolder("broken") + "/china-ai-2025"
        try FileManager.default.copyItem(atPath: PackagePaths.root + "/Reports/china-ai-2025", toPath: dir)
        return dir
    }

    @Test("a malformed CSV fails with path:line:column and keeps the previous PDF intact")
    func malformedCSVKeepsPreviousOutput() throws {
        let out = try PackagePaths.temporaryFolder("keep")
        let good = try ProcessRunner.run(PackagePaths.briefing, ["build", PackagePaths.root + "/Reports/china-ai-2025", "--out", out])
        #expect(good.status == 0, "\(good.stderr)")
        let before = FileManager.default.contents(atPath: out + "/china-ai-2025.pdf")

        let broken = try reportCopy()
        try "country,usd_billion\n미국,67.2\n중국,\"7.76\n".write(toFile: broken + "/data/private-investment-2023.csv", atomically: true, encoding: .utf8)
        let bad = try ProcessRunner.run(PackagePaths.briefing, ["build", broken, "--out", out])
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("\(broken)/data/private-investment-2023.csv:3:4: error: quoted field is never closed; expected a closing '\"'\n"), "\(bad.stderr)")
        #expect(FileManager.default.contents(atPath: out + "/china-ai-2025.pdf") == before)
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: out).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test("a YAML syntax error names the spec's line and column")
    func yamlSyntaxError() throws {
        let broken = try reportCopy()
        let spec = broken + "/report.yaml"
        var text = try String(contentsOfFile: spec, encoding: .utf8)
        text = text.replacingOccurrences(of: "body:\n", with: "body: [\n")
        try text.write(toFile: spec, atomically: true, encoding: .utf8)
        let line = text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("body: [") }.map { $0 + 2 } ?? 0
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", broken, "--out", try PackagePaths.temporaryFolder("out")])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("\(spec):\(line):"), "\(r.stderr)")
        #expect(r.stderr.contains(": error: invalid YAML:"))
    }

    @Test("text no bundled font can draw is an error at its source line, never a box in the PDF")
    func uncoveredCharacters() throws {
        let broken = try reportCopy()
        let spec = broken + "/report.yaml"
        var text = try String(contentsOfFile: spec, encoding: .utf8)
        text = text.replacingOccurrences(of: "  - heading: 맺음말\n", with: "  - heading: 맺음말 🚀\n")
        try text.write(toFile: spec, atomically: true, encoding: .utf8)
        let line = (text.components(separatedBy: "\n").firstIndex { $0.contains("맺음말 🚀") } ?? -1) + 1
        let out = try PackagePaths.temporaryFolder("out")
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", broken, "--out", out])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(spec):\(line):14: error: no font in the font set can draw '🚀' (U+1F680)"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out + "/china-ai-2025.pdf"))
    }

    @Test("an unknown key suggests the one meant")
    func unknownKeySuggestion() throws {
        let broken = try reportCopy()
        let spec = broken + "/report.yaml"
        let text = try String(contentsOfFile: spec, encoding: .utf8).replacingOccurrences(of: "\ntitle: ", with: "\ntitel: ")
        try text.write(toFile: spec, atomically: true, encoding: .utf8)
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", broken, "--out", try PackagePaths.temporaryFolder("out")])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(spec):3:1: error: unknown key 'titel' in 'report.yaml'; expected one of "), "\(r.stderr)")
        #expect(r.stderr.contains("did you mean 'title'?"), "\(r.stderr)")
    }

    @Test("a missing report folder is an error, not a crash")
    func missingFolder() throws {
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", "/nonexistent/report", "--out", try PackagePaths.temporaryFolder("out")])
        #expect(r.status == 1)
        #expect(r.stderr == "/nonexistent/report: error: file not found: /nonexistent/report\n")
    }

    @Test("several folders build in parallel, byte-identical to one at a time, and a broken one stops no other")
    func parallelBuilds() throws {
        let root = try PackagePaths.temporaryFolder("many")
        for name in ["a", "b", "c"] {
            try FileManager.default.copyItem(atPath: PackagePaths.root + "/Reports/china-ai-2025", toPath: "\(root)/\(name)")
        }
        try "country,usd_billion\n미국,x\n".write(toFile: "\(root)/b/data/private-investment-2023.csv", atomically: true, encoding: .utf8)
        let parallel = try PackagePaths.temporaryFolder("par"), serial = try PackagePaths.temporaryFolder("ser")
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", "\(root)/a", "\(root)/b", "\(root)/c", "--out", parallel, "-j", "3"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("\(root)/b/data/private-investment-2023.csv:2:4: error: 'x' in column 'usd_billion' is not a number; expected digits such as 1339, 1,339 or 67.2 (leave the cell empty for a missing value)\n"), "\(r.stderr)")
        // One run names every mistake: the bad cell, and the rows the prose cites that the shortened file lost.
        #expect(r.stderr.contains("\(root)/b/report.yaml:59:190: error: dataset 'investment' has no row '중국' in its first column 'country'\n"), "\(r.stderr)")
        #expect(r.stderr.contains("\(root)/b/report.yaml:60:27: error: dataset 'investment' has no row '한국' in its first column 'country'\n"), "\(r.stderr)")
        #expect(try ProcessRunner.run(PackagePaths.briefing, ["build", "\(root)/a", "\(root)/c", "--out", serial, "-j", "1"]).status == 0)
        for name in ["a", "c"] {
            let p = FileManager.default.contents(atPath: "\(parallel)/\(name).pdf")
            #expect(p != nil && p == FileManager.default.contents(atPath: "\(serial)/\(name).pdf"))
        }
        #expect(!FileManager.default.fileExists(atPath: "\(parallel)/b.pdf"))
    }

    @Test("reports built in batches, several to a child process, match one at a time, and a broken one stops no other in its batch")
    func batchedBuilds() throws {
        let root = try PackagePaths.temporaryFolder("batches")
        let names = ["r1", "r2", "r3", "r4", "r5"]
        for name in names {
            #expect(try ProcessRunner.run(PackagePaths.briefing, ["init", "\(root)/\(name)"]).status == 0)
        }
        // Five reports on two workers go two to a child: r1 and r2 share a process.
        try "region,revenue\n서울,x\n".write(toFile: "\(root)/r2/data/sales.csv", atomically: true, encoding: .utf8)
        let batched = try PackagePaths.temporaryFolder("batched"), single = try PackagePaths.temporaryFolder("single")
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build"] + names.map { "\(root)/\($0)" } + ["--out", batched, "-j", "2"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("\(root)/r2/data/sales.csv:2:4: error:"), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 4, "one error with its source line and caret: \(r.stderr)")
        for name in names where name != "r2" {
            #expect(try ProcessRunner.run(PackagePaths.briefing, ["build", "\(root)/\(name)", "--out", single]).status == 0)
            let b = FileManager.default.contents(atPath: "\(batched)/\(name).pdf")
            #expect(b != nil && b == FileManager.default.contents(atPath: "\(single)/\(name).pdf"), "\(name)")
        }
        #expect(!FileManager.default.fileExists(atPath: "\(batched)/r2.pdf"))
    }
}
