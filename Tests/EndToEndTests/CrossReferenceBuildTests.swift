import Foundation
import Testing
import TestSupport

/// `{{ ref("…") }}` as a reader meets it: the caption's number in the text, a click that lands
/// on the figure, and a link tagged for assistive technology.
@Suite("cross-references in the PDF")
struct CrossReferenceBuildTests {
    static let paragraph = #"  - paragraph: '국가별 투자액은 {{ ref("private-investment") }}, 모델 비교는 **{{ ref("llm-comparison") }}**에 있습니다.'"#

    @Test("a reference reads as the caption's number and is an internal link to the figure's destination, with its words as the link's text")
    func linkedNumber() throws {
        let folder = try PackagePaths.bundledReportCopy("xref")
        let spec = folder + "/report.yaml"
        try String(contentsOfFile: spec, encoding: .utf8)
            .replacingOccurrences(of: "  - heading: 맺음말\n", with: Self.paragraph + "\n  - heading: 맺음말\n")
            .write(toFile: spec, atomically: true, encoding: .utf8)
        let out = try PackagePaths.temporaryFolder("xref-out")
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let pdf = out + "/r.pdf"
        #expect(try ProcessRunner.run("pdftotext", [pdf, "-"]).stdout.contains("국가별 투자액은 그림 2, 모델 비교는 표 1에 있습니다."))
        // The figure's destination exists, and each link goes to one by name, never by URI or page.
        let dests = try ProcessRunner.run("pdfinfo", ["-dests", pdf]).stdout
        #expect(dests.contains("\"fig-private-investment\"") && dests.contains("\"fig-llm-comparison\""), "\(dests)")
        let qdf = try ProcessRunner.run("qpdf", ["--qdf", "--object-streams=disable", pdf, "-"]).stdout
        #expect(qdf.contains("/Dest (fig-private-investment)"))
        #expect(qdf.contains("/Dest (fig-llm-comparison)"))
        // "그림 2" and "표 1" as UTF-16BE: the annotations' /Contents, which PDF/UA asks of a link.
        #expect(qdf.contains("/Contents <feffadf8b9bc00200032>"))
        #expect(qdf.contains("/Contents <feffd45c00200031>"))
        #expect(try ProcessRunner.run("qpdf", ["--check", pdf]).status == 0)
    }

    @Test("an unknown id fails the build at its line and column, naming the figures, and writes nothing")
    func unknownID() throws {
        let folder = try PackagePaths.bundledReportCopy("xref-bad")
        let spec = folder + "/report.yaml"
        try String(contentsOfFile: spec, encoding: .utf8)
            .replacingOccurrences(of: "  - heading: 맺음말\n", with: "  - paragraph: '{{ ref(\"private-investmnet\") }} 참고'\n  - heading: 맺음말\n")
            .write(toFile: spec, atomically: true, encoding: .utf8)
        let out = try PackagePaths.temporaryFolder("xref-bad-out")
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", folder, "--out", out])
        #expect(r.status == 1)
        #expect(r.stderr.contains("report.yaml:") && r.stderr.contains(#": error: ref("private-investmnet") names no chart, table or map; its figures are 'genai-patents', 'private-investment'"#), "\(r.stderr)")
        #expect(r.stderr.contains("did you mean 'private-investment'?"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out + "/r.pdf"))
    }
}
