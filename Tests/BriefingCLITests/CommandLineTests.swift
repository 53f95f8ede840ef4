import ArgumentParser
import Foundation
import Testing
@testable import Briefing
@testable import BriefingCLI

/// The command line only parses, hands the engine its options and picks the exit code: these
/// check each of those steps without running a build.
@Suite("command line")
struct CommandLineTests {
    @Test("build flags and the environment become the engine's options")
    func buildOptions() throws {
        let build = try Build.parse(["Reports/a", "--out", "o", "--png", "--pages", "svg", "--pages", "png", "--svg-text", "text",
                                     "-j", "3", "--force", "--warnings-as-errors", "--pdf-standard", "a-2u"])
        let options = build.options(["SOURCE_DATE_EPOCH": "86400", "BRIEFING_THREADS": "1", "BRIEFING_FIGURE_PROCESS": "0"])
        #expect(options.outputFolder == "o" && options.png && options.pageImages == [.svg, .png] && options.svgText == .text)
        #expect(options.jobs == 3 && options.force && options.warningsAsErrors)
        #expect(options.sourceDateEpoch == 86400 && options.pdfStandard == .a2u)
        #expect(try Build.parse(["Reports/a"]).options([:]).pdfStandard == nil, "PDF/UA-1 alone unless asked")
        #expect(!options.secondThread && !options.figureProcess && options.subsetFonts)
        #expect(options.workerExecutable != nil, "the command line offers itself as the worker")
    }

    @Test("wrong usage is refused before anything runs", arguments: [
        ["build", "a", "-j", "0"], ["build", "a", "--shard", "5/4"], ["build", "a", "--shard", "x"], ["build", "a", "--format", "xml"],
        ["chart", "d.csv", "-o", "c.gif"], ["chart", "d.csv", "-o", "c.svg", "--size", "10x10"], ["watch", "a", "--interval", "0"],
        ["check", "a", "--format", "yaml"], ["build", "a", "--pdf-standard", "a-3b"], ["build", "a", "--pdf-standard", "ua-1"],
    ])
    func usage(arguments: [String]) {
        #expect(throws: (any Error).self) { try BriefingCommand.parseAsRoot(arguments) }
    }

    @Test("check takes --format json and --warnings-as-errors")
    func checkFlags() throws {
        let check = try Check.parse(["Reports/", "--format", "json", "--warnings-as-errors"])
        #expect(check.format == .json && check.warningsAsErrors)
    }

    @Test("a shard is K/N with K between 1 and N")
    func shard() {
        #expect(Shard("2/4").map { [$0.k, $0.n] } == [2, 4])
        #expect(Shard("1/1") != nil)
        for bad in ["0/4", "5/4", "2", "a/b", "1/0", "1/2/3"] { #expect(Shard(bad) == nil, "\(bad)") }
    }

    @Test("the exit code is 3 when an output could not be written, 1 for any other failure, else 0")
    func exitCodes() {
        func result(_ status: ReportResult.Status, _ failure: ReportResult.Failure? = nil) -> ReportResult {
            ReportResult(folder: "f", name: "f", status: status, failure: failure)
        }
        #expect(Reporting.exitCode([result(.built), result(.upToDate), result(.checked)]) == 0)
        #expect(Reporting.exitCode([result(.built), result(.failed, .input)]) == 1)
        #expect(Reporting.exitCode([result(.failed, .input), result(.failed, .output)]) == 3)
        #expect(Reporting.exitCode([]) == 0)
    }
}

@Suite("the line a terminal gets per report")
struct AnnouncementTests {
    @Test("a built report says where its PDF went, its pages and size, its figures and its time")
    func built() throws {
        let folder = FileManager.default.temporaryDirectory.path + "/announce-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder + "/x", withIntermediateDirectories: true)
        let pdf = folder + "/x.pdf"
        try Data(count: 104_448).write(to: URL(fileURLWithPath: pdf))
        let result = ReportResult(folder: "Reports/x", name: "x", status: .built,
                                  outputs: [pdf, folder + "/x/a.svg", folder + "/x/a.png", folder + "/x/b.svg", folder + "/x/pages/page-001.svg"],
                                  pages: 6, seconds: 0.1234)
        #expect(Reporting.announcement(result) == "wrote \(pdf) (6 pages, 102 KB) and 2 figures in 0.12 s")
        var skipped = result
        skipped.status = .upToDate
        #expect(Reporting.announcement(skipped) == "up to date: \(pdf) (6 pages, 102 KB) and 2 figures")
    }
}
