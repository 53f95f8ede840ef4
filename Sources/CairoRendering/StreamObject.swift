import Dispatch

/// A stream object of Cairo's written again by ``TaggedPDFMarker``: compressed, and for a page's
/// content, with its untagged marks as artifacts (``ContentArtifacts``).
///
/// Cairo is asked for uncompressed streams (``PDFWriter``) so that the content pass reads the
/// pages as they are drawn and compresses them once, as Cairo would have; a page that comes
/// compressed anyway is inflated first. Fonts and images keep Cairo's bytes.
struct StreamObject {
    /// What the start of a stream object says, when the marker has work to do on it.
    struct Header {
        let number: Int
        /// The stream dictionary's entries, without `<<` and `>>`.
        let dictionary: String
        /// Where the data starts, from the start of the object.
        let dataStart: Int
        /// Whether Cairo compressed it (`/FlateDecode`, nothing else).
        let compressed: Bool
        let pageContent: Bool
    }

    /// The object as it is written: `N 0 obj << … /Length L /Filter /FlateDecode >> stream … endobj`.
    let bytes: [UInt8]
    /// The object that held the /Length Cairo wrote, now unused.
    let lengthObject: Int?
    let isPageContent: Bool
    /// Whether a page's every mark is now tagged content or an artifact; false when its content
    /// held what ``ContentArtifacts`` does not read.
    let artifactsMarked: Bool

    /// The largest page content the pass inflates; a page past it keeps Cairo's bytes.
    static let maxInflated = 1 << 28

    /// The header of the stream object starting `head` (its first kilobyte or so) when the marker
    /// rewrites it: any uncompressed stream, and a page's content compressed with /FlateDecode
    /// alone; nil for everything else.
    static func header(of head: ArraySlice<UInt8>, pageContent: Bool) -> Header? {
        let bytes = Array(head)
        guard let lineEnd = bytes.firstIndex(of: 0x0A), let objAt = firstRange(of: " 0 obj", in: bytes[..<lineEnd]),
              let number = Int(String(decoding: bytes[..<objAt.lowerBound], as: UTF8.self)),
              let keyword = firstRange(of: "stream", in: bytes[lineEnd...]) else { return nil }
        var dataStart = keyword.upperBound
        if dataStart < bytes.count, bytes[dataStart] == 0x0D { dataStart += 1 }
        guard dataStart < bytes.count, bytes[dataStart] == 0x0A else { return nil }
        dataStart += 1
        let before = bytes[lineEnd..<keyword.lowerBound]
        guard let open = firstRange(of: "<<", in: before), let close = lastRange(of: ">>", in: Array(before)).map({ ($0.lowerBound + lineEnd)..<($0.upperBound + lineEnd) }),
              open.upperBound <= close.lowerBound,
              bytes[close.upperBound..<keyword.lowerBound].allSatisfy({ [0x20, 0x0A, 0x0D, 0x09].contains($0) }) else { return nil }
        let dictionary = String(decoding: bytes[open.upperBound..<close.lowerBound], as: UTF8.self)
        let compressed: Bool
        if !dictionary.contains("/Filter") {
            compressed = false
        } else if pageContent, dictionary.contains("/Filter /FlateDecode"), !dictionary.contains("/DecodeParms"), !dictionary.contains("[") {
            compressed = true
        } else {
            return nil
        }
        return Header(number: number, dictionary: dictionary, dataStart: dataStart, compressed: compressed, pageContent: pageContent)
    }

    /// The object written again from its bytes (`object`, up to the next object); nil when its data
    /// has no end or does not inflate.
    init?(_ object: [UInt8], header: Header) throws {
        guard let end = Self.lastRange(of: "endstream", in: object), end.lowerBound >= header.dataStart else { return nil }
        var dataEnd = end.lowerBound
        if dataEnd > header.dataStart, object[dataEnd - 1] == 0x0A { dataEnd -= 1 }
        if dataEnd > header.dataStart, object[dataEnd - 1] == 0x0D { dataEnd -= 1 }
        var data = Array(object[header.dataStart..<dataEnd])
        if header.compressed {
            guard let inflated = Flate.inflate(data[...], limit: Self.maxInflated) else { return nil }
            data = inflated
        }
        isPageContent = header.pageContent
        if header.pageContent, let wrapped = ContentArtifacts.wrap(data) {
            data = wrapped
            artifactsMarked = true
        } else {
            artifactsMarked = false
        }
        let compressed = try Flate.deflate(data, operation: "compressing a page of the PDF")
        // Cairo's /Length is indirect (it writes the stream before it knows the length); the new
        // one is direct, and the rest of the dictionary carries over.
        var entries = header.dictionary.split(whereSeparator: \.isWhitespace).map(String.init)
        var length: Int?
        if let at = entries.firstIndex(of: "/Length"), at + 1 < entries.count {
            if at + 3 < entries.count, entries[at + 3] == "R" {
                length = Int(entries[at + 1])
                entries.removeSubrange(at...(at + 3))
            } else {
                entries.removeSubrange(at...(at + 1))
            }
        }
        if let at = entries.firstIndex(of: "/Filter"), at + 1 < entries.count { entries.removeSubrange(at...(at + 1)) }
        lengthObject = length
        let dictionary = (entries + ["/Length", String(compressed.count), "/Filter", "/FlateDecode"]).joined(separator: " ")
        bytes = Array("\(header.number) 0 obj\n<< \(dictionary) >>\nstream\n".utf8) + compressed + Array("\nendstream\nendobj\n".utf8)
    }

    /// Each of `objects` written again, side by side on the machine's cores; nil where ``init(_:header:)``
    /// gives nil. The first error thrown is rethrown.
    static func rewriteAll(_ objects: [(bytes: [UInt8], header: Header)]) throws -> [StreamObject?] {
        guard objects.count > 1 else { return try objects.map { try StreamObject($0.bytes, header: $0.header) } }
        /// Each iteration writes its own slot, and the buffer outlives them all.
        struct Slots: @unchecked Sendable { let buffer: UnsafeMutableBufferPointer<Result<StreamObject?, Error>> }
        var results = [Result<StreamObject?, Error>](repeating: .success(nil), count: objects.count)
        results.withUnsafeMutableBufferPointer { out in
            let slots = Slots(buffer: out)
            DispatchQueue.concurrentPerform(iterations: objects.count) { i in
                slots.buffer[i] = Result { try StreamObject(objects[i].bytes, header: objects[i].header) }
            }
        }
        return try results.map { try $0.get() }
    }

    private static func firstRange(of needle: String, in bytes: ArraySlice<UInt8>) -> Range<Int>? {
        let n = Array(needle.utf8)
        guard bytes.count >= n.count else { return nil }
        var i = bytes.startIndex
        while i <= bytes.endIndex - n.count {
            if bytes[i] == n[0], bytes[i..<(i + n.count)].elementsEqual(n) { return i..<(i + n.count) }
            i += 1
        }
        return nil
    }

    private static func lastRange(of needle: String, in bytes: [UInt8]) -> Range<Int>? {
        let n = Array(needle.utf8)
        var i = bytes.count - n.count
        while i >= 0 {
            if bytes[i] == n[0], bytes[i..<(i + n.count)].elementsEqual(n) { return i..<(i + n.count) }
            i -= 1
        }
        return nil
    }
}
