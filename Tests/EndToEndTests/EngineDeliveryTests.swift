import Foundation
import Testing
import TestSupport

/// What CI trusts of the command line since the engine returns every diagnostic: warnings from
/// any layer reach --format json and --warnings-as-errors, check speaks JSON, and a summary per
/// report follows the diagnostics.
@Suite("engine delivery")
struct EngineDeliveryTests {
    /// A choropleth whose data names a region the boundary file lacks (`CN-ZZ`, row 5 of
    /// rates.csv) and leaves 31 regions without data: two kinds of map warning.
    static func mapWithWarnings() throws -> String {
        let dir = try PackagePaths.temporaryFolder("mapjson") + "/rates"
        try FileManager.default.createDirectory(atPath: dir + "/geo", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: PackagePaths.root + "/Reports/china-ai-2025/geo/china-provinces.geojson",
                                         toPath: dir + "/geo/china-provinces.geojson")
        try "id,rate\nCN-BJ,3\nCN-SH,5\nCN-GD,4\nCN-ZZ,9\n".write(toFile: dir + "/rates.csv", atomically: true, encoding: .utf8)
        try """
            title: 지도
            date: 2025-01-21
            data:
              rates: rates.csv
            body:
              - map: rates
                boundaries: geo/china-provinces.geojson
                name-property: name_ko
                data: rates
                join: id
                value: rate
                title: 세 곳의 비율
            """.write(toFile: dir + "/report.yaml", atomically: true, encoding: .utf8)
        return dir
    }

    static func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
        }
    }

    @Test("map warnings under --format json --warnings-as-errors exit 1, print only JSON lines, and write nothing")
    func mapWarningsFailInJSON() throws {
        let folder = try Self.mapWithWarnings(), out = try PackagePaths.temporaryFolder("out")
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out, "--format", "json", "--warnings-as-errors"])
        #expect(r.status == 1)
        let diagnostics = try Self.jsonLines(r.stderr)
        #expect(!diagnostics.isEmpty)
        #expect(diagnostics.allSatisfy { $0["severity"] as? String == "error" && ($0["code"] as? String)?.hasPrefix("map.") == true })
        #expect(diagnostics.contains { ($0["message"] as? String)?.contains("CN-ZZ") == true })
        let summary = try Self.jsonLines(r.stdout)
        #expect(summary.count == 1)
        #expect(summary.first?["status"] as? String == "failed" && summary.first?["report"] as? String == "rates")
        #expect(!FileManager.default.fileExists(atPath: out + "/rates.pdf"), "a failed report wrote its PDF")
    }

    @Test("without --warnings-as-errors the same report builds, and its warnings come back from an up-to-date build too")
    func warningsReplayed() throws {
        let folder = try Self.mapWithWarnings(), out = try PackagePaths.temporaryFolder("out")
        let first = try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out, "--format", "json"])
        #expect(first.status == 0, "\(first.stderr)")
        let again = try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out, "--format", "json"])
        #expect(again.status == 0)
        #expect(again.stderr == first.stderr, "a skipped build hid the warnings of the build it stands for")
        let summary = try #require(try Self.jsonLines(again.stdout).first)
        #expect(summary["status"] as? String == "up-to-date")
        #expect(summary["warnings"] as? Int == (try Self.jsonLines(first.stderr)).count)
        #expect((summary["outputs"] as? [String])?.first == out + "/rates.pdf")
        // A strict build of the same inputs is not skipped: its options differ.
        let strict = try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out, "--warnings-as-errors"])
        #expect(strict.status == 1)
    }

    @Test("check takes --format json and --warnings-as-errors")
    func checkSpeaksJSON() throws {
        let folder = try Self.mapWithWarnings()
        let lenient = try ProcessRunner.run(PackagePaths.briefing, ["check", folder, "--format", "json"])
        #expect(lenient.status == 0, "\(lenient.stderr)")
        #expect(try Self.jsonLines(lenient.stdout).first?["status"] as? String == "checked")
        let strict = try ProcessRunner.run(PackagePaths.briefing, ["check", folder, "--format", "json", "--warnings-as-errors"])
        #expect(strict.status == 1)
        #expect(try Self.jsonLines(strict.stderr).allSatisfy { $0["severity"] as? String == "error" })
    }

    @Test("a successful JSON build prints one summary per report with its outputs, pages and time")
    func summary() throws {
        let out = try PackagePaths.temporaryFolder("out")
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", PackagePaths.root + "/Reports/china-ai-2025", "--out", out, "--format", "json"])
        #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
        let summary = try #require(try Self.jsonLines(r.stdout).first)
        #expect(summary["report"] as? String == "china-ai-2025")
        #expect(summary["status"] as? String == "built")
        #expect(summary["pages"] as? Int == 6)
        #expect(summary["errors"] as? Int == 0 && summary["warnings"] as? Int == 0)
        let outputs = try #require(summary["outputs"] as? [String])
        #expect(outputs.first == out + "/china-ai-2025.pdf")
        #expect(outputs.allSatisfy { FileManager.default.fileExists(atPath: $0) })
        #expect((summary["seconds"] as? Double ?? -1) >= 0)
    }

    @Test("a text diagnostic shows its source line with a caret under the column")
    func caret() throws {
        let folder = try PackagePaths.bundledReportCopy("caret")
        let csv = folder + "/data/private-investment-2023.csv"
        try "country,usd_billion\n미국,67.2B\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let r = try ProcessRunner.run(PackagePaths.briefing, ["check", folder])
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count >= 4)
        #expect(lines[0].hasPrefix("\(csv):2:4: error: '67.2B' in column 'usd_billion' is not a number"))
        #expect(lines[2] == "2 | 미국,67.2B")
        // "미국," is two wide characters and a comma: five columns before the caret.
        #expect(lines[3] == "  |      ^")
    }
}

@Suite("the README's library example")
struct ReadmeExampleTests {
    @Test("the README's Swift example is the example package's ReadmeExample, which make test compiles")
    func sameAsCompiled() throws {
        let readme = try String(contentsOfFile: PackagePaths.root + "/README.md", encoding: .utf8)
        let section = try #require(readme.range(of: "## Use as a Swift library"))
        let after = readme[section.upperBound...]
        let start = try #require(after.range(of: "```swift\n"))
        let end = try #require(after[start.upperBound...].range(of: "```\n"))
        let snippet = String(after[start.upperBound..<end.lowerBound])
        let compiled = try String(contentsOfFile: PackagePaths.root + "/Examples/QuickStart/Sources/ReadmeExample/main.swift", encoding: .utf8)
        #expect(snippet == compiled)
    }
}

@Suite("output names and folders")
struct OutputNamingTests {
    /// Two copies of the bundled report in folders of the same name under different parents.
    static func twins() throws -> [String] {
        let root = try PackagePaths.temporaryFolder("twins")
        return try ["teamA", "teamB"].map { team in
            try FileManager.default.createDirectory(atPath: "\(root)/\(team)", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: PackagePaths.root + "/Reports/china-ai-2025", toPath: "\(root)/\(team)/q1")
            return "\(root)/\(team)/q1"
        }
    }

    @Test("two report folders with the same name are a usage error naming both, and nothing is written")
    func clash() throws {
        let twins = try Self.twins(), out = try PackagePaths.temporaryFolder("out")
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build"] + twins + ["--out", out])
        #expect(r.status == 64)
        #expect(r.stderr.contains(twins[0]) && r.stderr.contains(twins[1]) && r.stderr.contains("--qualified-names"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
    }

    @Test("--qualified-names names each report after its parent folder too, and both build")
    func qualified() throws {
        let twins = try Self.twins(), out = try PackagePaths.temporaryFolder("out")
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build"] + twins + ["--out", out, "--qualified-names", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: out + "/teamA-q1.pdf") && FileManager.default.fileExists(atPath: out + "/teamB-q1.pdf"))
        #expect(r.stdout.contains("\"report\":\"teamA-q1\"") && r.stdout.contains("\"report\":\"teamB-q1\""))
    }

    @Test("an empty --out, or one that is a file, is a usage error", arguments: ["", " ", "README.md"])
    func badOut(out: String) throws {
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", PackagePaths.root + "/Reports/china-ai-2025", "--out", out],
                                      in: PackagePaths.root)
        #expect(r.status == 64, "\(r.stderr)")
    }
}
