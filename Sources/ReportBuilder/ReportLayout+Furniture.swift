import ChartLayout
import Drawing

/// What surrounds the flow: the title block or cover page, the running header and the footer.
extension ReportLayout {
    private func line(_ text: String, size: Double, weight: Font.Weight = .regular, color: Color, lineHeight: Double,
                      width: Double? = nil) -> TextBlock {
        TextLayouter(measurer: measurer).layout([TextSpan(text, style: TextStyle(font: theme.font(size, weight), color: color))],
                                                width: width ?? content.width, style: ParagraphStyle(lineHeight: lineHeight))
    }

    private var byline: String {
        [report.metadata.author, report.metadata.date.prefix(10).description].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// The title, subtitle and byline at the top of the first page, above a rule.
    func titleBlock() -> (items: [FrameItem], bottom: Double) {
        var items: [FrameItem] = []
        var y = content.minY
        let title = line(report.metadata.title, size: theme.titleSize, weight: .bold, color: theme.text, lineHeight: (theme.titleSize * 1.3).rounded())
        items.append(.group(Group(items: title.items(at: Point(x: content.minX, y: y)), tag: .heading(level: 1))))
        y += title.height + 4
        if let subtitle = report.subtitle, !subtitle.isEmpty {
            let size = theme.headingSize(level: 3)
            let sub = line(subtitle, size: size, color: theme.mutedText, lineHeight: (size * 1.5).rounded())
            items.append(.group(Group(items: sub.items(at: Point(x: content.minX, y: y)), tag: .paragraph)))
            y += sub.height
        }
        if !byline.isEmpty {
            let by = line(byline, size: theme.smallSize, color: theme.mutedText, lineHeight: (theme.smallSize * 1.6).rounded())
            items.append(.group(Group(items: by.items(at: Point(x: content.minX, y: y + 2)), tag: .paragraph)))
            y += by.height + 2
        }
        y += 8
        items.append(.path(PathItem(Path(line: Point(x: content.minX, y: y), to: Point(x: content.maxX, y: y)),
                                    stroke: Stroke(color: theme.rule, width: 1))))
        return (items, y + 14)
    }

    /// A page of its own: an accent band, the title a third of the way down, the subtitle under it,
    /// and the author and date at the foot. No header or footer.
    func coverPage() -> [FrameItem] {
        var items: [FrameItem] = []
        let size = theme.titleSize + 8
        items.append(.group(Group(items: [.path(PathItem(Path(rect: Rect(x: 0, y: 0, width: report.page.size.width, height: 10)), fill: theme.accent)),
                                          .path(PathItem(Path(rect: Rect(x: content.minX, y: content.minY + content.height * 0.3 - 18, width: 56, height: 4)),
                                                         fill: theme.accent))],
                                  tag: .artifact)))
        var y = content.minY + content.height * 0.3
        let title = line(report.metadata.title, size: size, weight: .bold, color: theme.text, lineHeight: (size * 1.3).rounded())
        items.append(.group(Group(items: title.items(at: Point(x: content.minX, y: y)), tag: .heading(level: 1))))
        y += title.height + 10
        if let subtitle = report.subtitle, !subtitle.isEmpty {
            let s = theme.headingSize(level: 2)
            let sub = line(subtitle, size: s, color: theme.mutedText, lineHeight: (s * 1.5).rounded())
            items.append(.group(Group(items: sub.items(at: Point(x: content.minX, y: y)), tag: .paragraph)))
        }
        let lines = [report.metadata.author, report.metadata.date.prefix(10).description].filter { !$0.isEmpty }
        var foot = content.maxY - Double(lines.count) * 20
        for text in lines {
            let block = line(text, size: theme.bodySize + 1, color: theme.text, lineHeight: 20)
            items.append(.group(Group(items: block.items(at: Point(x: content.minX, y: foot)), tag: .paragraph)))
            foot += 20
        }
        return items
    }

    /// Running header (report title at the left, current section at the right) and the "n / N"
    /// footer, outside the content frame and tagged as artifacts.
    func furniture(page: Int, of total: Int, section: String?, showHeader: Bool) -> [FrameItem] {
        let font = theme.font(theme.smallSize)
        let style = TextStyle(font: font, color: theme.mutedText)
        let m = measurer.metrics(of: font)
        var items: [FrameItem] = []
        if showHeader {
            let title = report.metadata.title
            let w = measurer.width(of: title, font: font)
            let baseline = content.minY - 18
            items.append(.text(TextLine(spans: [TextSpan(title, style: style)], baseline: Point(x: content.minX, y: baseline),
                                        width: w, ascent: m.ascent, descent: m.descent)))
            if let section, section != title {
                let room = content.width - w - 24
                // Only the first line is shown, and it cannot hold more characters than points of
                // room (no glyph is under 1 pt wide): twice that is passed, so a word cut at the end
                // is still too wide to fit, and a heading of 100,000 characters is not laid out
                // whole on every page.
                let limit = 2 * Int(max(0, room)) + 16
                // utf8.count is known without a walk and bounds the characters from above.
                let shown = section.utf8.count > limit ? String(section.prefix(limit)) : section
                let fitted = TextLayouter(measurer: measurer).layout([TextSpan(shown, style: style)], width: room,
                                                                    style: ParagraphStyle(lineHeight: 12, maxLines: 1))
                if let sectionLine = fitted.lines.first {
                    var l = sectionLine
                    l.baseline = Point(x: content.maxX - l.width, y: baseline)
                    items.append(.text(l))
                }
            }
            items.append(.path(PathItem(Path(line: Point(x: content.minX, y: baseline + 6), to: Point(x: content.maxX, y: baseline + 6)),
                                        stroke: Stroke(color: theme.grid, width: 0.5))))
        }
        let number = "\(page) / \(total)"
        let w = measurer.width(of: number, font: font)
        items.append(.text(TextLine(spans: [TextSpan(number, style: style)],
                                    baseline: Point(x: content.midX - w / 2, y: content.maxY + 28),
                                    width: w, ascent: m.ascent, descent: m.descent)))
        return [.group(Group(items: items, tag: .artifact))]
    }
}
