import Foundation
import Testing
import TestSupport

/// The command line as CI uses it: incremental rebuilds, machine-readable diagnostics, shards,
/// strict warnings, a folder of reports, and watch.
@Suite("CI workflow")
struct CIWorkflowTests {
    static let bundled = PackagePaths.root + "/Reports/china-ai-2025"

    func copies(_ n: Int) throws -> String {
        let root = try PackagePaths.temporaryFolder("reports")
        for i in 0..<n { try FileManager.default.copyItem(atPath: Self.bundled, toPath: "\(root)/report-\(i)") }
        return root
    }

    func modified(_ path: String) throws -> Date {
        try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date ?? .distantPast
    }

    @Test("an unchanged report is not rebuilt, a changed one is, and --force always is")
    func incremental() throws {
        let root = try copies(1), out = try PackagePaths.temporaryFolder("out")
        let folder = root + "/report-0", pdf = out + "/report-0.pdf"
        #expect(try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out]).status == 0)
        let first = try modified(pdf)
        Thread.sleep(forTimeInterval: 0.05)
        #expect(try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out]).status == 0)
        #expect(try modified(pdf) == first, "an unchanged build rewrote the PDF")
        #expect(try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out, "--force"]).status == 0)
        let forced = try modified(pdf)
        #expect(forced > first)
        let csv = folder + "/data/private-investment-2023.csv"
        try String(contentsOfFile: csv, encoding: .utf8).replacingOccurrences(of: "미국,67.2", with: "미국,70")
            .write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out]).status == 0)
        #expect(try modified(pdf) > forced, "a changed CSV did not rebuild")
    }

    @Test("--format json writes one parsable object per diagnostic with file, line, column, severity and message")
    func jsonDiagnostics() throws {
        let root = try copies(1)
        try "country,usd_billion\n미국,67.2B\n".write(toFile: root + "/report-0/data/private-investment-2023.csv", atomically: true, encoding: .utf8)
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", root + "/report-0", "--out", try PackagePaths.temporaryFolder("o"), "--format", "json"])
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n")
        // The bad cell, then the two rows the prose cites that the shortened file lost, each an object of its own.
        #expect(lines.count == 3)
        for line in lines { #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any], "\(line)") }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(object["file"] as? String == root + "/report-0/data/private-investment-2023.csv")
        #expect(object["line"] as? Int == 2 && object["column"] as? Int == 4)
        #expect(object["severity"] as? String == "error")
        #expect((object["message"] as? String)?.hasPrefix("'67.2B' in column 'usd_billion' is not a number") == true)
    }

    @Test("shards split a folder of reports into disjoint shares that together cover all, and Reports/ stands for its reports")
    func shards() throws {
        let root = try copies(5)
        var seen: [String] = []
        for k in 1...3 {
            let out = try PackagePaths.temporaryFolder("shard")
            let r = try ProcessRunner.run(PackagePaths.briefing, ["build", root, "--out", out, "--shard", "\(k)/3"])
            #expect(r.status == 0, "\(r.stderr)")
            seen += try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".pdf") }
        }
        #expect(seen.sorted() == (0..<5).map { "report-\($0).pdf" })
        let checked = try ProcessRunner.run(PackagePaths.briefing, ["check", root])
        #expect(checked.status == 0 && checked.stderr.isEmpty, "\(checked.stderr)")
        let bad = try ProcessRunner.run(PackagePaths.briefing, ["build", root, "--shard", "4/3"])
        #expect(bad.status == 64)
    }

    @Test("--warnings-as-errors turns a warning into exit 1")
    func strictWarnings() throws {
        let root = try copies(1)
        let spec = root + "/report-0/report.yaml"
        // A table over the standalone limit warns.
        var csv = "name,value\n"
        for i in 0..<501 { csv += "항목 \(i),\(i)\n" }
        try csv.write(toFile: root + "/report-0/data/long.csv", atomically: true, encoding: .utf8)
        let text = try String(contentsOfFile: spec, encoding: .utf8)
            .replacingOccurrences(of: "data:\n", with: "data:\n  long: data/long.csv\n")
            + "  - table: long\n    data: long\n    title: 긴 표\n    columns:\n      - {column: name, header: 이름}\n      - {column: value, header: 값, type: integer}\n"
        try text.write(toFile: spec, atomically: true, encoding: .utf8)
        let lenient = try ProcessRunner.run(PackagePaths.briefing, ["build", root + "/report-0", "--out", try PackagePaths.temporaryFolder("o")])
        #expect(lenient.status == 0 && lenient.stderr.contains("warning: table 'long' has 501 rows"))
        let strict = try ProcessRunner.run(PackagePaths.briefing, ["build", root + "/report-0", "--out", try PackagePaths.temporaryFolder("o"), "--warnings-as-errors"])
        #expect(strict.status == 1)
    }

    @Test("without English hyphenation patterns a build warns, naming the path and the fix, still writes the PDF, and is not taken for the build with them")
    func missingHyphenation() throws {
        let root = try copies(1), out = try PackagePaths.temporaryFolder("hyphen")
        let with = try ProcessRunner.run(PackagePaths.briefing, ["build", root + "/report-0", "--out", out])
        #expect(with.status == 0 && !with.stderr.contains("hyphenation"), "\(with.stderr)")
        var env = ProcessInfo.processInfo.environment
        env["BRIEFING_HYPHENATION"] = "/nonexistent/hyph_en_US.dic"
        let without = try ProcessRunner.run(PackagePaths.briefing, ["build", root + "/report-0", "--out", out], environment: env)
        #expect(without.status == 0)
        #expect(without.stderr.contains("warning: no English hyphenation patterns at /nonexistent/hyph_en_US.dic"), "\(without.stderr)")
        #expect(without.stderr.contains("hyphen-en-us"))
        #expect(!without.stderr.contains("up to date"), "a build without the patterns must not replay the one with them")
        let strict = try ProcessRunner.run(PackagePaths.briefing, ["build", root + "/report-0", "--out", out, "--warnings-as-errors"], environment: env)
        #expect(strict.status == 1)
    }

    @Test("a justified paragraph that can only be set by parting 약 from its number warns at the paragraph's line, naming the place; set ragged it does not")
    func brokenGroupWarning() throws {
        let folder = try PackagePaths.temporaryFolder("broken-group")
        let paragraph = "스탠퍼드대 인간중심AI연구소의 「AI 인덱스 2024」에 따르면 2023년 미국의 AI 민간 투자액은 672억 달러(약 97조 5,000억 원)로 "
            + "중국의 77억 6,000만 달러보다 9배 가까이 많았습니다. 「생성형 AI 특허 동향 보고서」는 2014~2023년 생성형 AI 특허 출원의 70%가 "
            + "중국에서 나왔다고 밝혔습니다. “거대언어모델”이라는 말은 이제 흔히 쓰입니다. (이 문단은 걸침 문장부호를 시험하려고 쓴 것입니다.) "
            + "중국 관영 CCTV에 따르면 AI 기업은 약 4,700곳으로 세계 2위이고, 거대언어모델은 약 200개가 시장에 나와 있습니다."
        func build(align: String) throws -> ProcessResult {
            try "title: 시험\ndate: 2025-01-01\nbody:\n  - paragraph: \(paragraph)\n    align: \(align)\n"
                .write(toFile: folder + "/report.yaml", atomically: true, encoding: .utf8)
            return try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", try PackagePaths.temporaryFolder("o")])
        }
        let justified = try build(align: "justify")
        #expect(justified.status == 0)
        #expect(justified.stderr.contains("report.yaml:4:16: warning: the paragraph could not be set without parting '약' from its number: '(약 / 97조 5,000억 원)로'"),
                "\(justified.stderr)")
        let ragged = try build(align: "left")
        #expect(ragged.status == 0 && !ragged.stderr.contains("warning"), "\(ragged.stderr)")
    }

    @Test("watch rebuilds on a change, reports a broken file without exiting, and rebuilds once it is fixed")
    func watch() throws {
        let root = try copies(1), out = try PackagePaths.temporaryFolder("watch")
        let folder = root + "/report-0", csv = folder + "/data/private-investment-2023.csv"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: PackagePaths.briefing)
        process.arguments = ["watch", folder, "--out", out, "--interval", "0.1"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        defer { if process.isRunning { process.terminate(); process.waitUntilExit() } }
        func waitFor(_ condition: () -> Bool) -> Bool {
            for _ in 0..<200 { if condition() { return true }; Thread.sleep(forTimeInterval: 0.05) }
            return false
        }
        #expect(waitFor { FileManager.default.fileExists(atPath: out + "/report-0.pdf") })
        let original = try String(contentsOfFile: csv, encoding: .utf8)
        try original.replacingOccurrences(of: "미국,67.2", with: "미국,x").write(toFile: csv, atomically: true, encoding: .utf8)
        Thread.sleep(forTimeInterval: 0.6)
        #expect(process.isRunning, "watch exited on an error")
        try original.replacingOccurrences(of: "미국,67.2", with: "미국,70").write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(waitFor {
            (try? ProcessRunner.run("pdftotext", [out + "/report-0.pdf", "-"]).stdout.contains("700억 달러")) == true
        })
        process.terminate()
        process.waitUntilExit()
        let messages = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(messages.contains("data/private-investment-2023.csv:2:4: error: 'x' in column 'usd_billion' is not a number"))
    }
}
