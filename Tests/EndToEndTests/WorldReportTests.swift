import Foundation
import Testing
import TestSupport

/// The second bundled report: English, Letter landscape, two columns, a world map, another theme.
@Suite("illustrative world report, end to end")
struct WorldReportTests {
    @Test("the English report builds without warnings into landscape Letter pages, its numbers bound to data")
    func builds() throws {
        let out = try PackagePaths.temporaryFolder("world")
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", PackagePaths.root + "/Reports/ai-readiness-world", "--out", out])
        #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
        let pdf = out + "/ai-readiness-world.pdf"
        let info = try ProcessRunner.run("pdfinfo", [pdf]).stdout
        #expect(info.contains("Title:           The Geography of AI Readiness"))
        #expect(info.contains("Page size:       792 x 612 pts (letter)"))
        #expect(try ProcessRunner.run("qpdf", ["--check", pdf]).status == 0)
        let text = try ProcessRunner.run("pdftotext", ["-enc", "UTF-8", pdf, "-"]).stdout.replacingOccurrences(of: "\n", with: " ")
        for phrase in ["invented data", "$67.2 billion in 2023", "about 9 times China's $7.76 billion", "Figure 1", "Table 1", "1/4", "the average of the 176 countries"] {
            #expect(text.contains(phrase), "missing '\(phrase)'")
        }
        for figure in ["readiness-map", "investment-by-year", "hubs"] {
            #expect(FileManager.default.fileExists(atPath: "\(out)/ai-readiness-world/\(figure).svg"))
        }
    }
}
