import Foundation
@testable import CairoRendering
import Drawing
import Testing
import TestSupport

@Suite("Content artifacts")
struct ContentArtifactsTests {
    static func wrap(_ content: String) -> String? {
        ContentArtifacts.wrap(Array(content.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("marks outside marked content become one artifact per run, closed before the next tagged content and at the end")
    func runs() {
        #expect(Self.wrap("q\n0 0 10 10 re f\n1 0 0 rg 0 0 m 5 5 l S\n/P << /MCID 0 >> BDC\nBT /f 1 Tf <01> Tj ET\nEMC\nBT <02> Tj ET\nQ\n")
                == "q\n/Artifact BMC\n0 0 10 10 re f\n1 0 0 rg 0 0 m 5 5 l S\nEMC\n/P << /MCID 0 >> BDC\nBT /f 1 Tf <01> Tj ET\nEMC\n/Artifact BMC\nBT <02> Tj ET\nQ\nEMC\n")
    }

    @Test("content already tagged, or a clip that paints nothing, is left as it is")
    func nothingToMark() {
        let tagged = "/P << /MCID 0 >> BDC\nBT <01> Tj ET\nEMC\n0 0 10 10 re W n\nq Q\n"
        #expect(Self.wrap(tagged) == tagged)
        #expect(Self.wrap("") == "")
    }

    @Test("operator names inside strings, names, comments and dictionaries are not operators")
    func tokens() {
        let content = "/P << /MCID 0 /Alt (BDC \\) EMC \\(re f) >> BDC\nBT (a\\)b (EMC) c) Tj [(BT) -20 <4254>] TJ ET\n% EMC re f\nEMC\n/re gs\n"
        #expect(Self.wrap(content) == content)
    }

    @Test("what the pass cannot read whole leaves the stream to the caller", arguments: [
        "BI /W 1 /H 1 ID \u{1} EI\n",                                // inline image data is not tokens
        "EMC\n",                                                      // an end without a beginning
        "/P << /MCID 0 >> BDC\n0 0 1 1 re f\n",                       // a beginning without an end
        "0 0 m /P << /MCID 0 >> BDC 1 1 l S EMC\n",                   // marked content inside a path
        "BT <01> Tj /P << /MCID 0 >> BDC <02> Tj EMC ET\n",           // untagged and tagged text in one text object
        "<01> Tj\n",                                                  // text outside a text object
    ])
    func unreadable(content: String) {
        #expect(Self.wrap(content) == nil)
    }

    @Test("a drawn PDF: every mark is tagged content or an artifact, and its content streams are compressed")
    func drawnPDF() throws {
        let renderer = CairoRenderer(engine: try RenderingFixture.engine())
        let style = TextStyle(font: Font(family: "Noto Sans CJK KR", size: 12), color: .black)
        func line(_ text: String, y: Double) -> FrameItem {
            .text(TextLine(spans: [TextSpan(text, style: style)], baseline: Point(x: 10, y: y), width: 80, ascent: 10, descent: 2))
        }
        var frame = Frame(size: PageSize.a4)
        frame.append(.group(Group(items: [line("머리글", y: 20), .path(PathItem(Path(rect: Rect(x: 10, y: 24, width: 300, height: 1)), fill: .black))],
                                  tag: .artifact)))
        frame.append(.group(Group(items: [line("본문 문단", y: 60)], tag: .paragraph)))
        frame.append(.group(Group(items: [line("1 / 1", y: 800)], tag: .artifact)))
        let doc = PagedDocument(pages: [Page(frame: frame, label: "1")], metadata: DocumentMetadata(title: "시험", language: "ko", date: ""))
        let folder = try PackagePaths.temporaryFolder("artifacts")
        try renderer.writePDF(doc, to: folder + "/a.pdf")
        let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/a.pdf")), as: UTF8.self)
        #expect(!raw.contains("BDC"), "content streams are compressed")
        // qpdf, not our own reader, opens the streams.
        _ = try? ProcessRunner.run("qpdf", ["--qdf", "--object-streams=disable", folder + "/a.pdf", folder + "/qdf.pdf"])
        let qdf = String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/qdf.pdf")), as: UTF8.self)
        var depth = 0, artifacts = 0, untagged: [String] = []
        for line in qdf.split(separator: "\n") {
            if line.hasSuffix("BDC") || line.hasSuffix("BMC") { depth += 1; if line.hasPrefix("/Artifact") { artifacts += 1 } }
            if line.hasSuffix("EMC") { depth -= 1 }
            if depth == 0, line.hasSuffix(" Tj") || line.hasSuffix(" TJ") || line.hasSuffix(" f") || line.hasSuffix(" S") { untagged.append(String(line)) }
        }
        #expect(untagged.isEmpty, "\(untagged)")
        #expect(artifacts >= 1 && depth == 0)
        #expect(qdf.contains("/Artifact BMC"))
        #expect(raw.contains("<pdfuaid:part>1</pdfuaid:part>"), "a whole structure is claimed as PDF/UA-1")
    }

    @Test("a file claims PDF/UA-1 only when its structure is whole: no empty link, no skipped heading level", arguments: [0, 1, 2])
    func claim(defect: Int) throws {
        let renderer = CairoRenderer(engine: try RenderingFixture.engine())
        let style = TextStyle(font: Font(family: "Noto Sans CJK KR", size: 12), color: .black)
        func text(_ s: String, y: Double, tag: StructureTag) -> FrameItem {
            .group(Group(items: [.text(TextLine(spans: [TextSpan(s, style: style)], baseline: Point(x: 10, y: y), width: 80, ascent: 10, descent: 2))], tag: tag))
        }
        var frame = Frame(size: PageSize.a4)
        frame.append(text("제목", y: 30, tag: .heading(level: 1)))
        frame.append(text("소제목", y: 60, tag: .heading(level: defect == 1 ? 3 : 2)))
        if defect == 2 { frame.append(.link(Link(rect: Rect(x: 10, y: 80, width: 50, height: 12), target: .uri("https://example.com")))) }
        frame.append(text("본문", y: 100, tag: .paragraph))
        let doc = PagedDocument(pages: [Page(frame: frame, label: "1")], metadata: DocumentMetadata(title: "시험", language: "ko", date: ""))
        let path = try PackagePaths.temporaryFolder("claim") + "/c.pdf"
        try renderer.writePDF(doc, to: path)
        let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(raw.contains("pdfuaid:part") == (defect == 0))
        // PDF/A-2a asks the same of the structure, and is refused saying what is wrong.
        let archival = PDFArchival(level: .a2a, iccProfile: Array(repeating: 0, count: 16))
        let pdf = try renderer.pdfWriter(to: path, metadata: doc.metadata, firstPageSize: PageSize.a4, archival: archival)
        try pdf.add(doc.pages[0])
        if defect == 0 {
            try pdf.finish(outline: [])
        } else {
            #expect(throws: RenderError.notArchivable(level: "a-2a", why: (defect == 1 ? "heading level 3 follows level 1" : "a link is drawn over no words of its own")
                                                       + " (PDF/A-2u keeps the pages and their text without asking this of the structure)")) {
                try pdf.finish(outline: [])
            }
        }
    }
}
