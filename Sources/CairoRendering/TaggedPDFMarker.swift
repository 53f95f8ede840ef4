import CZlib
import Drawing
import Glibc

/// Marks a PDF that Cairo wrote with structure tags as tagged, and names its language.
///
/// Cairo 1.16 writes the structure tree (`/StructTreeRoot`, marked content, `/ParentTree`) but
/// no `/Lang` in the catalog and no `/Alt` on figures, and `/MarkInfo << /Marked true >>` only
/// when the tree has a single root, so screen readers guess the language and skip the figures.
/// The marker writes the file again as one revision: Cairo's objects in Cairo's order, the
/// catalog and the Figure elements replaced in place, new objects after them, and a fresh
/// cross-reference table. An appended update had left the superseded objects behind as dead
/// bytes, which PDF/UA and PDF/A validators read as a second revision.
///
/// ```swift
/// let patched = try TaggedPDFMarker.mark(pdfBytes, language: "ko")
/// ```
enum TaggedPDFMarker {
    /// The file is not laid out the way Cairo writes PDF (classic xref table and trailer).
    struct Unexpected: Error, Equatable { let what: String }

    /// `figureAlts` are the alternative texts of the document's figures in reading order; they are
    /// added as `/Alt` to Cairo's `Figure` structure elements (which Cairo 1.16 writes without
    /// them) when the counts agree.
    static func mark(_ pdf: [UInt8], language: String, figureAlts: [String] = [], headerSpans: [(rows: Int, columns: Int)] = [],
                     archival: PDFArchival? = nil, metadata: DocumentMetadata? = nil,
                     linkContents: [String: String] = [:], structureWhole: Bool = false) throws -> [UInt8] {
        let source = MemoryBytes(bytes: pdf)
        guard let edits = try edits(of: source, language: language, figureAlts: figureAlts, headerSpans: headerSpans, archival: archival, metadata: metadata,
                                    linkContents: linkContents, structureWhole: structureWhole) else { return pdf }
        var out: [UInt8] = []
        out.reserveCapacity(pdf.count + 4096)
        try rewrite(source, with: edits) { out += $0 }
        return out
    }

    /// What the marked file changes: whole objects replaced or added, and the trailer's entries;
    /// nil when nothing is missing.
    struct Edits {
        /// Object number → its new text, `N 0 obj … endobj\n`.
        var replaced: [Int: [UInt8]] = [:]
        /// New objects after Cairo's, in order.
        var added: [(number: Int, bytes: [UInt8])] = []
        /// The trailer dictionary's entries (without `<<` and `>>`).
        var trailer: String
        /// The number of objects the new table lists (the trailer's /Size).
        var size: Int
        /// Where Cairo's cross-reference table starts.
        var xrefAt: Int
        /// The pages' content streams, whose untagged marks become artifacts (``ContentArtifacts``).
        var pageContents: Set<Int> = []
        /// The XMP packet and its object, written after Cairo's objects: whether it claims PDF/UA
        /// is known only once every page's content has been read.
        var packet: (number: Int, xmp: XMPPacket)?
        /// Whether the structure is whole where the marker can tell (every Figure has its Alt),
        /// so the packet may claim PDF/UA once the pages' content is whole too.
        var structureWhole = false
    }

    /// The edits that mark `pdf` (nil when nothing is missing).
    ///
    /// The file is read through a window that slides over it, never whole: the edits need only
    /// the trailer, the catalog and the small `Figure` elements, and a thousand-page PDF held
    /// twice in memory was the largest allocation of a long build. ``rewrite(_:with:into:)``
    /// then copies it a window at a time.
    ///
    /// With `metadata`, the catalog also gets an XMP packet (``XMPPacket``) as /Metadata and
    /// `/ViewerPreferences << /DisplayDocTitle true >>` (viewers show the title, not the file
    /// name), and the trailer an /ID drawn from the file's bytes, so a rebuild repeats it.
    ///
    /// `structureWhole` says the writer drew a structure PDF/UA accepts (every link over its
    /// words, lists with labels and bodies); the packet then claims PDF/UA-1 when the file agrees:
    /// every Figure has its Alt and every page's marks are tagged or artifacts.
    ///
    /// `headerSpans` are the rows and columns each header cell spans, in drawing order; they
    /// become the TH's /RowSpan and /ColSpan when the counts agree.
    ///
    /// `linkContents` describes the links (`/Contents`, which PDF/UA asks of every link
    /// annotation), keyed by ``linkKey(uri:)`` or ``linkKey(destination:)``; a link it does not
    /// name is described by its address.
    static func edits(of pdf: some ByteSource, language: String, figureAlts: [String], headerSpans: [(rows: Int, columns: Int)] = [],
                      archival: PDFArchival? = nil,
                      metadata: DocumentMetadata? = nil, linkContents: [String: String] = [:],
                      structureWhole: Bool = false) throws -> Edits? {
        let tailStart = max(0, pdf.count - maxObjectBytes)
        let tailBytes = pdf.read(tailStart..<pdf.count)
        guard let startxref = lastIndex(of: "startxref", in: tailBytes),
              let trailerAt = lastIndex(of: "trailer", in: tailBytes), trailerAt < startxref else { throw Unexpected(what: "no trailer") }
        let trailer = ascii(tailBytes[(trailerAt + 7)..<startxref])
        let tail = ascii(tailBytes[(startxref + 9)...])
        guard let prev = tail.split(whereSeparator: \.isWhitespace).first.flatMap({ Int($0) }),
              let root = token(after: "/Root", in: trailer).flatMap({ Int($0) }),
              let open = trailer.firstIndex(of: "<"), let close = trailer.lastIndex(of: ">") else {
            throw Unexpected(what: "trailer without /Root")
        }
        let scan = scanObjects(pdf, catalog: root)
        // The newest version of the catalog: a file already updated holds it last.
        guard let objAt = scan.catalogAt, let object = objectText(pdf, at: objAt) else { throw Unexpected(what: "catalog \(root) not found") }
        guard let dictOpen = object.range(of: "<<"), let dictClose = object.range(of: ">>", backwards: true) else {
            throw Unexpected(what: "catalog without a dictionary")
        }
        let body = object[dictOpen.upperBound..<dictClose.lowerBound]
        // Only what is missing is added: Cairo marks the file itself when its structure tree has one root.
        var additions = ""
        if !body.contains("/MarkInfo") { additions += " /MarkInfo << /Marked true >>" }
        // A language tag is ASCII letters, digits and hyphens (BCP 47); anything else would need
        // escaping in a PDF string and is no language a reader knows.
        let lang = XMPPacket.languageTag(language)
        if !body.contains("/Lang"), !lang.isEmpty { additions += " /Lang (\(lang))" }
        var size = token(after: "/Size", in: trailer).flatMap { Int($0) }
        var packet: (number: Int, xmp: XMPPacket)?
        if let metadata {
            if !body.contains("/ViewerPreferences") { additions += " /ViewerPreferences << /DisplayDocTitle true >>" }
            if !body.contains("/Metadata"), let next = size {
                let producer = token(after: "/Info", in: trailer).flatMap { Int($0) }
                    .flatMap { objectOffset($0, in: pdf, xrefAt: prev) }.flatMap { objectText(pdf, at: $0) }
                    .flatMap { literalString(after: "/Producer", in: $0) }
                var xmp = XMPPacket(metadata: metadata, producer: producer)
                xmp.archiveLevel = archival?.level
                packet = (next, xmp)
                additions += " /Metadata \(next) 0 R"
                size = next + 1
            }
        }
        // PDF/A: the colours Cairo writes in DeviceRGB are those of the output intent's profile.
        var profile: (number: Int, bytes: [UInt8])?
        if let archival, metadata != nil, !body.contains("/OutputIntents"), let next = size {
            let compressed = try Flate.deflate(archival.iccProfile, operation: "compressing the ICC profile")
            profile = (next, Array("\(next) 0 obj\n<< /N 3 /Length \(compressed.count) /Filter /FlateDecode >>\nstream\n".utf8)
                + compressed + Array("\nendstream\nendobj\n".utf8))
            let condition = String(archival.outputCondition.unicodeScalars.filter { $0.isASCII && $0.value >= 0x20 && !"()\\".unicodeScalars.contains($0) })
            additions += " /OutputIntents [ << /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (\(condition)) /Info (\(condition))"
                + " /DestOutputProfile \(next) 0 R >> ]"
            size = next + 1
        }
        let figures = scan.figures.sorted { $0.object < $1.object }
        let alts = figureAlts.isEmpty || figures.count != figureAlts.count || figures.contains { $0.body.contains("/Alt") }
            ? [] : Array(zip(figures, figureAlts))
        // Pages with links are read in the order of the structure, as PDF/UA asks (/Tabs /S).
        let tabbed = metadata == nil ? [] : scan.annotatedPages.filter { !$0.body.contains("/Tabs") }
        // PDF/A asks every annotation to print (/F 4: the Print flag alone).
        let described = metadata == nil ? [] : scan.links.compactMap { link -> (object: Int, body: String, text: String?, printFlag: Bool)? in
            let printFlag = archival != nil && !link.body.contains("/F ")
            var text: String?
            if !link.body.contains("/Contents") {
                let key = literalString(after: "/URI", in: link.body).map { "uri:" + $0 }
                    ?? literalString(after: "/Dest", in: link.body).map { "dest:" + $0 }
                if let key { text = linkContents[key] ?? String(key.drop { $0 != ":" }.dropFirst()) }
            }
            return text == nil && !printFlag ? nil : (link.object, link.body, text, printFlag)
        }
        // A header cell names what it heads (/Scope, PDF/UA 15-003). Briefing's tables head only
        // their columns (TableLayout puts header cells in header rows alone), so every TH heads
        // a column; a table with row headers would need the scope carried on its tag.
        let scoped = metadata == nil ? [] : scan.headerCells.filter { !$0.body.contains("/Scope") && !$0.body.contains("/A ") }
        // Cairo's streams come uncompressed (``PDFWriter/uncompressedContent``) for the content
        // pass to read, so there is always work once a page exists.
        // Cairo 1.16 writes an empty page-label tree when every label is the page's number: a
        // reader then numbers pages itself, but an empty /Nums says nothing; it gets the decimal
        // numbering from 1 that it stood for.
        var labels: (object: Int, body: String)?
        if metadata != nil, let number = token(after: "/PageLabels", in: String(body)).flatMap({ Int($0) }),
           let at = objectOffset(number, in: pdf, xrefAt: prev), let text = objectText(pdf, at: at),
           let nums = text.range(of: "/Nums"), text[nums.upperBound...].drop(while: \.isWhitespace).hasPrefix("["),
           text[nums.upperBound...].drop(while: \.isWhitespace).dropFirst().drop(while: \.isWhitespace).hasPrefix("]") {
            labels = (number, "<< /Nums [ 0 << /S /D >> ] >>")
        }
        if additions.isEmpty && alts.isEmpty && tabbed.isEmpty && described.isEmpty && scoped.isEmpty && scan.pageContents.isEmpty
            && labels == nil { return nil }
        guard !trailer.contains("/Prev") else { throw Unexpected(what: "a file with incremental updates") }
        guard let size else { throw Unexpected(what: "trailer without /Size") }
        var edits = Edits(trailer: "", size: size, xrefAt: prev, pageContents: scan.pageContents, packet: packet)
        edits.structureWhole = structureWhole && (alts.count == figures.count || figures.allSatisfy { $0.body.contains("/Alt") })
        if !additions.isEmpty { edits.replaced[root] = Array("\(root) 0 obj\n<<\(body)\(additions) >>\nendobj\n".utf8) }
        for (figure, alt) in alts {
            edits.replaced[figure.object] = Array("\(figure.object) 0 obj\n<<\(figure.body) /Alt ".utf8) + utf16Literal(alt)
                + Array(" >>\nendobj\n".utf8)
        }
        for link in described {
            var object = Array("\(link.object) 0 obj\n<<\(link.body)".utf8)
            if let text = link.text { object += Array(" /Contents ".utf8) + utf16Literal(text) }
            if link.printFlag { object += Array(" /F 4".utf8) }
            edits.replaced[link.object] = object + Array(" >>\nendobj\n".utf8)
        }
        if let profile { edits.added.append(profile) }
        // What each cell spans, when the writer's count of header cells is the file's.
        let cells = scan.headerCells.sorted { $0.object < $1.object }
        var spans: [Int: (rows: Int, columns: Int)] = [:]
        if headerSpans.count == cells.count { for (cell, span) in zip(cells, headerSpans) { spans[cell.object] = span } }
        for cell in scoped {
            var attributes = "/O /Table /Scope /Column"
            if let span = spans[cell.object] {
                if span.rows > 1 { attributes += " /RowSpan \(span.rows)" }
                if span.columns > 1 { attributes += " /ColSpan \(span.columns)" }
            }
            edits.replaced[cell.object] = Array("\(cell.object) 0 obj\n<<\(cell.body) /A << \(attributes) >> >>\nendobj\n".utf8)
        }
        if let labels { edits.replaced[labels.object] = Array("\(labels.object) 0 obj\n\(labels.body)\nendobj\n".utf8) }
        for page in tabbed { edits.replaced[page.object] = Array("\(page.object) 0 obj\n<<\(page.body) /Tabs /S >>\nendobj\n".utf8) }
        // Cairo's trailer entries (/Root, /Info) carry over, /Size counts a new object, and an
        // /ID drawn from Cairo's bytes is added.
        var entries = trailer[trailer.index(open, offsetBy: 2)..<trailer.index(before: close)]
            .trimmingCharacters(in: " \n\r")
        if let old = token(after: "/Size", in: entries), let r = entries.range(of: "/Size " + old) {
            entries.replaceSubrange(r, with: "/Size \(size)")
        }
        if metadata != nil, !entries.contains("/ID") {
            let id = fileIdentifier(pdf)
            entries += " /ID [<\(id)> <\(id)>]"
        }
        edits.trailer = entries
        return edits
    }

    /// Writes `pdf` with `edits` through `emit`, a window at a time: Cairo's objects in file
    /// order, each replaced one in its place, the added ones after, then a new table and trailer.
    /// Objects up to ``maxObjectBytes`` lose Cairo's layout whitespace (``PDFObjectCompactor``).
    static func rewrite(_ pdf: some ByteSource, with edits: Edits, into emit: (ArraySlice<UInt8>) throws -> Void) throws {
        let table = try xrefTable(pdf, at: edits.xrefAt)
        let objects = table.sorted { $0.offset < $1.offset }
        var written = 0
        func put(_ bytes: ArraySlice<UInt8>) throws { try emit(bytes); written += bytes.count }
        func copy(_ range: Range<Int>) throws {
            var at = range.lowerBound
            while at < range.upperBound {
                let chunk = pdf.read(at..<min(range.upperBound, at + scanStep))
                guard !chunk.isEmpty else { throw Unexpected(what: "the file ended early") }
                try put(chunk[...])
                at += chunk.count
            }
        }
        // Small objects come out of one window read a megabyte at a time, not a read each.
        var windowStart = 0
        var windowBytes: [UInt8] = []
        func window(_ range: Range<Int>) -> ArraySlice<UInt8> {
            if range.lowerBound < windowStart || range.upperBound > windowStart + windowBytes.count {
                windowStart = range.lowerBound
                windowBytes = pdf.read(range.lowerBound..<min(pdf.count, range.lowerBound + max(scanStep, range.count)))
            }
            return windowBytes[(range.lowerBound - windowStart)..<(range.upperBound - windowStart)]
        }
        try copy(0..<(objects.first?.offset ?? edits.xrefAt))
        var offsets: [Int: Int] = [:]
        // Length objects of the streams written again with a direct /Length: nothing refers to
        // them any more, so they are left out (free in the new table).
        var unusedLengths: Set<Int> = []
        var pagesWhole = true
        func end(of i: Int) -> Int { i + 1 < objects.count ? objects[i + 1].offset : edits.xrefAt }
        var first = 0
        while first < objects.count {
            // The streams of a run of objects are rewritten side by side (each page's content is
            // read, marked and compressed on its own), then the run is written in file order.
            var last = first, runBytes = 0
            var jobs: [(index: Int, header: StreamObject.Header)] = []
            var missing: Set<Int> = []
            while last < objects.count, runBytes < Self.streamRunBytes {
                let object = objects[last]
                let pageContent = edits.pageContents.contains(object.number)
                if let header = StreamObject.header(of: window(object.offset..<min(end(of: last), object.offset + 1024)), pageContent: pageContent) {
                    jobs.append((last, header))
                    runBytes += end(of: last) - object.offset
                } else if pageContent {
                    missing.insert(last)
                }
                last += 1
            }
            let streams = try StreamObject.rewriteAll(jobs.map { job in
                (pdf.read(objects[job.index].offset..<end(of: job.index)), job.header)
            })
            var rewritten: [Int: StreamObject] = [:]
            for (job, stream) in zip(jobs, streams) {
                if let stream { rewritten[job.index] = stream } else { missing.insert(job.index) }
            }
            for i in first..<last {
                let object = objects[i]
                if unusedLengths.contains(object.number) { continue }
                if missing.contains(i), edits.pageContents.contains(object.number) { pagesWhole = false }
                offsets[object.number] = written
                if let stream = rewritten[i] {
                    try put(stream.bytes[...])
                    if let length = stream.lengthObject { unusedLengths.insert(length) }
                    if stream.isPageContent, !stream.artifactsMarked { pagesWhole = false }
                } else if let replacement = edits.replaced[object.number] {
                    try put(PDFObjectCompactor.compact(replacement)[...])
                } else if end(of: i) - object.offset <= maxObjectBytes {
                    try put(PDFObjectCompactor.compact(Array(window(object.offset..<end(of: i))))[...])
                } else {
                    try copy(object.offset..<end(of: i))
                }
            }
            first = last
        }
        for object in edits.added {
            offsets[object.number] = written
            try put(object.bytes[...])
        }
        if var packet = edits.packet {
            packet.xmp.claimsPDFUA = pagesWhole && edits.structureWhole
            let bytes = packet.xmp.bytes
            offsets[packet.number] = written
            try put((Array("\(packet.number) 0 obj\n<< /Type /Metadata /Subtype /XML /Length \(bytes.count) >>\nstream\n".utf8)
                + bytes + Array("\nendstream\nendobj\n".utf8))[...])
        }
        let xrefAt = written
        var xref = "xref\n0 \(edits.size)\n0000000000 65535 f \n"
        for number in 1..<max(1, edits.size) {
            guard let offset = offsets[number] else { xref += "0000000000 65535 f \n"; continue }
            let digits = String(offset)
            xref += String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n"
        }
        try put(Array((xref + "trailer\n<< \(edits.trailer) >>\nstartxref\n\(xrefAt)\n%%EOF\n").utf8)[...])
    }

    /// The objects in use of the classic cross-reference table at `offset`, one subsection from
    /// 0 as Cairo writes it.
    static func xrefTable(_ pdf: some ByteSource, at offset: Int) throws -> [(number: Int, offset: Int)] {
        let head = pdf.read(offset..<min(pdf.count, offset + 64))
        guard ascii(head[...]).hasPrefix("xref"), let firstLineEnd = head.firstIndex(of: 0x0A) else { throw Unexpected(what: "no xref table") }
        let rest = Array(head[(firstLineEnd + 1)...])
        guard let secondLineEnd = rest.firstIndex(of: 0x0A) else { throw Unexpected(what: "no xref subsection") }
        let subsection = ascii(rest[..<secondLineEnd]).split(separator: " ").compactMap { Int($0) }
        guard subsection.count == 2, subsection[0] == 0, subsection[1] >= 0 else { throw Unexpected(what: "an xref subsection not from 0") }
        let entriesAt = offset + firstLineEnd + 1 + secondLineEnd + 1
        let bytes = pdf.read(entriesAt..<min(pdf.count, entriesAt + 20 * subsection[1]))
        guard bytes.count == 20 * subsection[1] else { throw Unexpected(what: "a short xref table") }
        var out: [(Int, Int)] = []
        for number in 0..<subsection[1] where bytes[20 * number + 17] == 0x6E {
            guard let at = Int(ascii(bytes[(20 * number)..<(20 * number + 10)])) else { throw Unexpected(what: "xref entry \(number)") }
            out.append((number, at))
        }
        return out
    }

    /// How many bytes of stream objects the marker rewrites side by side before writing them.
    static let streamRunBytes = 8 << 20
    /// The largest object the marker reads whole (catalog, structure element, trailer).
    static let maxObjectBytes = 1 << 16
    /// How much of the file each step of the scan reads, besides the overlap on either side.
    static let scanStep = 1 << 20

    /// One pass over the file: where the newest version of object `catalog` starts, and Cairo's
    /// `Figure` structure elements (object number and dictionary body).
    ///
    /// Each step reads `scanStep` bytes plus ``maxObjectBytes`` on either side and keeps the
    /// matches that start inside its own step, so every match is seen once, with its object whole.
    static func scanObjects(_ pdf: some ByteSource, catalog: Int, step scanStep: Int = scanStep,
                            overlap maxObjectBytes: Int = maxObjectBytes)
        -> (catalogAt: Int?, figures: [(object: Int, body: String)], annotatedPages: [(object: Int, body: String)],
            links: [(object: Int, body: String)], headerCells: [(object: Int, body: String)], pageContents: Set<Int>) {
        var catalogAt: Int?
        var pageContents: Set<Int> = []
        var figures: [(Int, String)] = []
        var annotatedPages: [(Int, String)] = []
        var links: [(Int, String)] = []
        var headerCells: [(Int, String)] = []
        /// The object around `at` in `window`: its number and dictionary body, when it holds `must`.
        func object(around at: Int, in window: [UInt8], holding must: String) -> (Int, String)? {
            // Back to the "N 0 obj" that opens this object, forward to its end.
            guard let objKeyword = lastIndex(of: " 0 obj", in: window, before: at),
                  let end = firstIndex(of: "endobj", in: window, from: at) else { return nil }
            var start = objKeyword
            while start > 0, window[start - 1] >= 0x30, window[start - 1] <= 0x39 { start -= 1 }
            guard let number = Int(ascii(window[start..<objKeyword])) else { return nil }
            let object = ascii(window[objKeyword..<end])
            guard object.contains(must), let open = object.range(of: "<<"), let close = object.range(of: ">>", backwards: true) else { return nil }
            return (number, String(object[open.upperBound..<close.lowerBound]))
        }
        let catalogNeedle = "\n\(catalog) 0 obj"
        var step = 0
        while step < pdf.count {
            let lower = max(0, step - maxObjectBytes)
            let window = pdf.read(lower..<min(pdf.count, step + scanStep + maxObjectBytes))
            let own = (step - lower)..<min(window.count, step - lower + scanStep)
            var from = own.lowerBound
            while let at = firstIndex(of: catalogNeedle, in: window, from: from), own.contains(at) {
                catalogAt = lower + at
                from = at + 1
            }
            from = own.lowerBound
            // A structure element is known by its type (/S): the marker drops the optional
            // /Type /StructElem, and no other dictionary has an /S of these names.
            while let at = firstIndex(of: "/S /Figure", in: window, from: from), own.contains(at) {
                from = at + 1
                guard endsName(window, at: at + 10), let figure = object(around: at, in: window, holding: "/S /Figure") else { continue }
                figures.append(figure)
            }
            from = own.lowerBound
            while let at = firstIndex(of: "/Type /Page", in: window, from: from), own.contains(at) {
                from = at + 1
                // "/Type /Pages" is the page tree, not a page.
                guard at + 11 < window.count, window[at + 11] != 0x73, let page = object(around: at, in: window, holding: "/Type /Page") else { continue }
                if let contents = token(after: "/Contents", in: page.1).flatMap({ Int($0) }) { pageContents.insert(contents) }
                if page.1.contains("/Annots") { annotatedPages.append(page) }
            }
            from = own.lowerBound
            while let at = firstIndex(of: "/S /TH", in: window, from: from), own.contains(at) {
                from = at + 1
                guard endsName(window, at: at + 6), let cell = object(around: at, in: window, holding: "/S /TH") else { continue }
                headerCells.append(cell)
            }
            from = own.lowerBound
            while let at = firstIndex(of: "/Subtype /Link", in: window, from: from), own.contains(at) {
                from = at + 1
                if let link = object(around: at, in: window, holding: "/Annot") { links.append(link) }
            }
            step += scanStep
        }
        return (catalogAt, figures, annotatedPages, links, headerCells, pageContents)
    }

    /// The text of the object starting at `offset`, up to its `endobj`; nil when none follows
    /// within ``maxObjectBytes``.
    static func objectText(_ pdf: some ByteSource, at offset: Int) -> String? {
        let bytes = pdf.read(offset..<min(pdf.count, offset + maxObjectBytes))
        guard let end = firstIndex(of: "endobj", in: bytes) else { return nil }
        return ascii(bytes[..<end])
    }

    /// The key of a link to `uri` in `linkContents`: the address as the PDF holds it.
    static func linkKey(uri: String) -> String { "uri:" + uri.percentEncodedForPDF }
    /// The key of a link to the named destination `destination` in `linkContents`: its name as
    /// the marker reads the file, each byte past ASCII a `?`.
    static func linkKey(destination: String) -> String { "dest:" + ascii(Array(destination.pdfDestinationName.utf8)[...]) }

    /// Where object `number` starts, from the classic cross-reference table at `xrefAt` (one
    /// subsection from 0, as Cairo writes it); nil when the table says otherwise.
    static func objectOffset(_ number: Int, in pdf: some ByteSource, xrefAt: Int) -> Int? {
        let head = pdf.read(xrefAt..<min(pdf.count, xrefAt + 64))
        guard ascii(head[...]).hasPrefix("xref"), let firstLineEnd = head.firstIndex(of: 0x0A) else { return nil }
        let rest = Array(head[(firstLineEnd + 1)...])
        guard let secondLineEnd = rest.firstIndex(of: 0x0A) else { return nil }
        let subsection = ascii(rest[..<secondLineEnd]).split(separator: " ").compactMap { Int($0) }
        guard subsection.count == 2, subsection[0] == 0, number >= 0, number < subsection[1] else { return nil }
        let entryAt = xrefAt + firstLineEnd + 1 + secondLineEnd + 1 + 20 * number
        let entry = pdf.read(entryAt..<min(pdf.count, entryAt + 20))
        guard entry.count == 20, entry[17] == 0x6E else { return nil }   // "n": in use
        return Int(ascii(entry[0..<10]))
    }

    /// The literal string value of `key` in `text` (`/Producer (cairo 1.16.0 (https://…))`),
    /// with nested parentheses and backslash escapes read; nil for any other form.
    static func literalString(after key: String, in text: String) -> String? {
        guard let r = text.range(of: key + " (") else { return nil }
        var depth = 1, out = "", escaped = false
        for ch in text[r.upperBound...] {
            if escaped { out.append(ch); escaped = false; continue }
            switch ch {
            case "\\": escaped = true
            case "(": depth += 1; out.append(ch)
            case ")":
                depth -= 1
                if depth == 0 { return out }
                out.append(ch)
            default: out.append(ch)
            }
        }
        return nil
    }

    /// A file identifier from the bytes: CRC-32 and Adler-32 of the whole file and its length, in
    /// hex (16 bytes, as MD5-sized identifiers are). The same bytes give the same /ID, so a
    /// rebuild stays byte-identical; different bytes almost surely another.
    static func fileIdentifier(_ pdf: some ByteSource) -> String {
        var crc = crc32(0, nil, 0), adler = adler32(0, nil, 0)
        var at = 0
        while at < pdf.count {
            let chunk = pdf.read(at..<min(pdf.count, at + scanStep))
            if chunk.isEmpty { break }
            chunk.withUnsafeBufferPointer {
                crc = crc32(crc, $0.baseAddress, uInt($0.count))
                adler = adler32(adler, $0.baseAddress, uInt($0.count))
            }
            at += chunk.count
        }
        func hex(_ v: UInt64, digits: Int) -> String {
            let s = String(v, radix: 16, uppercase: true)
            return String(repeating: "0", count: max(0, digits - s.count)) + s
        }
        return hex(UInt64(crc), digits: 8) + hex(UInt64(adler), digits: 8) + hex(UInt64(pdf.count), digits: 16)
    }

    /// A PDF text string in UTF-16BE, written as a literal string of raw bytes: half the size of
    /// hex digits, which matters for the long alt texts of charts. Only the bytes a literal string
    /// cannot hold as they are get a backslash: parentheses, the backslash itself, and CR and LF,
    /// which a reader would normalise.
    static func utf16Literal(_ text: String) -> [UInt8] {
        var out: [UInt8] = [0x28, 0xFE, 0xFF]
        for unit in text.utf16 {
            for byte in [UInt8(unit >> 8), UInt8(unit & 0xFF)] {
                switch byte {
                case 0x28, 0x29, 0x5C: out += [0x5C, byte]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                default: out.append(byte)
                }
            }
        }
        out.append(0x29)
        return out
    }

    /// Marks the file at `path` in place: the marked file is written beside it and renamed
    /// over it, so the path holds Cairo's file or the whole marked one, never half of either.
    /// The temporary name ends `.tmp-PID`, which the next build removes if this one is killed.
    static func markFile(at path: String, language: String, figureAlts: [String] = [], headerSpans: [(rows: Int, columns: Int)] = [],
                         archival: PDFArchival? = nil, metadata: DocumentMetadata? = nil,
                         linkContents: [String: String] = [:], structureWhole: Bool = false) throws {
        let file = try FileBytes(path: path)
        defer { file.close() }
        guard let edits = try edits(of: file, language: language, figureAlts: figureAlts, headerSpans: headerSpans, archival: archival, metadata: metadata,
                                    linkContents: linkContents, structureWhole: structureWhole) else { return }
        let temp = path + ".marked.tmp-\(getpid())"
        guard let output = fopen(temp, "wb") else { throw RenderError.write(path: path, reason: String(cString: strerror(errno))) }
        var failure: Int32 = 0
        do {
            try rewrite(file, with: edits) { bytes in
                let n = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, output) }
                if n != bytes.count { failure = errno == 0 ? EIO : errno; throw RenderError.write(path: path, reason: String(cString: strerror(failure))) }
            }
        } catch {
            fclose(output)
            unlink(temp)
            throw error
        }
        if fflush(output) != 0 { failure = errno }
        if fclose(output) != 0, failure == 0 { failure = errno }
        guard failure == 0, rename(temp, path) == 0 else {
            let reason = String(cString: strerror(failure == 0 ? errno : failure))
            unlink(temp)
            throw RenderError.write(path: path, reason: reason)
        }
    }

    private static func ascii(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
    }

    /// Whether a name ends at `i` in `bytes`: the next byte is whitespace or a delimiter.
    private static func endsName(_ bytes: [UInt8], at i: Int) -> Bool {
        guard i < bytes.count else { return true }
        return [0x20, 0x0A, 0x0D, 0x09, 0x0C, 0x00, 0x2F, 0x3E, 0x3C, 0x5B, 0x5D, 0x28, 0x29, 0x25].contains(bytes[i])
    }

    private static func token(after key: String, in text: String) -> String? {
        guard let r = text.range(of: key) else { return nil }
        return text[r.upperBound...].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" }).first.map(String.init)
    }

    /// The first `needle` in `bytes` at or after `start`. Candidates come from `memchr` on the
    /// needle's first byte rather than a byte-by-byte loop: the scan looks for five needles
    /// through every window of a many-megabyte file.
    private static func firstIndex(of needle: String, in bytes: [UInt8], from start: Int = 0) -> Int? {
        let n = Array(needle.utf8)
        guard let first = n.first, start >= 0, bytes.count - start >= n.count else { return nil }
        return bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return nil }
            var i = start
            let last = b.count - n.count
            while i <= last {
                guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if matches(n, in: b, at: i) { return i }
                i += 1
            }
            return nil
        }
    }

    private static func lastIndex(of needle: String, in bytes: [UInt8], before limit: Int? = nil) -> Int? {
        let n = Array(needle.utf8)
        guard bytes.count >= n.count else { return nil }
        return bytes.withUnsafeBufferPointer { b in
            var i = min(b.count, limit ?? b.count) - n.count
            while i >= 0 {
                if matches(n, in: b, at: i) { return i }
                i -= 1
            }
            return nil
        }
    }

    /// Whether `needle` occurs in `bytes` at `i` (which leaves room for all of it).
    private static func matches(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        var k = 0
        while k < needle.count && bytes[i + k] == needle[k] { k += 1 }
        return k == needle.count
    }
}

/// Bytes the marker reads a range at a time: a file, or an array in tests.
protocol ByteSource {
    var count: Int { get }
    /// The bytes in `range` (clamped by the caller to `0..<count`).
    func read(_ range: Range<Int>) -> [UInt8]
}

/// An array as a byte source.
struct MemoryBytes: ByteSource {
    let bytes: [UInt8]
    var count: Int { bytes.count }
    func read(_ range: Range<Int>) -> [UInt8] { Array(bytes[range]) }
}

/// A file read with positioned reads; only the ranges asked for are ever in memory.
final class FileBytes: ByteSource {
    private var handle: UnsafeMutablePointer<FILE>?
    let count: Int

    init(path: String) throws {
        guard let f = fopen(path, "rb") else { throw RenderError.write(path: path, reason: "cannot reopen the PDF") }
        guard fseek(f, 0, SEEK_END) == 0 else { fclose(f); throw RenderError.write(path: path, reason: "cannot measure the PDF") }
        handle = f
        count = ftell(f)
    }

    func read(_ range: Range<Int>) -> [UInt8] {
        guard let handle, !range.isEmpty, fseek(handle, range.lowerBound, SEEK_SET) == 0 else { return [] }
        var out = [UInt8](repeating: 0, count: range.count)
        let n = out.withUnsafeMutableBufferPointer { fread($0.baseAddress, 1, range.count, handle) }
        out.removeLast(range.count - n)
        return out
    }

    func close() {
        if let handle { fclose(handle) }
        handle = nil
    }

    deinit { close() }
}

private extension StringProtocol {
    func range(of needle: String, backwards: Bool = false) -> Range<Index>? {
        var result: Range<Index>? = nil
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(needle) {
                result = i..<index(i, offsetBy: needle.count)
                if !backwards { return result }
            }
            i = index(after: i)
        }
        return result
    }

    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
