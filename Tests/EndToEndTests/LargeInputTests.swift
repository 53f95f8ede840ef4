import Foundation
import Testing
import TestSupport

/// Inputs far larger than a briefing: they finish, paginate and stay bounded.
@Suite("large inputs")
struct LargeInputTests {
    /// A report folder holding one table of `rows` rows, after `paragraphs` justified paragraphs.
    static func longTableReport(rows: Int = 600, paragraphs: Int = 1) throws -> String {
        let folder = try PackagePaths.temporaryFolder("long-table")
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        let prose = String(repeating: """
              - paragraph: |
                  중국 관영 CCTV에 따르면 2023년 중국 AI 산업의 규모는 약 **6,000억 위안**(약 120조 원)에 이릅니다. \
                  AI 기업 수는 약 4,700곳으로 세계 2위이며, 2014~2023년 전 세계에서 출원된 생성형 AI 특허 약 5만 4,000건 가운데 \
                  3만 8,000여 건이 중국에서 나왔습니다.

            """, count: paragraphs)
        var csv = "name,value\n"
        for i in 0..<rows { csv += "항목 \(i),\(i * 37 % 1000)\n" }
        try csv.write(toFile: folder + "/data/t.csv", atomically: true, encoding: .utf8)
        try """
            title: 긴 표
            date: 2025-01-21
            data:
              t: data/t.csv
            body:
            \(prose)  - table: long
                data: t
                title: \(rows)행
                columns:
                  - {column: name, header: 이름}
                  - {column: value, header: 값, type: integer}
            """.write(toFile: folder + "/report.yaml", atomically: true, encoding: .utf8)
        return folder
    }

    @Test("a 600-row table paginates in the PDF, gets no standalone SVG, and says so in a warning at its line")
    func longTable() throws {
        let folder = try Self.longTableReport()
        let out = try PackagePaths.temporaryFolder("long-out")
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let name = (folder as NSString).lastPathComponent
        #expect(r.stderr.hasPrefix("\(folder)/report.yaml:8:5: warning: table 'long' has 600 rows, so no standalone SVG or PNG is written for it (only tables of at most 500 rows get one); the PDF has every row\n"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "\(out)/\(name)/long.svg"))
        let info = try ProcessRunner.run("pdfinfo", ["\(out)/\(name).pdf"]).stdout
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        #expect(pages >= 12, "600 rows at about 45 a page")
        let text = try ProcessRunner.run("pdftotext", ["\(out)/\(name).pdf", "-"]).stdout
        #expect(text.contains("항목 599"))
        #expect(text.components(separatedBy: "(계속)").count - 1 == pages - 1, "every continuation page is marked")
    }

    @Test("a long report's paragraphs are broken, and its pages built and shaped, on a second thread: the PDF is byte for byte the one-thread PDF")
    func pageThread() throws {
        let folder = try Self.longTableReport(paragraphs: 60)
        let name = (folder as NSString).lastPathComponent
        var pdfs: [Data?] = []
        for threads in ["2", "1"] {
            let out = try PackagePaths.temporaryFolder("thread-out")
            let r = try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out],
                                          environment: ProcessInfo.processInfo.environment.merging(["BRIEFING_THREADS": threads]) { $1 })
            #expect(r.status == 0, "\(r.stderr)")
            pdfs.append(FileManager.default.contents(atPath: "\(out)/\(name).pdf"))
        }
        #expect(pdfs[0] != nil && pdfs[0] == pdfs[1])
    }

    @Test("a file-size limit hit while the second thread is still building pages exits 3, keeps the previous PDF and leaves nothing behind")
    func pageThreadFullDisk() throws {
        let folder = try Self.longTableReport(rows: 3000)
        let name = (folder as NSString).lastPathComponent
        let out = try PackagePaths.temporaryFolder("thread-full")
        #expect(try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out]).status == 0)
        let before = FileManager.default.contents(atPath: "\(out)/\(name).pdf")
        let r = try ProcessRunner.run("sh", ["-c", "ulimit -f 200; exec \"$0\" build \"$1\" --out \"$2\" --force",
                                             PackagePaths.briefing, folder, out])
        #expect(r.status == 3, "\(r.stderr)")
        #expect(r.stderr.contains("cannot write \(out)/\(name).pdf: File too large"), "\(r.stderr)")
        #expect(FileManager.default.contents(atPath: "\(out)/\(name).pdf") == before)
        let left = try FileManager.default.subpathsOfDirectory(atPath: out).filter { $0.contains(".tmp") || $0.contains(".figures-") }
        #expect(left.isEmpty, "\(left)")
    }
}
