import Foundation
import Testing
import TestSupport

/// Inputs far larger than a briefing: they finish, paginate and stay bounded.
@Suite("large inputs")
struct LargeInputTests {
    @Test("a 600-row table paginates in the PDF, gets no standalone SVG, and says so in a warning at its line")
    func longTable() throws {
        let folder = try PackagePaths.temporaryFolder("long-table")
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        var csv = "name,value\n"
        for i in 0..<600 { csv += "항목 \(i),\(i * 37 % 1000)\n" }
        try csv.write(toFile: folder + "/data/t.csv", atomically: true, encoding: .utf8)
        try """
            title: 긴 표
            date: 2025-01-21
            data:
              t: data/t.csv
            body:
              - table: long
                data: t
                title: 600행
                columns:
                  - {column: name, header: 이름}
                  - {column: value, header: 값, type: integer}
            """.write(toFile: folder + "/report.yaml", atomically: true, encoding: .utf8)
        let out = try PackagePaths.temporaryFolder("long-out")
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let name = (folder as NSString).lastPathComponent
        #expect(r.stderr == "\(folder)/report.yaml:6:5: warning: table 'long' has 600 rows, so no standalone SVG or PNG is written for it (only tables of at most 500 rows get one); the PDF has every row\n")
        #expect(!FileManager.default.fileExists(atPath: "\(out)/\(name)/long.svg"))
        let info = try ProcessRunner.run("pdfinfo", ["\(out)/\(name).pdf"]).stdout
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        #expect(pages >= 12, "600 rows at about 45 a page")
        let text = try ProcessRunner.run("pdftotext", ["\(out)/\(name).pdf", "-"]).stdout
        #expect(text.contains("항목 599"))
        #expect(text.components(separatedBy: "(계속)").count - 1 == pages - 1, "every continuation page is marked")
    }
}
