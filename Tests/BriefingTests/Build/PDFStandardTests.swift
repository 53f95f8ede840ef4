import Foundation
import Testing
import TestSupport
@testable import Briefing

/// `--pdf-standard`: PDF/A-2 on request, beside the PDF/UA-1 every PDF is.
@Suite("PDF/A on request")
struct PDFStandardTests {
    func read(_ path: String) throws -> String { String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self) }

    @Test("a PDF/A-2 build embeds the sRGB output intent and says its level beside PDF/UA-1; a default build says PDF/UA-1 alone",
          arguments: [PDFArchival.Level?.none, .a2b, .a2u, .a2a])
    func levels(level: PDFArchival.Level?) throws {
        let out = try PackagePaths.temporaryFolder("pdfa")
        var options = BuildOptions(outputFolder: out)
        options.pdfStandard = level
        let result = try #require(try Engine(fonts: PackagePaths.fonts).build([EngineTests.bundled], options: options).first)
        #expect(result.status == .built, "\(result.diagnostics)")
        let pdf = try read(out + "/china-ai-2025.pdf")
        #expect(pdf.contains("<pdfuaid:part>1</pdfuaid:part>"))
        #expect(pdf.contains("/OutputIntents") == (level != nil))
        if let level {
            #expect(pdf.contains("<pdfaid:part>2</pdfaid:part><pdfaid:conformance>\(level.rawValue.suffix(1).uppercased())</pdfaid:conformance>")
                    || pdf.contains("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>\(level.rawValue.suffix(1).uppercased())</pdfaid:conformance>"))
            #expect(pdf.contains("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"))
            #expect(pdf.contains("/S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1)"))
            // qpdf reads it whole, and every link annotation prints.
            let check = try ProcessRunner.run("qpdf", ["--check", out + "/china-ai-2025.pdf"])
            #expect(check.status == 0, "\(check.stdout)")
            let json = try ProcessRunner.run("qpdf", ["--json", out + "/china-ai-2025.pdf"]).stdout
            #expect(json.components(separatedBy: "\"/Subtype\": \"/Link\"").count == json.components(separatedBy: "\"/F\": 4").count)
        }
    }

    @Test("the option changes what a build writes, so a build with another level is not skipped")
    func cacheKey() {
        var options = BuildOptions(outputFolder: "out")
        let plain = options.outputAffecting
        options.pdfStandard = .a2u
        #expect(options.outputAffecting != plain)
    }

    @Test("a missing or non-RGB profile is an error naming the path and what to install")
    func profileErrors() throws {
        let folder = try PackagePaths.temporaryFolder("icc")
        #expect(throws: RenderError.self) { try OutputIntentProfile.archival(.a2b, environment: ["BRIEFING_ICC_PROFILE": folder + "/none.icc"]) }
        do {
            _ = try OutputIntentProfile.archival(.a2b, environment: ["BRIEFING_ICC_PROFILE": folder + "/none.icc"])
        } catch let error as RenderError {
            #expect(error.description.contains(folder + "/none.icc") && error.description.contains("icc-profiles-free"))
        }
        try Data(repeating: 7, count: 200).write(to: URL(fileURLWithPath: folder + "/gray.icc"))
        #expect(throws: RenderError.notArchivable(level: "a-2b", why: folder + "/gray.icc is no RGB ICC profile")) {
            try OutputIntentProfile.archival(.a2b, environment: ["BRIEFING_ICC_PROFILE": folder + "/gray.icc"])
        }
        let debian = try OutputIntentProfile.archival(.a2u, environment: [:])
        #expect(PDFArchival.isRGBProfile(debian.iccProfile))
    }
}
