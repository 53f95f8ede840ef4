import Briefing
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a fuzz case found wrong: the fuzzer aborts with it, the replay test fails with it.
public struct FuzzFinding: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// The PDF and SVG writers over a ``RandomDocument``: each may refuse the case with an error, but
/// whatever it writes must be a whole file readers agree on, with every string it carries intact.
public final class RenderCase {
    let renderer: CairoRenderer
    let scratch: String

    /// A case runner drawing with the bundled fonts; `scratch` is a folder of its own for the PDF.
    public init(fonts: String, scratch: String) throws {
        let cache = scratch + "/fontconfig"
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        renderer = CairoRenderer(engine: try TextEngine(fonts: try FontSet(directories: [fonts], cacheDirectory: cache)))
        self.scratch = scratch
    }

    /// Renders the case `bytes` describe; throws a ``FuzzFinding`` for a broken output.
    public func run(_ bytes: [UInt8]) throws {
        var script = ByteScript(bytes)
        let c = RandomDocument(&script)
        if verbose { FileHandle.standardError.write(Data("\(c.document)\n".utf8)) }
        let path = scratch + "/case.pdf"
        do {
            try renderer.writePDF(c.document, to: path)
            try Self.checkPDF([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), of: c.document)
        } catch let error as RenderError {
            if verbose { FileHandle.standardError.write(Data("refused: \(error)\n".utf8)) }
        }
        if let svg = try? renderer.svg(c.figure, title: c.title, description: c.description,
                                       textMode: c.editableText ? .text : .outlines) {
            try Self.checkSVG(svg, title: c.title, description: c.description)
        }
        _ = try? renderer.png(c.figure, scale: 0.25)
    }

    /// The text as a C string carries it: everything before the first NUL.
    static func cString(_ s: String) -> String { String(s.unicodeScalars.prefix { $0 != "\0" }.map(Character.init)) }

    /// The PDF parses object by object; its links are only web and mail addresses, written as
    /// plain printable ASCII that decodes to one of the document's addresses; alt texts arrive as
    /// given and the language as its tag.
    static func checkPDF(_ pdf: [UInt8], of document: PagedDocument) throws {
        let file: PDFFile
        do { file = try PDFFile(pdf) } catch { throw FuzzFinding("the PDF is damaged: \(error)") }
        let addresses = Set(document.pages.flatMap { uris(in: $0.frame.items) }.map { percentDecoded(Array($0.utf8)) })
        for case .string(let uri) in file.values(forKey: "URI") {
            guard uri.allSatisfy({ (0x21...0x7E).contains($0) && !"()\\ ".utf8.contains($0) }) else {
                throw FuzzFinding("a link address is written raw: \(String(decoding: uri, as: UTF8.self).debugDescription)")
            }
            let text = String(decoding: uri, as: UTF8.self).lowercased()
            guard text.hasPrefix("https://") || text.hasPrefix("http://") || text.hasPrefix("mailto:") else {
                throw FuzzFinding("a link that is no web or mail address became an action: \(text.debugDescription)")
            }
            guard addresses.contains(percentDecoded(uri)) else {
                throw FuzzFinding("a link address changed on its way in: \(text.debugDescription)")
            }
        }
        // Every Figure element has its alt text, intact: Cairo drops a figure that draws nothing,
        // and the alt texts must still land on the figures they belong to.
        let alts = Set(document.pages.flatMap { figureAlts(in: $0.frame.items) }.map(cString))
        for case .dictionary(let element) in file.objects.values where element["S"] == .name("Figure") {
            guard let alt = element["Alt"]?.text else {
                if alts.allSatisfy(\.isEmpty) { continue }
                throw FuzzFinding("a Figure element has no alt text; the figures have \(alts.map(\.debugDescription))")
            }
            guard alts.contains(alt) else {
                throw FuzzFinding("the alt text \(alt.debugDescription) is none of the figures' \(alts.map(\.debugDescription))")
            }
        }
        // The language is a tag: its ASCII letters, digits and hyphens, nothing that needs escaping.
        let tag = String(document.metadata.language.unicodeScalars.filter {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-")
        })
        if case .dictionary(let catalog)? = file.resolve(file.trailer["Root"]), let lang = catalog["Lang"]?.text, lang != tag {
            throw FuzzFinding("the language \(document.metadata.language.debugDescription) became \(lang.debugDescription)")
        }
    }

    /// The alt texts of the figures outside page furniture that are not clipped away.
    static func figureAlts(in items: [FrameItem]) -> [String] {
        items.flatMap { item -> [String] in
            guard case .group(let g) = item, g.tag != .artifact, !hidden(g) else { return [] }
            if case .figure(let alt) = g.tag { return [alt] + figureAlts(in: g.items) }
            return figureAlts(in: g.items)
        }
    }

    /// A group under an empty clip, which the renderer leaves out whole.
    static func hidden(_ g: Group) -> Bool { g.clip.map { !($0.width > 0 && $0.height > 0) } ?? false }

    static func uris(in items: [FrameItem]) -> [String] {
        items.flatMap { item -> [String] in
            switch item {
            case .link(let l): if case .uri(let u) = l.target { return [u] }
            case .text(let line): return line.spans.compactMap { if case .uri(let u)? = $0.link { return u } else { return nil } }
            case .group(let g):
                if case .link(.uri(let u))? = g.tag { return [u] + uris(in: g.items) }
                return uris(in: g.items)
            default: break
            }
            return []
        }
    }

    /// `bytes` with each valid `%XX` replaced by its byte.
    static func percentDecoded(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count, let h = PDFLexer.hex(bytes[i + 1]), let l = PDFLexer.hex(bytes[i + 2]) {
                out.append(h << 4 | l); i += 3
            } else { out.append(bytes[i]); i += 1 }
        }
        return out
    }

    /// The SVG is well-formed XML whose title and description read back as given (less the
    /// characters XML cannot hold), and whose links are only web and mail addresses.
    static func checkSVG(_ svg: [UInt8], title: String, description: String) throws {
        let reader = SVGReader()
        let parser = XMLParser(data: Data(svg))
        parser.delegate = reader
        guard parser.parse() else {
            throw FuzzFinding("the SVG is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?") line \(parser.lineNumber)")
        }
        func xmlText(_ s: String) -> String {
            String(String.UnicodeScalarView(s.unicodeScalars.filter {
                ($0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r") && $0.value != 0xFFFE && $0.value != 0xFFFF
            }))
        }
        // XML turns a carriage return into a line feed when it reads the text.
        func read(_ s: String) -> String { xmlText(s).replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
        if reader.texts["title"] != read(title) { throw FuzzFinding("the SVG title reads \(reader.texts["title"].debugDescription), not \(read(title).debugDescription)") }
        if reader.texts["desc"] != read(description) { throw FuzzFinding("the SVG description reads \(reader.texts["desc"].debugDescription)") }
        for href in reader.hrefs where !(href.lowercased().hasPrefix("https://") || href.lowercased().hasPrefix("mailto:")) {
            throw FuzzFinding("the SVG links to \(href.debugDescription)")
        }
    }
}

/// Collects what the SVG check compares: the text of `title` and `desc`, and every `href`.
final class SVGReader: NSObject, XMLParserDelegate {
    var texts: [String: String] = [:]
    var hrefs: [String] = []
    private var current: String?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if let href = attributes["href"] { hrefs.append(href) }
        current = name == "title" || name == "desc" ? name : nil
        if let current, texts[current] == nil { texts[current] = "" }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current { texts[current, default: ""] += string }
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { current = nil }
}
