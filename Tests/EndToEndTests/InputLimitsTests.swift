import Foundation
import Testing
import TestSupport

/// A hostile report folder cannot hang a build: aliases cannot blow a spec up, and an unbroken
/// word costs work in proportion to its length. (The scaling itself is shown by
/// `Benchmarks/scaling.py`, not timed here.)
@Suite("input limits")
struct InputLimitsTests {
    /// A report folder holding only `spec`.
    static func report(_ spec: String) throws -> (folder: String, spec: String) {
        let folder = try PackagePaths.temporaryFolder("limits") + "/report"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try spec.write(toFile: folder + "/report.yaml", atomically: true, encoding: .utf8)
        return (folder, folder + "/report.yaml")
    }

    static func aliases(_ name: String) -> String { "[" + Array(repeating: "*" + name, count: 10).joined(separator: ", ") + "]" }

    /// Specs that expand tenfold per line, with where the 250,000th value is passed.
    static let bombs: [(name: String, spec: String, at: String)] = {
        let head = "title: x\ndate: 2025-01-21\n"
        // The audit's example: lists of aliases straight in the body.
        var body = head + "body:\n  - &a0 {paragraph: x}\n"
        for i in 1...9 { body += "  - &a\(i) \(aliases("a\(i - 1)"))\n" }
        var items = head + "body:\n  - list:\n      - &t0 {text: x}\n"
        for i in 1...9 { items += "      - &t\(i) {text: x, list: \(aliases("t\(i - 1)"))}\n" }
        var columns = head + "body:\n  - &m0 {paragraph: x}\n"
        for i in 1...9 { columns += "  - &m\(i) {multi-column: 1, blocks: \(aliases("m\(i - 1)"))}\n" }
        var mappings = head + "page: &p0 {a: x, b: x, c: x, d: x, e: x, f: x, g: x, h: x, i: x, j: x}\ntheme:\n"
        for i in 1...9 { mappings += "  t\(i): &p\(i) {" + "abcdefghij".map { "\($0): *p\(i - 1)" }.joined(separator: ", ") + "}\n" }
        mappings += "body:\n  - paragraph: x\n"
        return [("lists in the body", body, "9:40"), ("list items", items, "10:55"), ("multi-column blocks", columns, "9:61"),
                ("mappings", mappings, "9:15")]
    }()

    @Test("an alias bomb fails at once at the alias where the spec passes 250,000 values, whatever it nests",
          arguments: 0..<4)
    func aliasBombs(index: Int) throws {
        let bomb = Self.bombs[index]
        let (folder, spec) = try Self.report(bomb.spec)
        #expect(bomb.spec.utf8.count < 1_000)
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", try PackagePaths.temporaryFolder("out")])
        #expect(r.status == 1, "\(bomb.name)")
        #expect(r.stderr.hasPrefix("\(spec):\(bomb.at): error: the spec holds more than 250,000 values once its aliases are expanded"),
                "\(bomb.name): \(r.stderr)")
    }

    @Test("the 1,379-page synthetic report, a 3.6 MB spec, is checked without reaching the limit")
    func syntheticReport() throws {
        guard ProcessRunner.isAvailable("python3") else { return }
        let folder = try PackagePaths.temporaryFolder("synthetic") + "/syn"
        let made = try ProcessRunner.run("python3", [PackagePaths.root + "/Benchmarks/make_synthetic.py", folder, "1000"])
        #expect(made.status == 0, "\(made.stderr)")
        let r = try ProcessRunner.run(PackagePaths.briefing, ["check", folder])
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test("a heading of one 20,000-syllable word builds, broken between syllables, its first line heading the pages after it")
    func longHeading() throws {
        let word = String(repeating: "가나다라", count: 5_000)
        let (folder, _) = try Self.report("title: 긴 제목\ndate: 2025-01-21\nbody:\n  - heading: \(word)\n  - paragraph: 끝\n")
        let out = try PackagePaths.temporaryFolder("out")
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try ProcessRunner.run("pdftotext", ["\(out)/report.pdf", "-"]).stdout
        #expect(text.filter { "가나다라".contains($0) }.count >= word.count)
    }
}
