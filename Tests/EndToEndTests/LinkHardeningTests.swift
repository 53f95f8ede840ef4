import Foundation
import Testing
import TestSupport

/// Link addresses are the spec author's text written into the PDF: none may break the file.
@Suite("links in the PDF")
struct LinkHardeningTests {
    @Test("addresses with parentheses, backslashes, spaces and Hangul leave a PDF that qpdf finds whole, each link intact")
    func awkwardAddresses() throws {
        let folder = try PackagePaths.bundledReportCopy("links")
        let spec = folder + "/report.yaml"
        let paragraph = #"  - paragraph: '[행성](https://en.wikipedia.org/wiki/Mercury_(planet)) [역](https://example.com/a\) [열림](https://example.com/(x) [한글](https://example.com/검색?q=가 나)'"#
        try String(contentsOfFile: spec, encoding: .utf8)
            .replacingOccurrences(of: "  - heading: 맺음말\n", with: paragraph + "\n  - heading: 맺음말\n")
            .write(toFile: spec, atomically: true, encoding: .utf8)
        let out = try PackagePaths.temporaryFolder("links-out")
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let check = try ProcessRunner.run("qpdf", ["--check", out + "/r.pdf"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let qdf = try ProcessRunner.run("qpdf", ["--qdf", "--object-streams=disable", out + "/r.pdf", "-"]).stdout
        for address in ["https://en.wikipedia.org/wiki/Mercury_%28planet%29", "https://example.com/a%5C",
                        "https://example.com/%EA%B2%80%EC%83%89?q=%EA%B0%80%20%EB%82%98"] {
            #expect(qdf.contains("/URI (\(address))"), "\(address)")
        }
    }

    @Test("a javascript: link fails the build at its line and writes nothing")
    func javascriptLink() throws {
        let folder = try PackagePaths.bundledReportCopy("jslink")
        let spec = folder + "/report.yaml"
        try String(contentsOfFile: spec, encoding: .utf8)
            .replacingOccurrences(of: "  - heading: 맺음말\n", with: "  - paragraph: '[열기](javascript:app.alert(1))'\n  - heading: 맺음말\n")
            .write(toFile: spec, atomically: true, encoding: .utf8)
        let out = try PackagePaths.temporaryFolder("jslink-out")
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out, "--format", "json"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\"code\":\"spec.unsafe-link\""), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out + "/r.pdf"))
    }
}

/// Messages are written to streams the build does not own: a full or closed one must not end it.
@Suite("output streams")
struct OutputStreamTests {
    @Test("diagnostics written to a full or closed stream leave the exit code its meaning", arguments: [
        "exec \"$0\" build /nonexistent/report 2>/dev/full", "exec \"$0\" build /nonexistent/report 2>&-",
        "exec \"$0\" check /nonexistent/report --format json >/dev/full 2>/dev/full",
    ])
    func fullOrClosed(script: String) throws {
        let r = try ProcessRunner.run("sh", ["-c", script, PackagePaths.briefing])
        #expect(r.status == 1, "\(r.stderr)")
    }

    @Test("a successful build whose summary cannot be written still exits 0")
    func summaryToFullDisk() throws {
        let out = try PackagePaths.temporaryFolder("full-out")
        let r = try ProcessRunner.run("sh", ["-c", "exec \"$0\" build \"$1\" --out \"$2\" --format json >/dev/full",
                                             PackagePaths.briefing, PackagePaths.root + "/Reports/china-ai-2025", out])
        #expect(r.status == 0, "\(r.stderr)")
    }
}
