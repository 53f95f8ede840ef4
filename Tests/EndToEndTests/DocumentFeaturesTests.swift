import Foundation
import Testing
import TestSupport

/// The bundled briefing's document features as a reader sees them in the built PDF: tags,
/// bookmarks, the table of contents, links, and where text lies on every page.
@Suite("bundled report document features, end to end")
struct DocumentFeaturesTests {
    var pdf: String { get throws { try BundledReportTests.build.get() + "/china-ai-2025.pdf" } }

    static let headings = ["들어가며", "성장하는 중국, 압도적인 미국", "중국 AI를 이끄는 기업들", "지역별 AI 생태계", "맺음말"]

    /// Page (1-based, as pdfinfo counts) of each named destination.
    func destinations() throws -> [String: Int] {
        let r = try ProcessRunner.run("pdfinfo", ["-dests", try pdf])
        var out: [String: Int] = [:]
        for line in r.stdout.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let page = fields.first.flatMap({ Int($0) }), let name = line.split(separator: "\"").dropFirst().first else { continue }
            out[String(name)] = page
        }
        return out
    }

    @Test("pdfinfo reports a tagged PDF whose structure has headings, paragraphs, a list, figures and captions")
    func tagged() throws {
        let info = try ProcessRunner.run("pdfinfo", [try pdf])
        #expect(info.stdout.contains("Tagged:          yes"))
        let r = try ProcessRunner.run("pdfinfo", ["-struct-text", try pdf])
        #expect(r.status == 0)
        #expect(!r.stderr.contains("Warning"), "\(r.stderr.prefix(300))")
        #expect(r.stdout.hasPrefix("Document"))
        for role in ["H1", "P (block)", "L (block)", "LI (block)", "Figure", "Caption", "BlockQuote", "Table (block)", "TR", "TH", "TD"] {
            #expect(r.stdout.contains(role), "no \(role) in the structure tree")
        }
        // Each item is its label and body; the nested list sits in the body of the third item,
        // whose own words keep a paragraph of their own.
        #expect(r.stdout.contains("    LI (block)\n      Lbl (block)\n        \"1. \"\n      LBody (block)\n"))
        #expect(r.stdout.contains("      LBody (block)\n        P (block)\n          \"자체 LLM을 탑재한 스마트 글라스 \"\n        L (block)\n          LI (block)\n            Lbl (block)"))
        // Read through the tags, a line's last word is kept apart from the next line's first
        // ("함께미국과" before), and a link holds its words: a contents entry its title and page
        // number, the sidebar's address beside the Spans of the words around it.
        #expect(r.stdout.contains("함께 미국과"))
        #expect(r.stdout.contains("  P (block)\n    Link (inline)\n      Object "))
        #expect(r.stdout.contains("\"들어가며 1 \""))
        #expect(r.stdout.contains("Span (inline)\n        \"문의: \"\n      Link (inline)\n        Object "))
        #expect(r.stdout.contains("\"briefing@example.com\"\n      Span (inline)"))
        // Each table has one caption: its number, title and subtitle together.
        #expect(r.stdout.components(separatedBy: "Table (block)\n    Caption\n      \"표 ").count == 3)
        // Every chart figure carries its alt text, and the document its language.
        let json = try ProcessRunner.run("qpdf", ["--json", try pdf]).stdout
        #expect(json.components(separatedBy: "\"/Alt\": \"u:가로 막대 그래프").count == 4)
        #expect(json.contains("\"/Lang\": \"u:ko\""))
        // Furniture is not tagged: the running footer "1 / 4" is nowhere in the structure text.
        #expect(!r.stdout.contains("\"1 / "))
    }

    @Test("the outline lists every section, each opening the page its heading is on")
    func outline() throws {
        let r = try ProcessRunner.run("qpdf", ["--json", "--json-key=outlines", try pdf])
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let outlines = try #require(json["outlines"] as? [[String: Any]])
        #expect(outlines.compactMap { $0["title"] as? String } == Self.headings)
        let dests = try destinations()
        for (i, entry) in outlines.enumerated() {
            #expect(entry["destpageposfrom1"] as? Int == dests["sec-\(i + 1)"], "\(entry["title"] ?? "")")
        }
    }

    @Test("pdftotext keeps the spaces around corner brackets set in half an em: \", 「\" and \"」, \" read as written")
    func bracketSpaces() throws {
        for mode in [[], ["-layout"]] {
            let text = try ProcessRunner.run("pdftotext", mode + ["-enc", "UTF-8", try pdf, "-"]).stdout
            #expect(text.contains("(WIPO), 「생성형 AI 특허 동향 보고서」(2024)"), "\(mode)")
            #expect(text.contains("(HAI), 「AI 인덱스 2024」"), "\(mode)")
        }
    }

    @Test("pdftotext shows the table of contents with the page numbers the sections really start on")
    func tableOfContents() throws {
        let r = try ProcessRunner.run("pdftotext", ["-layout", "-enc", "UTF-8", "-f", "2", "-l", "2", try pdf, "-"])
        let dests = try destinations()
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == "차례" })
        for (i, heading) in Self.headings.enumerated() {
            let line = try #require(lines.first { $0.hasPrefix(heading + " ") }, "no TOC line for \(heading)")
            let number = line.split(separator: " ").last.map(String.init)
            // The cover is page i in the PDF; body page numbers start at 1 on the page after it.
            let page = try #require(dests["sec-\(i + 1)"])
            #expect(number == String(page - 1), "\(heading): TOC says \(number ?? "nothing"), the heading is on body page \(page - 1)")
        }
    }

    @Test("the sidebar's e-mail address is a clickable mailto link, and TOC entries link to named destinations")
    func links() throws {
        let r = try ProcessRunner.run("qpdf", ["--json", try pdf])
        #expect(r.stdout.contains("\"/URI\": \"u:mailto:briefing@example.com\""))
        // The link covers the address where it is printed, inside the sidebar that moved it there.
        let objects = try ProcessRunner.run("qpdf", ["--json=1", "--json-key=objects", try pdf]).stdout
        let json = try #require(try JSONSerialization.jsonObject(with: Data(objects.utf8)) as? [String: Any])
        let annotations = (json["objects"] as? [String: Any] ?? [:]).values.compactMap { $0 as? [String: Any] }
        let mailto = try #require(annotations.first { (($0["/A"] as? [String: Any])?["/URI"] as? String)?.contains("mailto:") == true })
        let rect = try #require(mailto["/Rect"] as? [Double])
        let words = try ProcessRunner.run("pdftotext", ["-bbox", "-enc", "UTF-8", try pdf, "-"]).stdout
        let word = try #require(words.components(separatedBy: "<word ").first { $0.contains(">briefing@example.com<") })
        func value(_ key: String) -> Double {
            Double(word.components(separatedBy: key + "=\"").dropFirst().first?.prefix { $0 != "\"" } ?? "") ?? .nan
        }
        let pageHeight = 841.8898
        #expect(abs(rect[0] - value("xMin")) < 3 && abs(rect[2] - value("xMax")) < 3, "\(rect) vs x \(value("xMin"))–\(value("xMax"))")
        #expect(pageHeight - rect[3] <= value("yMin") + 3 && pageHeight - rect[1] >= value("yMax") - 3,
                "\(rect) vs y \(value("yMin"))–\(value("yMax"))")
        let dests = try destinations()
        for i in 1...Self.headings.count {
            #expect(dests["sec-\(i)"] != nil)
            // Twice: the TOC entry's link annotation and the bookmark, both by name.
            #expect(r.stdout.components(separatedBy: "\"/Dest\": \"u:sec-\(i)\"").count - 1 == 2, "sec-\(i)")
        }
    }

    @Test("on every page, every word lies inside the content frame except the running header and footer")
    func wordsInsideContent() throws {
        let r = try ProcessRunner.run("pdftotext", ["-bbox", "-enc", "UTF-8", try pdf, "-"])
        let pages = r.stdout.components(separatedBy: "<page ").dropFirst()
        #expect(pages.count == 6)
        // A4 with 60 pt side and 68 pt top and bottom margins; glyph boxes may reach 3 pt past a line's pitch.
        let left = 60.0 - 1, right = 595.2756 - 60 + 1, top = 68.0 - 3, bottom = 841.8898 - 68 + 3
        let furniture = Set(("중국 AI 산업 브리핑 " + Self.headings.joined(separator: " ")).split(separator: " ").map(String.init) + ["/"])
        for (index, page) in pages.enumerated() {
            for word in page.components(separatedBy: "<word ").dropFirst() {
                func value(_ key: String) -> Double {
                    let after = word.components(separatedBy: key + "=\"").dropFirst().first ?? ""
                    return Double(after.prefix { $0 != "\"" }) ?? .nan
                }
                let text = String(word.split(separator: ">").dropFirst().first?.prefix { $0 != "<" } ?? "")
                let inside = value("xMin") >= left && value("xMax") <= right && value("yMin") >= top && value("yMax") <= bottom
                if inside { continue }
                let isFurniture = index > 0 && (value("yMax") < top + 3 || value("yMin") > bottom - 3)
                    && (furniture.contains(text) || Int(text) != nil)
                #expect(isFurniture, "page \(index + 1): '\(text)' at x \(value("xMin"))–\(value("xMax")), y \(value("yMin"))–\(value("yMax"))")
            }
        }
    }

    @Test("the cover carries no header or footer, and page labels number the body from 1")
    func coverAndLabels() throws {
        let cover = try ProcessRunner.run("pdftotext", ["-enc", "UTF-8", "-f", "1", "-l", "1", try pdf, "-"]).stdout
        #expect(cover.contains("중국 AI 산업 브리핑") && cover.contains("브리핑 편집팀") && cover.contains("2025-01-21"))
        #expect(!cover.contains("/"))
        // Without -layout pdftotext closes up the footer's narrow spaces: "1 / 5" comes out as "1/5".
        let second = try ProcessRunner.run("pdftotext", ["-enc", "UTF-8", "-f", "2", "-l", "2", try pdf, "-"]).stdout
        #expect(second.replacingOccurrences(of: " ", with: "").contains("1/5"))
        let labels = try ProcessRunner.run("qpdf", ["--json", "--json-key=pagelabels", try pdf]).stdout
        #expect(labels.contains("\"/P\": \"u:i\"") || labels.contains("(i)") || labels.contains("u:i"))
        #expect(labels.contains("\"/S\": \"/D\""))
    }
}

@Suite("briefing build --pages, end to end")
struct PageImagesTests {
    @Test("--pages svg --pages png writes every page as a well-formed SVG and a PNG, numbered from 001")
    func pageImages() throws {
        let out = try PackagePaths.temporaryFolder("pages")
        let r = try ProcessRunner.run(PackagePaths.briefing, ["build", BundledReportTests.report, "--out", out, "--pages", "svg", "--pages", "png"])
        #expect(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out + "/china-ai-2025/pages").sorted()
        let count = try ProcessRunner.run("pdfinfo", [out + "/china-ai-2025.pdf"]).stdout
            .split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") }
        let pages = try #require(count)
        #expect(files == (1...pages).flatMap { n in ["png", "svg"].map { String(format: "page-%03d.%@", n, $0) } })
        for file in files where file.hasSuffix(".svg") {
            let lint = try ProcessRunner.run("xmllint", ["--noout", out + "/china-ai-2025/pages/" + file])
            #expect(lint.status == 0, "\(file): \(lint.stderr)")
        }
    }
}
