import Foundation
import Testing
import TestSupport

/// Change one CSV value and rebuild: the chart, its SVG and every sentence citing it change together.
@Suite("data-bound prose end to end")
struct DataChangeTests {
    @Test("raising the US investment from 67.2 to 80 changes the chart, its standalone SVG and every sentence that cites it")
    func oneValueChangesEverywhere() throws {
        let folder = try PackagePaths.bundledReportCopy("change", name: "china-ai-2025")
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
        // Compared without spaces: a line may end before the bracket, where the join adds one.
        func unspaced(_ s: String) -> String { s.replacingOccurrences(of: " ", with: "") }
        #expect(unspaced(old).contains("672억달러(약97조5,000억원)로"))
        #expect(unspaced(new).contains("800억달러(약116조원)로"), "\(new)")
        #expect(old.contains("9배 가까이") && new.contains("10배 가까이"))
        #expect(!new.contains("672억"))
        // The chart in the PDF: title and value label.
        #expect(new.contains("미국의 AI 민간 투자, 중국의 10배에 가까워"))
        // The standalone SVG carries the new title and alt text.
        let svg = try String(contentsOfFile: after + "/china-ai-2025/private-investment.svg", encoding: .utf8)
        #expect(svg.contains(">미국의 AI 민간 투자, 중국의 10배에 가까워</title>"))
        #expect(svg.contains(": 미국 800억 달러, 중국 77억 6,000만 달러"))
    }

    @Test("a rebuild after one value changed rewrites only the figure that shows it; the others keep their file and time",
          arguments: ["1", "0"])
    func unchangedFiguresStay(figureProcess: String) throws {
        let environment = ProcessInfo.processInfo.environment.merging(["BRIEFING_FIGURE_PROCESS": figureProcess]) { $1 }
        let folder = try PackagePaths.bundledReportCopy("stay", name: "china-ai-2025")
        let out = try PackagePaths.temporaryFolder("stay-out")
        #expect(try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out, "--png"], environment: environment).status == 0)
        let figures = out + "/china-ai-2025"
        func identities() throws -> [String: UInt64] {
            var ids: [String: UInt64] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: figures) where !name.hasPrefix(".") {
                ids[name] = (try FileManager.default.attributesOfItem(atPath: figures + "/" + name)[.systemFileNumber] as? NSNumber)?.uint64Value
            }
            return ids
        }
        let before = try identities()
        #expect(before.count == 12, "\(before.keys.sorted())")
        let csv = folder + "/data/private-investment-2023.csv"
        let edited = try String(contentsOfFile: csv, encoding: .utf8).replacingOccurrences(of: "미국,67.2", with: "미국,80")
        try edited.write(toFile: csv, atomically: true, encoding: .utf8)
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out, "--png"], environment: environment)
        #expect(r.status == 0, "\(r.stderr)")
        let after = try identities()
        // A file put in place by a rename has a new inode; one left alone keeps its own.
        let replaced = after.keys.filter { after[$0] != before[$0] }.sorted()
        #expect(replaced == ["private-investment.png", "private-investment.svg"])
        let svg = try String(contentsOfFile: figures + "/private-investment.svg", encoding: .utf8)
        #expect(svg.contains(": 미국 800억 달러, 중국 77억 6,000만 달러"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: figures).filter { $0.hasPrefix(".") }.isEmpty)
    }
}
