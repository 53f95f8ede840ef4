import Drawing
import Foundation
import Glibc
import Testing
@testable import CairoRendering

@Suite("Tagged PDF marker")
struct TaggedPDFMarkerTests {
    /// A tiny PDF laid out the way Cairo writes one: a catalog, two Figure elements, an xref table and a trailer.
    static let pdf = tinyPDF(["<< /Type /Catalog\n   /Pages 2 0 R\n   /StructTreeRoot 3 0 R\n>>",
                              "<< /Type /Pages /Kids [] /Count 0 >>",
                              "<< /Type /StructTreeRoot /K [4 0 R 5 0 R] >>",
                              "<< /Type /StructElem\n   /S /Figure\n   /P 3 0 R\n>>",
                              "<< /Type /StructElem\n   /S /Figure\n   /P 3 0 R\n>>"])

    /// `objects` numbered from 1, with a table and a trailer whose /Root is object 1.
    static func tinyPDF(_ objects: [String]) -> [UInt8] {
        var s = "%PDF-1.5\n"
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(s.utf8.count)
            s += "\(i + 1) 0 obj\n\(o)\nendobj\n"
        }
        let xref = s.utf8.count
        s += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
            + offsets.map { String(repeating: "0", count: 10 - String($0).count) + "\($0) 00000 n \n" }.joined()
        s += "trailer\n<< /Size \(objects.count + 1)\n   /Root 1 0 R\n>>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(s.utf8)
    }

    @Test("with metadata, every header cell heads its column (/Scope); other elements are left alone")
    func headerScope() throws {
        let pdf = Self.tinyPDF(["<< /Type /Catalog\n   /Pages 2 0 R\n   /StructTreeRoot 3 0 R\n>>", "<< /Type /Pages /Kids [] /Count 0 >>",
                                "<< /Type /StructTreeRoot /K [4 0 R 5 0 R] >>",
                                "<< /Type /StructElem\n   /S /TH\n   /P 3 0 R\n>>", "<< /Type /StructElem\n   /S /TD\n   /P 3 0 R\n>>"])
        let marked = try TaggedPDFMarker.mark(pdf, language: "ko", metadata: DocumentMetadata(title: "t", language: "ko", date: ""))
        let text = String(decoding: marked, as: UTF8.self)
        #expect(text.contains("4 0 obj\n<< /S /TH /P 3 0 R /A << /O /Table /Scope /Column >> >>"))
        #expect(text.components(separatedBy: "/Scope").count == 2)
        try Self.expectWholeTable(marked)
    }

    @Test("with metadata, every link annotation gets /Contents: its words when known, else its address")
    func linkContents() throws {
        let pdf = Self.tinyPDF(["<< /Type /Catalog\n   /Pages 2 0 R\n>>", "<< /Type /Pages\n   /Kids [3 0 R]\n   /Count 1\n>>",
                                "<< /Type /Page % 1\n   /Parent 2 0 R\n   /Annots [ 4 0 R 5 0 R ]\n>>",
                                "<< /Type /Annot\n   /Subtype /Link\n   /Rect [0 0 1 1]\n   /Dest (sec-1)\n>>",
                                "<< /Type /Annot\n   /Subtype /Link\n   /Rect [0 0 1 1]\n   /A << /S /URI /URI (https://x.org/a%28b%29) >>\n>>"])
        let words = [TaggedPDFMarker.linkKey(destination: "sec-1"): "들어가며"]
        let marked = try TaggedPDFMarker.mark(pdf, language: "ko", metadata: DocumentMetadata(title: "t", language: "ko", date: ""),
                                              linkContents: words)
        #expect(Self.contains(marked, Array("/Dest (sec-1) /Contents ".utf8) + TaggedPDFMarker.utf16Literal("들어가며")))
        #expect(Self.contains(marked, Array("/URI (https://x.org/a%28b%29) >> /Contents ".utf8) + TaggedPDFMarker.utf16Literal("https://x.org/a%28b%29")))
        try Self.expectWholeTable(marked)
        #expect(try TaggedPDFMarker.mark(marked, language: "ko", metadata: DocumentMetadata(title: "t", language: "ko", date: "")) == marked)
    }

    @Test("with metadata, an empty page-label tree gets the decimal numbering it stood for; a tree with labels is left alone")
    func emptyPageLabels() throws {
        func marked(_ labels: String) throws -> String {
            let pdf = Self.tinyPDF(["<< /Type /Catalog\n   /Pages 2 0 R\n   /PageLabels 3 0 R\n>>", "<< /Type /Pages /Kids [] /Count 0 >>", labels])
            return String(decoding: try TaggedPDFMarker.mark(pdf, language: "ko", metadata: DocumentMetadata(title: "t", language: "ko", date: "")),
                          as: UTF8.self)
        }
        #expect(try marked("<< /Nums [  ]\n>>").contains("3 0 obj\n<< /Nums [ 0 << /S /D >> ] >>\nendobj"))
        #expect(try marked("<< /Nums [ 0 << /P (i) >> ] >>").contains("3 0 obj\n<< /Nums [ 0 << /P (i) >> ] >>\nendobj"))
    }

    @Test("with archival settings, the catalog names an sRGB output intent, links print, and the XMP says PDF/A-2 with its schema for pdfuaid")
    func archival() throws {
        let pdf = Self.tinyPDF(["<< /Type /Catalog\n   /Pages 2 0 R\n>>", "<< /Type /Pages /Kids [] /Count 0 >>",
                                "<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] /A << /S /URI /URI (https://x.org) >> >>"])
        let profile = Array(repeating: UInt8(1), count: 300)
        let marked = try TaggedPDFMarker.mark(pdf, language: "ko", archival: PDFArchival(level: .a2u, iccProfile: profile),
                                              metadata: DocumentMetadata(title: "t", language: "ko", date: ""), structureWhole: true)
        let text = String(decoding: marked, as: UTF8.self)
        #expect(text.contains("/OutputIntents [ << /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) /DestOutputProfile 5 0 R >> ]"))
        #expect(text.contains("5 0 obj\n<< /N 3 /Length "))
        #expect(text.contains("/URI (https://x.org) >> /Contents ") && text.contains(" /F 4 >>"))
        #expect(text.contains("<pdfaid:part>2</pdfaid:part>") && text.contains("<pdfaid:conformance>U</pdfaid:conformance>"))
        #expect(text.contains("<pdfuaid:part>1</pdfuaid:part>") && text.contains("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"))
        try Self.expectWholeTable(marked)
        let plain = String(decoding: try TaggedPDFMarker.mark(pdf, language: "ko", metadata: DocumentMetadata(title: "t", language: "ko", date: "")),
                           as: UTF8.self)
        #expect(!plain.contains("pdfaid") && !plain.contains("/OutputIntents") && !plain.contains("/F 4") && !plain.contains("pdfuaid"))
    }

    @Test("header cells get the rows and columns they span, in drawing order, only when the counts agree")
    func headerSpans() throws {
        let pdf = Self.tinyPDF(["<< /Type /Catalog\n   /Pages 2 0 R\n   /StructTreeRoot 3 0 R\n>>", "<< /Type /Pages /Kids [] /Count 0 >>",
                                "<< /Type /StructTreeRoot /K [4 0 R 5 0 R 6 0 R] >>",
                                "<< /Type /StructElem /S /TH /P 3 0 R >>", "<< /Type /StructElem /S /TH /P 3 0 R >>",
                                "<< /Type /StructElem /S /THead /P 3 0 R >>"])
        let meta = DocumentMetadata(title: "t", language: "ko", date: "")
        let text = String(decoding: try TaggedPDFMarker.mark(pdf, language: "ko", headerSpans: [(2, 1), (1, 3)], metadata: meta), as: UTF8.self)
        #expect(text.contains("4 0 obj\n<< /S /TH /P 3 0 R /A << /O /Table /Scope /Column /RowSpan 2 >> >>"))
        #expect(text.contains("5 0 obj\n<< /S /TH /P 3 0 R /A << /O /Table /Scope /Column /ColSpan 3 >> >>"))
        #expect(text.contains("6 0 obj\n<< /S /THead /P 3 0 R >>"), "a THead is no header cell")
        let mismatched = String(decoding: try TaggedPDFMarker.mark(pdf, language: "ko", headerSpans: [(2, 1)], metadata: meta), as: UTF8.self)
        #expect(!mismatched.contains("Span"))
    }

    @Test("with metadata, a page with annotations is read in structure order (/Tabs /S); the page tree and other pages are left alone")
    func tabOrder() throws {
        let pdf = Self.tinyPDF(["<< /Type /Catalog\n   /Pages 2 0 R\n>>", "<< /Type /Pages\n   /Kids [3 0 R 4 0 R]\n   /Count 2\n>>",
                                "<< /Type /Page % 1\n   /Parent 2 0 R\n   /Annots [ 5 0 R ]\n>>", "<< /Type /Page % 2\n   /Parent 2 0 R\n>>",
                                "<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] >>"])
        let plain = String(decoding: try TaggedPDFMarker.mark(pdf, language: "ko"), as: UTF8.self)
        #expect(!plain.contains("/Tabs"))
        let marked = try TaggedPDFMarker.mark(pdf, language: "ko", metadata: DocumentMetadata(title: "t", language: "ko", date: ""))
        let text = String(decoding: marked, as: UTF8.self)
        #expect(text.contains("3 0 obj\n<< /Type /Page /Parent 2 0 R /Annots [ 5 0 R ] /Tabs /S >>"))
        #expect(text.components(separatedBy: "/Tabs").count == 2)
        try Self.expectWholeTable(marked)
    }

    /// Every in-use entry of the file's one cross-reference table points at its object.
    static func expectWholeTable(_ marked: [UInt8]) throws {
        let text = String(decoding: marked, as: UTF8.self)
        #expect(text.components(separatedBy: "startxref").count == 2, "one revision")
        #expect(!text.contains("/Prev"))
        let table = try TaggedPDFMarker.xrefTable(MemoryBytes(bytes: marked),
                                                  at: try #require(Int(text.components(separatedBy: "startxref\n")[1].prefix { $0.isNumber })))
        #expect(!table.isEmpty)
        for (number, offset) in table {
            let head = "\(number) 0 obj\n"
            #expect(String(decoding: marked[offset..<(offset + head.utf8.count)], as: UTF8.self) == head)
        }
        #expect(text.hasSuffix("%%EOF\n"))
    }

    @Test("the marked file is one revision: the catalog with /MarkInfo and /Lang and the figures with /Alt replaced in place")
    func marks() throws {
        let marked = try TaggedPDFMarker.mark(Self.pdf, language: "ko", figureAlts: ["막대 그래프", "표"])
        let text = String(decoding: marked, as: UTF8.self)
        // Written without Cairo's layout whitespace (PDFObjectCompactor).
        #expect(text.contains("1 0 obj\n<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 3 0 R /MarkInfo << /Marked true >> /Lang (ko) >>\nendobj\n2 0 obj"))
        // The alt texts are UTF-16BE literal strings: "막대 그래프" and "표".
        let figure = "0 obj\n<< /S /Figure /P 3 0 R /Alt "
        #expect(Self.contains(marked, Array(("4 " + figure).utf8) + [0x28, 0xFE, 0xFF, 0xB9, 0xC9, 0xB3, 0x00, 0x00, 0x20, 0xAD, 0xF8, 0xB7, 0x98, 0xD5, 0x04, 0x29]
                              + Array(" >>".utf8)))
        // 표 is U+D45C, whose low byte is a backslash.
        #expect(Self.contains(marked, Array(("5 " + figure).utf8) + [0x28, 0xFE, 0xFF, 0xD4, 0x5C, 0x5C, 0x29] + Array(" >>".utf8)))
        #expect(text.components(separatedBy: "/S /Figure").count == 3, "each figure once: no superseded copy")
        #expect(text.contains("trailer\n<< /Size 6\n   /Root 1 0 R >>"))
        try Self.expectWholeTable(marked)
        #expect(text.hasPrefix("%PDF-1.5\n1 0 obj\n"))
    }

    @Test("a file already marked is left alone, and alt texts that do not match the figures are skipped")
    func idempotent() throws {
        let once = try TaggedPDFMarker.mark(Self.pdf, language: "ko", figureAlts: ["하나"])
        #expect(!String(decoding: once, as: UTF8.self).contains("/Alt"))
        #expect(try TaggedPDFMarker.mark(once, language: "ko") == once)
        let withAlts = try TaggedPDFMarker.mark(once, language: "ko", figureAlts: ["하나", "둘"])
        #expect(String(decoding: withAlts, as: UTF8.self).components(separatedBy: "/Alt").count == 3)
        #expect(String(decoding: withAlts, as: UTF8.self).components(separatedBy: "/MarkInfo").count == 2, "the catalog as it was")
        try Self.expectWholeTable(withAlts)
    }

    @Test("the sliding scan finds each figure and the catalog once, wherever the steps fall")
    func slidingScan() throws {
        let marked = try TaggedPDFMarker.mark(Self.pdf, language: "ko", figureAlts: ["하나", "둘"])
        let source = MemoryBytes(bytes: marked)
        let whole = TaggedPDFMarker.scanObjects(source, catalog: 1, step: marked.count, overlap: marked.count)
        #expect(whole.figures.map(\.object) == [4, 5])
        #expect(whole.catalogAt == "%PDF-1.5".utf8.count)
        for step in [1, 7, 64, 333] {
            let scan = TaggedPDFMarker.scanObjects(source, catalog: 1, step: step, overlap: 200)
            #expect(scan.catalogAt == whole.catalogAt, "step \(step)")
            #expect(scan.figures.map(\.object) == whole.figures.map(\.object), "step \(step)")
            #expect(scan.figures.map(\.body) == whole.figures.map(\.body), "step \(step)")
        }
    }

    @Test("marking a file writes what marking its bytes gives, renamed over it, and leaves no temporary file")
    func markFileRewrites() throws {
        let folder = "/tmp/briefing-marker-\(getpid())"
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/a.pdf"
        try Data(Self.pdf).write(to: URL(fileURLWithPath: path))
        try TaggedPDFMarker.markFile(at: path, language: "ko", figureAlts: ["하나", "둘"])
        let onDisk = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(onDisk == (try TaggedPDFMarker.mark(Self.pdf, language: "ko", figureAlts: ["하나", "둘"])))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["a.pdf"])
    }

    static func contains(_ bytes: [UInt8], _ part: [UInt8]) -> Bool {
        guard !part.isEmpty, bytes.count >= part.count else { return part.isEmpty }
        return (0...(bytes.count - part.count)).contains { i in bytes[i..<(i + part.count)].elementsEqual(part) }
    }

    /// The tiny PDF with an Info dictionary as Cairo writes one, as object 6.
    static let pdfWithInfo: [UInt8] = {
        var s = String(decoding: pdf, as: UTF8.self)
        let xrefAt = s.range(of: "xref\n")!.lowerBound
        let infoOffset = s.utf8.distance(from: s.startIndex, to: xrefAt)
        var head = String(s[..<xrefAt])
        head += "6 0 obj\n<< /Producer (cairo 1.16.0 \\(x\\) (https://cairographics.org))\n   /Title (t)\n>>\nendobj\n"
        let xref = head.utf8.count
        var table = String(s[xrefAt...])
        table = table.replacingOccurrences(of: "xref\n0 6\n", with: "xref\n0 7\n")
        let entryEnd = table.range(of: "trailer")!.lowerBound
        table.insert(contentsOf: String(repeating: "0", count: 10 - String(infoOffset).count) + "\(infoOffset) 00000 n \n", at: entryEnd)
        table = table.replacingOccurrences(of: "<< /Size 6\n   /Root 1 0 R\n>>", with: "<< /Size 7\n   /Root 1 0 R\n   /Info 6 0 R\n>>")
        let startxref = table.range(of: "startxref\n")!
        table = String(table[..<startxref.upperBound]) + "\(xref)\n%%EOF\n"
        s = head + table
        return Array(s.utf8)
    }()

    @Test("with metadata the catalog gets XMP and DisplayDocTitle, the trailer a content-drawn /ID and one more object")
    func metadata() throws {
        let meta = DocumentMetadata(title: "중국 AI <브리핑>", author: "편집팀", keywords: ["AI", "중국"], language: "ko",
                                    date: "2025-01-21T00:00:00Z")
        let marked = try TaggedPDFMarker.mark(Self.pdfWithInfo, language: "ko", metadata: meta)
        let update = String(decoding: marked, as: UTF8.self)
        #expect(update.contains(" /ViewerPreferences << /DisplayDocTitle true >> /Metadata 7 0 R >>"))
        #expect(update.contains("7 0 obj\n<< /Type /Metadata /Subtype /XML /Length "))
        #expect(update.contains("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">중국 AI &lt;브리핑&gt;</rdf:li></rdf:Alt></dc:title>"))
        #expect(update.contains("<pdf:Producer>cairo 1.16.0 (x) (https://cairographics.org)</pdf:Producer>"))
        #expect(update.contains("<xmp:CreateDate>2025-01-21T00:00:00Z</xmp:CreateDate>"))
        #expect(update.contains("<dc:language><rdf:Bag><rdf:li>ko</rdf:li></rdf:Bag></dc:language>"))
        let id = TaggedPDFMarker.fileIdentifier(MemoryBytes(bytes: Self.pdfWithInfo))
        #expect(id.count == 32)
        #expect(update.contains("trailer\n<< /Size 8\n   /Root 1 0 R\n   /Info 6 0 R /ID [<\(id)> <\(id)>] >>"))
        try Self.expectWholeTable(marked)
        // The stream's /Length is its length, and the xref points at the new object.
        let length = try #require(Int(update.components(separatedBy: "/Length ")[1].prefix { $0.isNumber }))
        let stream = try #require(update.range(of: ">>\nstream\n")).upperBound
        #expect(update[stream...].utf8.dropFirst(length).starts(with: "\nendstream".utf8))
        #expect(try TaggedPDFMarker.mark(marked, language: "ko", metadata: meta) == marked, "a marked file needs nothing more")
        #expect(try TaggedPDFMarker.mark(Self.pdfWithInfo, language: "ko", metadata: meta) == marked, "the same bytes each time")
    }

    @Test("an XMP date is written only in an ISO 8601 form", arguments: [
        ("2025-01-21", true), ("2025-01-21T09:30", true), ("2025-01-21T09:30:05Z", true), ("2025-01-21T09:30:05+09:00", true),
        ("", false), ("(D:x)", false), ("2025-1-21", false), ("2025-01-21T09", false), ("2025-01-21T09:30:05+0900", false),
    ])
    func isoDates(date: String, valid: Bool) {
        #expect(XMPPacket.isISODate(date) == valid)
    }

    @Test("an alt text's bytes that a literal string cannot hold as they are get a backslash")
    func literalEscapes() {
        // "(", ")" and "\\" are 00 28, 00 29 and 00 5C; U+0A0D is the bytes LF CR.
        #expect(TaggedPDFMarker.utf16Literal("()\\\u{0A0D}") == [0x28, 0xFE, 0xFF, 0x00, 0x5C, 0x28, 0x00, 0x5C, 0x29, 0x00, 0x5C, 0x5C,
                                                                  0x5C, 0x6E, 0x5C, 0x72, 0x29])
        #expect(TaggedPDFMarker.utf16Literal("") == [0x28, 0xFE, 0xFF, 0x29])
    }
}
