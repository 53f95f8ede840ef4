import Foundation
import Testing
import TestSupport

/// `briefing init` makes a report that builds at once; `briefing fonts` tells what the fonts cover.
@Suite("init and fonts")
struct ScaffoldAndFontsTests {
    @Test("init scaffolds a report (Korean or English) that builds, cites its data, and never overwrites", arguments: ["ko", "en"])
    func initBuilds(language: String) throws {
        let folder = try PackagePaths.temporaryFolder("init") + "/new-report"
        let made = try ProcessRunner.run(PackagePaths.briefing, ["init", folder, "--language", language])
        #expect(made.status == 0, "\(made.stderr)")
        let out = try PackagePaths.temporaryFolder("init-out")
        let built = try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out])
        #expect(built.status == 0, "\(built.stderr)")
        let text = try ProcessRunner.run("pdftotext", ["\(out)/new-report.pdf", "-"]).stdout
        #expect(text.contains(language == "ko" ? "120억 원" : "$120 million"), "\(text)")
        #expect(FileManager.default.fileExists(atPath: "\(out)/new-report/revenue.svg"))
        let trend = try String(contentsOfFile: "\(out)/new-report/trend.svg", encoding: .utf8)
        #expect(trend.contains(language == "ko" ? "선 그래프: 하반기 들어 매출이 늘었다" : "Line chart: Revenue rose in the second half"))
        let again = try ProcessRunner.run(PackagePaths.briefing, ["init", folder])
        #expect(again.status == 1)
        #expect(again.stderr == "\(folder): error: the folder exists and is not empty; init never overwrites files\n")
    }

    @Test("fonts lists the bundled faces and confirms the briefing's every character has a glyph")
    func fontsCoverage() throws {
        let r = try ProcessRunner.run(PackagePaths.briefing, ["fonts", PackagePaths.root + "/Reports/china-ai-2025"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Noto Sans CJK KR Regular"))
        #expect(r.stdout.contains("NotoSansCJK-Bold.ttc #1"))
        #expect(r.stdout.hasSuffix("every character of the report has a glyph\n"))
    }
}
