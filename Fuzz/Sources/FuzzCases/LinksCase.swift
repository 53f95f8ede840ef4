import Briefing
import Foundation

/// Prose with inline links, from the spec to the PDF: the input writes a paragraph of markup
/// (`[text](address)`, emphasis, stray brackets) with hostile addresses, the report is built, and
/// the PDF's link actions are compared with the links the spec reader kept.
///
/// The oracle: the build succeeds or fails with diagnostics; the model holds only web and mail
/// links; every link action in the PDF is plain printable ASCII that percent-decodes to a link of
/// the model; and every model link whose words are drawn has an action.
public final class LinksCase {
    let engine: Engine
    let report: String
    let out: String

    /// A case runner in `scratch` (a folder of its own), drawing with the fonts in `fonts`.
    public init(fonts: String, scratch: String) throws {
        engine = try Engine(fonts: fonts)
        report = scratch + "/links"
        out = scratch + "/out"
        try FileManager.default.createDirectory(atPath: report, withIntermediateDirectories: true)
    }

    static let pieces = ["[출처](", "](", "[", "]", "(", ")", "**", "*", "\\", " ", "\n", "보고서 ", "%", "%2", "%41",
                         "https://example.com/", "http://x.org/a_(b)", "mailto:a@b.c?subject=", "javascript:alert(1)",
                         "file:///etc/passwd", "HTTPS://EXAMPLE.COM/", "https://例え.jp/", "한국어", "\u{0}", "\t",
                         "/S /JavaScript /JS", ">>", "<<", "endobj", "'", "\"", "#", "?q=1&r=2", "//"]

    static let schemes = ["https://example.com/", "http://x.org/", "mailto:", "HTTPS://", "https://例え.jp/"]

    /// One case: the paragraph `bytes` writes, built and read back.
    public func run(_ bytes: [UInt8]) throws {
        var s = ByteScript(bytes)
        var text = ""
        // Raw bytes become printable ASCII: characters no bundled font draws fail the build
        // before any link is written, and the fuzzer would spend its time there.
        func piece() -> String {
            s.chance(3) ? String(decoding: s.string(limit: 6).utf8.map { 0x20 + $0 % 0x5F }, as: UTF8.self)
                        : Self.pieces[s.choice(Self.pieces.count)]
        }
        while s.hasMore, text.utf8.count < 600 {
            if s.chance(2) {
                text += "[" + (s.chance(4) ? "" : piece()) + "]("
                // Mostly a scheme the spec reader keeps, so the writer sees the address.
                if !s.chance(4) { text += Self.schemes[s.choice(Self.schemes.count)] }
                for _ in 0...s.choice(4) { text += piece() }
                text += ")"
            } else {
                text += piece()
            }
        }
        let yaml = "title: 링크\ndate: 2025-01-21\nlanguage: ko\nbody:\n  - paragraph: \(PathsCase.quoted(text))\n"
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: report + "/report.yaml"))
        let loaded: LoadedReport
        do { loaded = try ReportLoader(options: .init(sourceDateEpoch: 0)).load(folder: report) } catch { return }
        let links = loaded.report.blocks.flatMap { block -> [Inline] in
            if case .paragraph(let inlines, _) = block { return inlines.filter { $0.address != nil } }
            return []
        }
        for link in links where !InlineMarkup.isAllowedLink(link.address ?? "") {
            throw FuzzFinding("the spec reader kept a link that is no web or mail address: \(link.address!.debugDescription)")
        }
        let result = engine.build([report], options: BuildOptions(outputFolder: out, force: true, jobs: 1, sourceDateEpoch: 0,
                                                                  figureProcess: false)).first
        guard let result else { throw FuzzFinding("the build returned no result") }
        if verbose { print(result.status, links.map { ($0.text, $0.address!) }, result.diagnostics.map { "\($0)" }) }
        guard result.status != .failed else {
            if result.diagnostics.isEmpty { throw FuzzFinding("a failed build said nothing") }
            return
        }
        let pdf = [UInt8](try Data(contentsOf: URL(fileURLWithPath: out + "/links.pdf")))
        let file: PDFFile
        do { file = try PDFFile(pdf) } catch { throw FuzzFinding("the PDF is damaged: \(error)") }
        let addresses = Set(links.compactMap(\.address).map { RenderCase.percentDecoded(Array($0.utf8)) })
        var written = Set<[UInt8]>()
        for case .string(let uri) in file.values(forKey: "URI") {
            guard uri.allSatisfy({ (0x21...0x7E).contains($0) && !"()\\ ".utf8.contains($0) }) else {
                throw FuzzFinding("a link address is written raw: \(String(decoding: uri, as: UTF8.self).debugDescription)")
            }
            let decoded = RenderCase.percentDecoded(uri)
            guard addresses.contains(decoded) else {
                throw FuzzFinding("a link address changed on its way: \(String(decoding: uri, as: UTF8.self).debugDescription) "
                                  + "is none of \(links.compactMap(\.address).map(\.debugDescription))")
            }
            written.insert(decoded)
        }
        // A link whose words draw nothing (blank or only controls) has no area to click.
        for link in links where link.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) {
            guard written.contains(RenderCase.percentDecoded(Array(link.address!.utf8))) else {
                throw FuzzFinding("the link \(link.address!.debugDescription) on \(link.text.debugDescription) is not in the PDF")
            }
        }
    }
}
