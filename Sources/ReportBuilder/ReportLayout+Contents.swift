import ChartLayout
import Drawing

/// The table of contents: one entry per heading, each a link to its section with the page number at the right.
extension ReportLayout {
    /// Width kept for page numbers, so the TOC's height never depends on the numbers it prints.
    var tocNumberColumn: Double { 36 }

    /// The TOC as one element per entry, so a long TOC flows onto further pages; the title keeps
    /// with the first entry. `pageNumbers` maps heading anchors to printed page numbers; missing
    /// numbers (the first pass) leave the column blank at the same height, so the element count
    /// and every height are the same in both passes.
    func tableOfContents(title: String, depth: Int, plan: DocumentPlan, pageNumbers: [String: Int]) -> [FlowElement] {
        let layouter = TextLayouter(measurer: measurer)
        var out: [FlowElement] = []
        if !title.isEmpty {
            let size = theme.headingSize(level: 1)
            let block = layouter.layout([TextSpan(title, style: TextStyle(font: theme.font(size, .bold), color: theme.text))],
                                        width: content.width, style: ParagraphStyle(lineHeight: (size * 1.4).rounded()))
            out.append(.text(lines: block.lines, lineHeight: (size * 1.4).rounded(), spaceBefore: 0, spaceAfter: 10,
                             keepWithNext: true, splittable: false, tag: .paragraph))
        }
        let lh = theme.bodyLineHeight + 3
        let entries = plan.headings.filter { $0.level <= depth }
        for (index, heading) in entries.enumerated() {
            let y = 0.0
            let indent = Double(heading.level - 1) * 16
            let weight: Font.Weight = heading.level == 1 ? .bold : .regular
            let style = TextStyle(font: theme.font(theme.bodySize, weight), color: theme.text)
            let width = content.width - indent - tocNumberColumn - 8
            let block = layouter.layout([TextSpan(heading.title, style: style)], width: width, style: ParagraphStyle(lineHeight: lh))
            // The title and page number are one link, whose element holds their words; the
            // leader between them is decoration.
            var linked = block.items(at: Point(x: indent, y: y))
            var leader: [FrameItem] = []
            if let last = block.lines.last {
                let baseline = y + last.baseline.y
                let number = pageNumbers[heading.anchor].map(String.init) ?? ""
                let numberStyle = TextStyle(font: theme.font(theme.bodySize, weight), color: theme.text)
                let w = measurer.width(of: number, font: numberStyle.font)
                let m = measurer.metrics(of: numberStyle.font)
                let leaderStart = indent + last.width + 6
                let leaderEnd = content.width - tocNumberColumn
                if leaderEnd > leaderStart {
                    leader.append(.group(Group(items: [.path(PathItem(Path(line: Point(x: leaderStart, y: baseline - 1), to: Point(x: leaderEnd, y: baseline - 1)),
                                                                      stroke: Stroke(color: theme.mutedText, width: 0.8, dash: [0.8, 3], cap: .round)))],
                                              tag: .artifact)))
                }
                if !number.isEmpty {
                    linked.append(.text(TextLine(spans: [TextSpan(number, style: numberStyle)], baseline: Point(x: content.width - w, y: baseline),
                                                width: w, ascent: m.ascent, descent: m.descent)))
                }
            }
            let entry = [FrameItem.group(Group(items: linked, tag: .link(.destination(heading.anchor))))] + leader
            let last = index == entries.count - 1
            out.append(.figure(Frame(size: Size(width: content.width, height: block.height), items: entry),
                               spaceBefore: heading.level == 1 && index > 0 ? 2 : 0, spaceAfter: last ? 24 : 0, tag: .paragraph))
        }
        return out
    }
}
