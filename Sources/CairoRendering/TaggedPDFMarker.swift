import Glibc

/// Marks a PDF that Cairo wrote with structure tags as tagged, and names its language.
///
/// Cairo 1.16 writes the structure tree (`/StructTreeRoot`, marked content, `/ParentTree`) but
/// no `/Lang` in the catalog and no `/Alt` on figures, and `/MarkInfo << /Marked true >>` only
/// when the tree has a single root, so screen readers guess the language and skip the figures. This appends an incremental update — a
/// new version of the catalog object, an xref section for it and a trailer pointing back at
/// Cairo's — which every PDF reader applies; Cairo's own bytes stay untouched.
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
    static func mark(_ pdf: [UInt8], language: String, figureAlts: [String] = []) throws -> [UInt8] {
        guard let startxref = lastIndex(of: "startxref", in: pdf),
              let trailerAt = lastIndex(of: "trailer", in: pdf), trailerAt < startxref else { throw Unexpected(what: "no trailer") }
        let trailer = ascii(pdf[(trailerAt + 7)..<startxref])
        let tail = ascii(pdf[(startxref + 9)...])
        guard let prev = tail.split(whereSeparator: \.isWhitespace).first.flatMap({ Int($0) }),
              let root = token(after: "/Root", in: trailer).flatMap({ Int($0) }),
              let open = trailer.firstIndex(of: "<"), let close = trailer.lastIndex(of: ">") else {
            throw Unexpected(what: "trailer without /Root")
        }
        // The newest version of the catalog: a file already updated holds it last.
        guard let objAt = lastIndex(of: "\n\(root) 0 obj", in: pdf),
              let endAt = firstIndex(of: "endobj", in: pdf, from: objAt) else { throw Unexpected(what: "catalog \(root) not found") }
        let object = ascii(pdf[objAt..<endAt])
        guard let dictOpen = object.range(of: "<<"), let dictClose = object.range(of: ">>", backwards: true) else {
            throw Unexpected(what: "catalog without a dictionary")
        }
        let body = object[dictOpen.upperBound..<dictClose.lowerBound]
        // Only what is missing is added: Cairo marks the file itself when its structure tree has one root.
        var additions = ""
        if !body.contains("/MarkInfo") { additions += " /MarkInfo << /Marked true >>" }
        let lang = language.filter { $0.isLetter || $0.isNumber || $0 == "-" }
        if !body.contains("/Lang"), !lang.isEmpty { additions += " /Lang (\(lang))" }
        let figures = figureElements(in: pdf)
        let alts = figureAlts.isEmpty || figures.count != figureAlts.count || figures.contains { $0.body.contains("/Alt") }
            ? [] : Array(zip(figures, figureAlts))
        if additions.isEmpty && alts.isEmpty { return pdf }
        var out = pdf
        if out.last != 0x0A { out.append(0x0A) }
        var offsets: [(object: Int, offset: Int)] = []
        if !additions.isEmpty {
            offsets.append((root, out.count))
            out += Array("\(root) 0 obj\n<<\(body)\(additions) >>\nendobj\n".utf8)
        }
        for (figure, alt) in alts {
            offsets.append((figure.object, out.count))
            out += Array("\(figure.object) 0 obj\n<<\(figure.body) /Alt <FEFF\(utf16Hex(alt))> >>\nendobj\n".utf8)
        }
        let xrefOffset = out.count
        // Cairo's trailer entries (/Size, /Root, /Info, /ID) carry over; /Prev chains to its xref.
        let entries = trailer[trailer.index(open, offsetBy: 2)..<trailer.index(before: close)]
            .trimmingCharacters(in: " \n\r")
        var xref = "xref\n"
        for (object, offset) in offsets.sorted(by: { $0.object < $1.object }) {
            let digits = String(offset)
            xref += "\(object) 1\n" + String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n"
        }
        out += Array((xref + "trailer\n<< \(entries) /Prev \(prev) >>\nstartxref\n\(xrefOffset)\n%%EOF\n").utf8)
        return out
    }

    /// Cairo's `Figure` structure elements in object order (the order Cairo created them: reading order).
    static func figureElements(in pdf: [UInt8]) -> [(object: Int, body: String)] {
        var out: [(Int, String)] = []
        var from = 0
        while let at = firstIndex(of: "/S /Figure", in: pdf, from: from) {
            from = at + 1
            // Back to the "N 0 obj" that opens this object, forward to its end.
            guard let objKeyword = lastIndex(of: " 0 obj", in: pdf, before: at),
                  let end = firstIndex(of: "endobj", in: pdf, from: at) else { continue }
            var start = objKeyword
            while start > 0, pdf[start - 1] >= 0x30, pdf[start - 1] <= 0x39 { start -= 1 }
            guard let number = Int(ascii(pdf[start..<objKeyword])) else { continue }
            let object = ascii(pdf[objKeyword..<end])
            guard object.contains("/StructElem"), let open = object.range(of: "<<"), let close = object.range(of: ">>", backwards: true) else { continue }
            out.append((number, String(object[open.upperBound..<close.lowerBound])))
        }
        return out.sorted { $0.0 < $1.0 }
    }

    /// UTF-16BE as hex digits, for a PDF text string.
    static func utf16Hex(_ text: String) -> String {
        let digits = Array("0123456789ABCDEF")
        var out = ""
        for unit in text.utf16 {
            for shift in [12, 8, 4, 0] { out.append(digits[Int((unit >> UInt16(shift)) & 0xF)]) }
        }
        return out
    }

    /// Reads the file at `path`, marks it, and writes it back.
    static func markFile(at path: String, language: String, figureAlts: [String] = []) throws {
        guard let input = fopen(path, "rb") else { throw RenderError.write(path: path, reason: "cannot reopen the PDF") }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&buffer, 1, buffer.count, input)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        fclose(input)
        let marked = try mark(bytes, language: language, figureAlts: figureAlts)
        guard let output = fopen(path, "wb") else { throw RenderError.write(path: path, reason: "cannot rewrite the PDF") }
        let written = marked.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, output) }
        if fclose(output) != 0 || written != marked.count { throw RenderError.write(path: path, reason: "short write") }
    }

    private static func ascii(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
    }

    private static func token(after key: String, in text: String) -> String? {
        guard let r = text.range(of: key) else { return nil }
        return text[r.upperBound...].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" }).first.map(String.init)
    }

    private static func firstIndex(of needle: String, in bytes: [UInt8], from start: Int = 0) -> Int? {
        let n = Array(needle.utf8)
        guard bytes.count >= n.count else { return nil }
        var i = start
        while i <= bytes.count - n.count {
            if bytes[i] == n[0] && bytes[i..<(i + n.count)].elementsEqual(n) { return i }
            i += 1
        }
        return nil
    }

    private static func lastIndex(of needle: String, in bytes: [UInt8], before limit: Int? = nil) -> Int? {
        let n = Array(needle.utf8)
        guard bytes.count >= n.count else { return nil }
        var i = min(bytes.count, limit ?? bytes.count) - n.count
        while i >= 0 {
            if bytes[i] == n[0] && bytes[i..<(i + n.count)].elementsEqual(n) { return i }
            i -= 1
        }
        return nil
    }
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
