import Drawing

/// The document's metadata as an XMP packet, the form PDF/A and PDF/UA readers take it in.
///
/// Cairo 1.16 writes only the Info dictionary. The packet says the same things (title, author,
/// subject, keywords, language, the program, dates) so the two never disagree: the title and
/// the rest come from the same ``DocumentMetadata`` Cairo was given, and the producer is the one
/// Cairo wrote.
///
/// ```swift
/// let xmp = XMPPacket(metadata: meta, producer: "cairo 1.16.0 (https://cairographics.org)").bytes
/// ```
struct XMPPacket {
    let metadata: DocumentMetadata
    /// The Info dictionary's /Producer, when Cairo wrote one.
    let producer: String?
    /// Whether the packet says the file conforms to PDF/UA-1 (`pdfuaid:part`); only a file the
    /// marker found whole in every respect it checks says so.
    var claimsPDFUA = false
    /// The PDF/A-2 level the file claims (`pdfaid:part` 2 and `pdfaid:conformance`), if any.
    var archiveLevel: PDFArchival.Level?

    /// The packet as UTF-8, wrapped in `<?xpacket?>` so it can be found and edited in place.
    var bytes: [UInt8] {
        var properties: [String] = []
        func alt(_ name: String, _ value: String) {
            properties.append("<\(name)><rdf:Alt><rdf:li xml:lang=\"x-default\">\(value.xmlEscaped)</rdf:li></rdf:Alt></\(name)>")
        }
        if !metadata.title.isEmpty { alt("dc:title", metadata.title) }
        if !metadata.author.isEmpty {
            properties.append("<dc:creator><rdf:Seq><rdf:li>\(metadata.author.xmlEscaped)</rdf:li></rdf:Seq></dc:creator>")
        }
        if !metadata.subject.isEmpty { alt("dc:description", metadata.subject) }
        let language = Self.languageTag(metadata.language)
        if !language.isEmpty { properties.append("<dc:language><rdf:Bag><rdf:li>\(language)</rdf:li></rdf:Bag></dc:language>") }
        // Cairo joins the keywords with ", " into /Keywords; the packet says the same.
        if !metadata.keywords.isEmpty { properties.append("<pdf:Keywords>\(metadata.keywords.joined(separator: ", ").xmlEscaped)</pdf:Keywords>") }
        if let producer { properties.append("<pdf:Producer>\(producer.xmlEscaped)</pdf:Producer>") }
        if !metadata.creator.isEmpty { properties.append("<xmp:CreatorTool>\(metadata.creator.xmlEscaped)</xmp:CreatorTool>") }
        if Self.isISODate(metadata.date) {
            for name in ["xmp:CreateDate", "xmp:ModifyDate"] { properties.append("<\(name)>\(metadata.date)</\(name)>") }
        }
        var namespaces = #"xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/""#
        if claimsPDFUA {
            namespaces += #" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/""#
            properties.append("<pdfuaid:part>1</pdfuaid:part>")
        }
        if let archiveLevel {
            namespaces += #" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/""#
            properties.append("<pdfaid:part>2</pdfaid:part>")
            properties.append("<pdfaid:conformance>\(archiveLevel.conformance)</pdfaid:conformance>")
        }
        // A PDF/A file describes every schema PDF/A does not predefine; pdfuaid is one.
        let extensionSchemas = claimsPDFUA && archiveLevel != nil ? Self.pdfuaExtensionSchema + "\n" : ""
        let text = """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" \(namespaces)>
            \(properties.joined(separator: "\n"))
            </rdf:Description>
            \(extensionSchemas)</rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="r"?>
            """
        return Array(text.utf8)
    }

    /// The PDF/A extension schema of the PDF/UA identification (ISO 19005-2, 6.6.2.3): its
    /// namespace, prefix and one property, `part`, an internal Integer.
    static let pdfuaExtensionSchema = """
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
        xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
        <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
        <pdfaSchema:schema>PDF/UA identification</pdfaSchema:schema>
        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
        <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
        <pdfaProperty:name>part</pdfaProperty:name>
        <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
        <pdfaProperty:category>internal</pdfaProperty:category>
        <pdfaProperty:description>The part of ISO 14289 the file conforms to</pdfaProperty:description>
        </rdf:li></rdf:Seq></pdfaSchema:property>
        </rdf:li></rdf:Bag></pdfaExtension:schemas>
        </rdf:Description>
        """

    /// The language's tag characters (ASCII letters, digits, hyphens), as /Lang gets them.
    static func languageTag(_ language: String) -> String {
        String(language.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") })
    }

    /// Whether `date` is an ISO 8601 date XMP takes: `YYYY-MM-DD`, optionally with `Thh:mm`,
    /// seconds and a zone (`Z` or `±hh:mm`). Anything else is left out rather than written wrong.
    static func isISODate(_ date: String) -> Bool {
        let c = Array(date.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.upperBound <= c.count && c[r].allSatisfy { (0x30...0x39).contains($0) } }
        func at(_ i: Int, _ ch: Character) -> Bool { i < c.count && c[i] == ch.asciiValue! }
        guard digits(0..<4), at(4, "-"), digits(5..<7), at(7, "-"), digits(8..<10) else { return false }
        if c.count == 10 { return true }
        guard at(10, "T"), digits(11..<13), at(13, ":"), digits(14..<16) else { return false }
        var i = 16
        if at(i, ":") { guard digits(17..<19) else { return false }; i = 19 }
        if i == c.count { return true }
        if at(i, "Z") { return i + 1 == c.count }
        guard at(i, "+") || at(i, "-"), digits((i + 1)..<(i + 3)), at(i + 3, ":"), digits((i + 4)..<(i + 6)) else { return false }
        return i + 6 == c.count
    }
}
