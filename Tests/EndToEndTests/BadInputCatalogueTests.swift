import Foundation
import Testing
import TestSupport

/// The bad-input catalogue: each case ends with a clear message naming where, a non-zero exit,
/// no crash, and nothing lost.
@Suite("bad input catalogue")
struct BadInputCatalogueTests {
    /// A copy of the bundled report whose spec the test rewrites.
    func report(spec edit: (String) -> String) throws -> (folder: String, spec: String) {
        let folder = try PackagePaths.bundledReportCopy("bad", name: "report")
        let spec = folder + "/report.yaml"
        try edit(try String(contentsOfFile: spec, encoding: .utf8)).write(toFile: spec, atomically: true, encoding: .utf8)
        return (folder, spec)
    }

    /// Temporary files or helper folders left in `out`.
    static func leftovers(_ out: String) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: out).filter { $0.contains(".tmp-") || $0.contains(".figures-") }
    }

    func build(_ folder: String, out: String? = nil) throws -> ProcessResult {
        try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", try out ?? PackagePaths.temporaryFolder("out")])
    }

    @Test("twenty thousand nested brackets are refused at their line, not a stack overflow")
    func deepNesting() throws {
        let (folder, spec) = try report { _ in "title: x\ndate: 2025-01-21\nbody: " + String(repeating: "[", count: 20_000) + "\n" }
        let r = try build(folder)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("\(spec):3:71: error: the spec nests deeper than 64 brackets or indents more than 256 spaces; a report spec needs only a few levels\n"), "\(r.stderr)")
    }

    @Test("an alias bomb ends at once with an error instead of expanding")
    func aliasBomb() throws {
        var yaml = "title: x\ndate: 2025-01-21\nkeywords:\n  - &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 { yaml += "  - &x\(i) [" + Array(repeating: "*x\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        yaml += "body:\n  - paragraph: x\n"
        let (folder, spec) = try report { _ in yaml }
        let start = Date()
        let r = try build(folder)
        #expect(r.status == 1)
        // x4 expands to 111,111 values: x5's second alias of it passes the 250,000 a spec may hold.
        #expect(r.stderr.hasPrefix("\(spec):9:15: error: the spec holds more than 250,000 values once its aliases are expanded"), "\(r.stderr)")
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test("a spec over 4 MB is refused before parsing")
    func hugeSpec() throws {
        let (folder, spec) = try report { text in text + "\n# " + String(repeating: "가", count: 1_600_000) + "\n" }
        let r = try build(folder)
        #expect(r.status == 1)
        #expect(r.stderr == "\(spec): error: 'report.yaml' must be at most 4 MB\n")
    }

    @Test("a wrong type names the key and what it must be")
    func wrongType() throws {
        let (folder, spec) = try report { $0.replacingOccurrences(of: "title: 중국 AI 산업 브리핑", with: "title: [중국, AI]") }
        let r = try build(folder)
        #expect(r.status == 1)
        #expect(r.stderr == "\(spec):3:8: error: 'title' must be text\n  |\n3 | title: [중국, AI]\n  |        ^\n")
    }

    @Test("right-to-left text that no bundled font covers is named with its code points")
    func rightToLeft() throws {
        let (folder, spec) = try report { $0.replacingOccurrences(of: "  - heading: 맺음말\n", with: "  - heading: 맺음말 שלום\n") }
        let r = try build(folder)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("\(spec):"))
        #expect(r.stderr.contains("error: no font in the font set can draw 'ש' (U+05E9), 'ל' (U+05DC), 'ו' (U+05D5), 'ם' (U+05DD)"), "\(r.stderr)")
    }

    @Test("a 10,000-character word breaks between syllables and builds")
    func longWord() throws {
        let word = String(repeating: "가나다라", count: 2_500)
        let (folder, _) = try report { $0.replacingOccurrences(of: "  - heading: 맺음말\n", with: "  - paragraph: \(word)\n  - heading: 맺음말\n") }
        let out = try PackagePaths.temporaryFolder("out")
        let r = try build(folder, out: out)
        #expect(r.status == 0, "\(r.stderr)")
        let text = try ProcessRunner.run("pdftotext", ["\(out)/report.pdf", "-"]).stdout
        #expect(text.contains("가나다라가나다라"))
    }

    @Test("a file-size limit (a full disk) exits 3, keeps the previous PDF and leaves no temporary file")
    func fullDisk() throws {
        let out = try PackagePaths.temporaryFolder("out")
        let good = try build(PackagePaths.root + "/Reports/china-ai-2025", out: out)
        #expect(good.status == 0)
        let before = FileManager.default.contents(atPath: out + "/china-ai-2025.pdf")
        let r = try ProcessRunner.run("sh", ["-c", "ulimit -f 100; exec \"$0\" build \"$1\" --out \"$2\" --force",
                                             PackagePaths.briefing, PackagePaths.root + "/Reports/china-ai-2025", out])
        #expect(r.status == 3, "\(r.stderr)")
        #expect(r.stderr.contains("cannot write \(out)/china-ai-2025.pdf: File too large"), "\(r.stderr)")
        #expect(FileManager.default.contents(atPath: out + "/china-ai-2025.pdf") == before)
        #expect(try Self.leftovers(out).isEmpty)
    }

    @Test("two builds of one report at once both finish with a whole PDF")
    func concurrentBuilds() throws {
        let out = try PackagePaths.temporaryFolder("out")
        let group = DispatchGroup()
        let statuses = StatusBox()
        for _ in 0..<2 {
            group.enter()
            DispatchQueue.global().async {
                let r = try? ProcessRunner.run(PackagePaths.briefing, ["build", PackagePaths.root + "/Reports/china-ai-2025", "--out", out])
                statuses.append(r?.status ?? -1)
                group.leave()
            }
        }
        group.wait()
        #expect(statuses.values == [0, 0])
        #expect(try ProcessRunner.run("qpdf", ["--check", out + "/china-ai-2025.pdf"]).status == 0)
        #expect(try Self.leftovers(out).isEmpty)
    }

    @Test("an output folder that cannot be created exits 3 naming the reason")
    func unwritableOutput() throws {
        let blocker = try PackagePaths.temporaryFolder("blocked") + "/a-file"
        try "x".write(toFile: blocker, atomically: true, encoding: .utf8)
        let r = try build(PackagePaths.root + "/Reports/china-ai-2025", out: blocker + "/out")
        #expect(r.status == 3)
        #expect(r.stderr.contains("cannot create folder \(blocker): File exists") || r.stderr.contains("Not a directory"), "\(r.stderr)")
    }

    @Test("SIGINT in the middle of a build leaves the previous PDF or a whole new one, and no temporary file")
    func interrupted() throws {
        let folder = try PackagePaths.temporaryFolder("interrupt") + "/long"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let sentence = "중국 AI 산업의 규모는 빠르게 커지고 있으며 기업과 연구자의 수도 함께 늘고 있습니다. "
        let body = (0..<600).map { "  - paragraph: \(String(repeating: sentence, count: 6)) \($0)\n" }.joined()
        // A chart, so a helper process is drawing its figure file when the signal comes.
        try "국가,금액\n미국,67.2\n중국,7.76\n".write(toFile: folder + "/d.csv", atomically: true, encoding: .utf8)
        let chart = "  - chart: c\n    data: d\n    category: 국가\n    value: 금액\n    title: 투자\n"
        try "title: 긴 보고서\ndate: 2025-01-21\ndata:\n  d: d.csv\nbody:\n\(chart)\(body)".write(toFile: folder + "/report.yaml", atomically: true, encoding: .utf8)
        let out = try PackagePaths.temporaryFolder("interrupt-out")
        #expect(try build(folder, out: out).status == 0)
        let before = FileManager.default.contents(atPath: out + "/long.pdf")
        for delay in [0.05, 0.2, 0.5] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: PackagePaths.briefing)
            process.arguments = ["build", folder, "--out", out, "--force"]
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            process.interrupt()
            process.waitUntilExit()
            #expect([0, 130].contains(process.terminationStatus), "exit \(process.terminationStatus)")
            let left = try Self.leftovers(out)
            #expect(left.isEmpty, "interrupted after \(delay) s: \(left)")
            let after = FileManager.default.contents(atPath: out + "/long.pdf")
            let whole = try ProcessRunner.run("qpdf", ["--check", out + "/long.pdf"]).status == 0
            #expect(after == before || whole)
        }
    }
}

private final class StatusBox: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [Int32] = []
    func append(_ s: Int32) { lock.lock(); list.append(s); lock.unlock() }
    var values: [Int32] { lock.lock(); defer { lock.unlock() }; return list }
}
