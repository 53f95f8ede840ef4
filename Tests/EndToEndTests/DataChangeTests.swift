import Foundation
import Testing
import TestSupport

/// Change one CSV value and rebuild: the chart, its SVG and every sentence citing it change together.
@Suite("data-bound prose end to end")
struct DataChangeTests {
    @Test("raising the US investment from 67.2 to 80 changes the chart, its standalone SVG and every sentence that cites it")
    func oneValueChangesEverywhere() throws {
        let folder = try PackagePaths.temporaryFolder("change") + "/china-ai-2025"
        try FileManager.default.copyItem(atPath: PackagePaths.root + "/Reports/china-ai-2025", toPath: folder)
        let before = try PackagePaths.temporaryFolder("before"), after = try PackagePaths.temporaryFolder("after")
        #expect(try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", before]).status == 0)
        let csv = folder + "/data/private-investment-2023.csv"
        let edited = try String(contentsOfFile: csv, encoding: .utf8).replacingOccurrences(of: "미국,67.2", with: "미국,80")
        try edited.write(toFile: csv, atomically: true, encoding: .utf8)
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", after])
        #expect(r.status == 0, "\(r.stderr)")

        func text(_ out: String) throws -> String {
            // Joined into one line: pdftotext breaks lines where the page does.
            try ProcessRunner.run("pdftotext", ["-enc", "UTF-8", out + "/china-ai-2025.pdf", "-"]).stdout
                .replacingOccurrences(of: "\n", with: " ")
        }
        let old = try text(before), new = try text(after)
        // The sentence: amount, its won conversion and the ratio, all recomputed (80 / 7.76 ≈ 10.3).
        #expect(old.contains("672억 달러(약 97조 5,000억 원)로"))
        #expect(new.contains("800억 달러(약 116조 원)로"), "\(new)")
        #expect(old.contains("9배 가까이") && new.contains("10배 가까이"))
        #expect(!new.contains("672억"))
        // The chart in the PDF: title and value label.
        #expect(new.contains("미국의 AI 민간 투자, 중국의 10배에 가까워"))
        // The standalone SVG carries the new title and alt text.
        let svg = try String(contentsOfFile: after + "/china-ai-2025/private-investment.svg", encoding: .utf8)
        #expect(svg.contains("<title>미국의 AI 민간 투자, 중국의 10배에 가까워</title>"))
        #expect(svg.contains("가장 큰 값 미국 800억 달러"))
    }
}
