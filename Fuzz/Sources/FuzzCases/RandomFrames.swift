import Briefing

/// A document and a standalone frame drawn from a ``ByteScript``: every kind of frame item, the
/// structure tags, links, anchors, page labels, metadata and outline, with strings straight from
/// the input. What the PDF and SVG writers are fuzzed over.
public struct RandomDocument {
    public var document: PagedDocument
    /// The standalone figure with its SVG title and description.
    public var figure: Frame
    public var title: String
    public var description: String
    /// Whether the SVG is written as editable text rather than outlines.
    public var editableText: Bool

    /// Strings of the kinds reports carry, so half the choices look like real input.
    static let samples = ["중국 AI 산업", "6,000억 위안", "AI & <로봇>", "a(b)c", "back\\slash", "(", ")", "\u{1B}[31m",
                          "\u{0}", "tab\there", "é", "👩‍💻", "\u{FEFF}", "\u{202E}rtl", "%41%zz", "'quote'", ""]
    static let addresses = ["https://example.com/a(b)c", "https://example.com/\\", "mailto:a@b.c?subject=(x)",
                            "https://例え.jp/パス?q=한국어", "https://example.com/%zz%4", "javascript:alert(1)",
                            "file:///etc/shadow", "https://example.com/\u{0}\n) /S /JavaScript", "https://x.org/'\"<>"]

    /// The case `script` describes.
    public init(_ script: inout ByteScript) {
        var s = script
        let meta = DocumentMetadata(title: s.string(mostly: Self.samples), author: s.string(mostly: Self.samples),
                                    subject: s.string(mostly: Self.samples),
                                    keywords: (0..<s.choice(3)).map { _ in s.string(mostly: Self.samples) },
                                    language: s.string(mostly: ["ko", "en-GB", "", "x)y", "ko\u{0}"], limit: 12),
                                    date: s.string(mostly: ["2025-01-21T00:00:00Z", "", "(D:x)"], limit: 24))
        var anchors: [String] = []
        var pages: [Page] = []
        for _ in 0..<(1 + s.choice(3)) {
            let size = Size(width: s.chance(8) ? s.double(upTo: 2000) : 595, height: s.chance(8) ? s.double(upTo: 2000) : 842)
            let frame = Frame(size: size, items: Self.items(&s, depth: 0, anchors: &anchors))
            pages.append(Page(frame: frame, label: s.string(mostly: ["1", "ii", "A-3", "(x)"], limit: 12)))
        }
        let outline = (0..<s.choice(4)).map { _ in
            OutlineEntry(title: s.string(mostly: Self.samples),
                         destination: anchors.isEmpty || s.chance(4) ? s.string(limit: 12) : anchors[s.choice(anchors.count)],
                         page: 1,
                         children: s.chance(2) ? [] : [OutlineEntry(title: s.string(mostly: Self.samples),
                                                                     destination: s.string(limit: 12), page: 1)])
        }
        document = PagedDocument(pages: pages, metadata: meta, outline: outline)
        var unused: [String] = []
        figure = Frame(size: Size(width: s.chance(8) ? s.double(upTo: 3000) : 400, height: s.chance(8) ? s.double(upTo: 3000) : 300),
                       items: Self.items(&s, depth: 0, anchors: &unused))
        title = s.string(mostly: Self.samples)
        description = s.string(mostly: Self.samples)
        editableText = s.chance(2)
        script = s
    }

    static func items(_ s: inout ByteScript, depth: Int, anchors: inout [String]) -> [FrameItem] {
        (0..<s.choice(depth == 0 ? 8 : 4)).map { _ in item(&s, depth: depth, anchors: &anchors) }
    }

    static func item(_ s: inout ByteScript, depth: Int, anchors: inout [String]) -> FrameItem {
        switch s.choice(depth < 4 ? 6 : 5) {
        case 0, 1: return .text(line(&s, anchors: anchors))
        case 2: return .path(PathItem(path(&s), fill: s.chance(3) ? nil : color(&s),
                                      stroke: s.chance(2) ? nil : Stroke(color: color(&s), width: s.double(upTo: 8),
                                                                          dash: (0..<s.choice(4)).map { _ in s.double(upTo: 6) },
                                                                          cap: [.butt, .round, .square][s.choice(3)])))
        case 3: return .link(Link(rect: rect(&s), target: target(&s, anchors: anchors)))
        case 4:
            let name = s.string(mostly: ["sec-1", "표 1", "a'b", "x\\y", "(", ""], limit: 16)
            anchors.append(name)
            return .anchor(Anchor(name: name, position: point(&s)))
        default:
            let tags: [StructureTag?] = [nil, .heading(level: s.choice(9) - 1), .paragraph, .figure(alt: s.string(mostly: samples)),
                                         .artifact, .list, .listItem(depth: s.choice(4)), .blockQuote, .division, .caption,
                                         .table, .tableRow, .tableHeaderCell(), .tableCell, .listLabel, .listBody]
            let offset = point(&s), clip = s.chance(2) ? rect(&s) : nil
            let inner = items(&s, depth: depth + 1, anchors: &anchors)
            let choice = s.choice(tags.count + 2)
            let tag: StructureTag? = choice < tags.count ? tags[choice]
                : choice == tags.count ? .link(target(&s, anchors: anchors)) : .tableHeaderCell(rows: s.choice(3), columns: s.choice(4))
            return .group(Group(offset: offset, clip: clip, items: inner, tag: tag))
        }
    }

    static func line(_ s: inout ByteScript, anchors: [String]) -> TextLine {
        let spans = (0..<(1 + s.choice(3))).map { _ in
            TextSpan(s.string(mostly: samples),
                     style: TextStyle(font: Font(family: ["Noto Sans CJK KR", "No Such Family", ""][s.choice(3)],
                                                 size: s.chance(6) ? s.double(upTo: 200) : 10,
                                                 weight: s.chance(2) ? .regular : .bold),
                                      color: color(&s)),
                     link: s.chance(3) ? target(&s, anchors: anchors) : nil)
        }
        return TextLine(spans: spans, baseline: point(&s), width: s.double(upTo: 500), ascent: s.double(upTo: 12),
                        descent: s.double(upTo: 4), justifiedWidth: s.chance(3) ? s.double(upTo: 500) : nil)
    }

    static func target(_ s: inout ByteScript, anchors: [String]) -> LinkTarget {
        if s.chance(3) { return .destination(anchors.isEmpty || s.chance(3) ? s.string(limit: 12) : anchors[s.choice(anchors.count)]) }
        return .uri(s.string(mostly: addresses, limit: 64))
    }

    static func path(_ s: inout ByteScript) -> Path {
        var p = Path()
        for _ in 0..<s.choice(8) {
            switch s.choice(4) {
            case 0: p.move(to: point(&s))
            case 1: p.curve(to: point(&s), control1: point(&s), control2: point(&s))
            case 2: p.close()
            default: p.line(to: point(&s))
            }
        }
        return s.chance(4) ? Path(rect: rect(&s)) : p
    }

    static func point(_ s: inout ByteScript) -> Point { Point(x: s.double(), y: s.double()) }
    static func rect(_ s: inout ByteScript) -> Rect { Rect(x: s.double(), y: s.double(), width: s.double(), height: s.double()) }
    static func color(_ s: inout ByteScript) -> Color {
        Color(red: s.double(upTo: 1), green: s.double(upTo: 1), blue: s.double(upTo: 1), alpha: s.chance(4) ? s.double(upTo: 1) : 1)
    }
}
