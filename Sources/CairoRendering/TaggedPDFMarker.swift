import Glibc

/// Marks a PDF that Cairo wrote with structure tags as tagged, and names its language.
///
/// Cairo 1.16 writes the structure tree (`/StructTreeRoot`, marked content, `/ParentTree`) but
/// never `/MarkInfo << /Marked true >>` nor `/Lang` in the catalog, so readers report
/// "Tagged: no" and screen readers guess the language. This appends an incremental update — a
/// new version of the catalog object, an xref section for it and a trailer pointing back at
/// Cairo's — which every PDF reader applies; Cairo's own bytes stay untouched.
///
/// ```swift
/// let patched = try TaggedPDFMarker.mark(pdfBytes, language: "ko")
/// ```
enum TaggedPDFMarker {
    /// The file is not laid out the way Cairo writes PDF (classic xref table and trailer).
    struct Unexpected: Error, Equatable { let what: String }

    static func mark(_ pdf: [UInt8], language: String) throws -> [UInt8] {
        guard let startxref = lastIndex(of: "startxref", in: pdf),
              let trailerAt = lastIndex(of: "trailer", in: pdf), trailerAt < startxref else { throw Unexpected(what: "no trailer") }
        let trailer = ascii(pdf[(trailerAt + 7)..<startxref])
        let tail = ascii(pdf[(startxref + 9)...])
        guard let prev = tail.split(whereSeparator: \.isWhitespace).first.flatMap({ Int($0) }),
              let root = token(after: "/Root", in: trailer).flatMap({ Int($0) }),
              let open = trailer.firstIndex(of: "<"), let close = trailer.lastIndex(of: ">") else {
            throw Unexpected(what: "trailer without /Root")
        }
        guard let objAt = firstIndex(of: "\n\(root) 0 obj", in: pdf),
              let endAt = firstIndex(of: "endobj", in: pdf, from: objAt) else { throw Unexpected(what: "catalog \(root) not found") }
        let object = ascii(pdf[objAt..<endAt])
        guard let dictOpen = object.range(of: "<<"), let dictClose = object.range(of: ">>", backwards: true) else {
            throw Unexpected(what: "catalog without a dictionary")
        }
        let body = object[dictOpen.upperBound..<dictClose.lowerBound]
        if body.contains("/MarkInfo") { return pdf }
        let lang = language.filter { $0.isLetter || $0.isNumber || $0 == "-" }
        var out = pdf
        if out.last != 0x0A { out.append(0x0A) }
        let catalogOffset = out.count
        out += Array("\(root) 0 obj\n<<\(body) /MarkInfo << /Marked true >> /Lang (\(lang)) >>\nendobj\n".utf8)
        let xrefOffset = out.count
        // Cairo's trailer entries (/Size, /Root, /Info, /ID) carry over; /Prev chains to its xref.
        let entries = trailer[trailer.index(open, offsetBy: 2)..<trailer.index(before: close)]
            .trimmingCharacters(in: " \n\r")
        let offset = String(catalogOffset)
        let entry = String(repeating: "0", count: max(0, 10 - offset.count)) + offset
        out += Array("xref\n\(root) 1\n\(entry) 00000 n \ntrailer\n<< \(entries) /Prev \(prev) >>\nstartxref\n\(xrefOffset)\n%%EOF\n".utf8)
        return out
    }

    /// Reads the file at `path`, marks it, and writes it back.
    static func markFile(at path: String, language: String) throws {
        guard let input = fopen(path, "rb") else { throw RenderError.write(path: path, reason: "cannot reopen the PDF") }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&buffer, 1, buffer.count, input)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        fclose(input)
        let marked = try mark(bytes, language: language)
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

    private static func lastIndex(of needle: String, in bytes: [UInt8]) -> Int? {
        let n = Array(needle.utf8)
        guard bytes.count >= n.count else { return nil }
        var i = bytes.count - n.count
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
